package org.chancery.understand.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.chancery.model.DocumentDate;
import org.chancery.model.Party;
import org.junit.jupiter.api.Test;

/** A name printed with its forenames and without a role, on real heads. */
class ByFullNameTest {
  private static final PartyIdentifier IDENTIFIER = PartyIdentifier.bundled();

  private static Identification identify(
      String name, String iso, PartyContext.Side side, String other, String place) {
    return IDENTIFIER.identify(
        Party.of(null, name),
        Optional.of(DocumentDate.parse(iso)),
        new PartyContext(side, Optional.of(Party.of(null, other)), Optional.of(place)));
  }

  private static String personId(Identification i) {
    return i.person().map(Person::id).orElse("(none: " + i.basis() + ")");
  }

  // frus1864p3 d673: "Mr. George F. Seward to Mr. Parker", United States Consulate General,
  // Shanghai, 1864: the consul general, POCOM's minister to China from 1876.
  @Test
  void forenamesInFullNameTheOnePocomPersonOfThatName() {
    Identification i =
        identify(
            "George F. Seward",
            "1864-03-26",
            PartyContext.Side.SENDER,
            "Parker",
            "United States Consulate General, Shanghai");
    assertEquals("seward-george-frederick", personId(i));
    assertEquals(IdentificationRule.FULL_NAME, IdentificationRule.of(i));
  }

  // frus1864p3 d646: "G. F. Seward" prints initials only: no full name.
  @Test
  void initialsAloneAreNoFullName() {
    Identification i =
        identify("G. F. Seward", "1864-03-03", PartyContext.Side.SENDER, "Burlingame", "Shanghai");
    assertFalse(IdentificationRule.of(i) == IdentificationRule.FULL_NAME, i.basis());
  }

  // frus1861 d133: "Mr. Seward to Mr. Jones": a surname alone is no full name, whatever POCOM's
  // J. Glancy Jones begins with.
  @Test
  void aSurnameAloneIsNoFullName() {
    assertFalse(
        identify("Jones", "1861-08-12", PartyContext.Side.RECIPIENT, "Seward", "Washington")
            .identified());
  }
}
