package org.chancery.understand.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.chancery.model.DocumentDate;
import org.chancery.model.Party;
import org.junit.jupiter.api.Test;

/** A sender printed by name alone, writing from an office the dateline names, on real heads. */
class DatelineOfficeTest {
  private static final PartyIdentifier IDENTIFIER = PartyIdentifier.bundled();

  private static Identification identify(
      String name, String iso, PartyContext.Side side, String place) {
    return IDENTIFIER.identify(
        Party.of(null, name),
        Optional.of(DocumentDate.parse(iso)),
        new PartyContext(side, Optional.of(Party.of(null, "Seward")), Optional.of(place)));
  }

  private static String personId(Identification i) {
    return i.person().map(Person::id).orElse("(none: " + i.basis() + ")");
  }

  // frus1864p4 d526: "Mr. McMath to Mr. Seward", Consulate of the United States of America,
  // Tangier.
  @Test
  void aConsulWritingFromHisConsulateIsOnePersonOutsidePocom() {
    Identification i =
        identify(
            "McMath",
            "1864-04-21",
            PartyContext.Side.SENDER,
            "Consulate of the United States of America, Tangier");
    assertEquals("chancery-consulate-of-the-united-states-at-tangier-mcmath", personId(i));
    assertEquals(IdentificationRule.DATELINE_OFFICE, IdentificationRule.of(i));
  }

  // The two forms of one legation's dateline make one office.
  @Test
  void oneMissionInEitherFormIsOneOffice() {
    assertEquals(
        Optional.of("Legation of the United States at Berlin"),
        DatelineOffice.office("United States Legation, Berlin"));
    assertEquals(
        Optional.of("Legation of the United States at Berlin"),
        DatelineOffice.office("Legation of the United States, Berlin"));
    assertEquals(
        Optional.of("Legation of the United States at Yokohama"),
        DatelineOffice.office("Legation of the United States in Japan, Yokohama"));
    assertEquals(
        Optional.of("Consulate of the United States at Acapulco"),
        DatelineOffice.office("Consulate United States of America, Acapulco"));
  }

  // frus1902app1 d18: "Mr. Harmon to Mr. Olney", Department of Justice, Washington, D. C.
  @Test
  void aDepartmentInWashingtonIsTheWritersOffice() {
    assertEquals(
        Optional.of("Department of Justice"),
        DatelineOffice.office("Department of Justice, Washington, D. C"));
    assertEquals(Optional.of("Treasury Department"), DatelineOffice.office("Treasury Department"));
    assertEquals(Optional.of("Foreign Office"), DatelineOffice.office("Foreign Office"));
  }

  // Not offices a writer sits in: a city, the Department of State (POCOM's), a field headquarters.
  @Test
  void aPlaceOrTheDepartmentOfStateIsNoOffice() {
    assertEquals(Optional.empty(), DatelineOffice.office("Paris"));
    assertEquals(Optional.empty(), DatelineOffice.office("Department of State, Washington"));
    assertEquals(
        Optional.empty(),
        DatelineOffice.office("Headquarters United States Forces, Brazos Santiago, Texas"));
  }

  // frus1872p2v2 d166: "Earl Granville to Sir E. Thornton", Foreign Office, April 29, 1872.
  @Test
  void aForeignSecretaryWritingFromHisOfficeIsOnePerson() {
    Identification i =
        identify("Earl Granville", "1872-04-29", PartyContext.Side.SENDER, "Foreign Office");
    assertEquals("chancery-foreign-office-earl-granville", personId(i));
  }

  // The dateline is the writer's: a recipient written to from a consulate is not its consul.
  @Test
  void aRecipientIsNotNamedByTheDateline() {
    assertFalse(
        identify(
                "McMath",
                "1864-04-21",
                PartyContext.Side.RECIPIENT,
                "Consulate of the United States of America, Tangier")
            .identified());
  }

  // frus1870 d54 prints "E. B. Washbure" for Washburne, POCOM's minister in Paris: a near miss.
  @Test
  void aMisprintOfAPocomSurnameIsNoOneOutsideIt() {
    assertFalse(
        identify(
                "E. B. Washbure",
                "1870-07-22",
                PartyContext.Side.SENDER,
                "Legation of the United States, Paris")
            .identified());
  }

  // frus1870 d200 dates Motley's despatch "1670": no one lived then, so anyone of the surname
  // counts, and POCOM has Motley.
  @Test
  void aDateBeforeTheServiceIsAMisprint() {
    assertFalse(
        identify(
                "Motley",
                "1670-11-01",
                PartyContext.Side.SENDER,
                "Legation of the United States, London")
            .identified());
  }

  // frus1872p2v2 d278: a line of the text read as the name is no person.
  @Test
  void runningTextIsNoName() {
    assertFalse(
        identify(
                "Letter of General Schenck in answer",
                "1872-06-20",
                PartyContext.Side.SENDER,
                "Legation of the United States, London")
            .identified());
  }
}
