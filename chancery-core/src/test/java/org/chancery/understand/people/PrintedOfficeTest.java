package org.chancery.understand.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.chancery.model.DocumentDate;
import org.chancery.model.Party;
import org.junit.jupiter.api.Test;

/** An office printed with a name POCOM has no one for, on real heads. */
class PrintedOfficeTest {
  private static final PartyIdentifier IDENTIFIER = PartyIdentifier.bundled();

  private static Identification identify(String role, String name, String iso) {
    return IDENTIFIER.identify(
        Party.of(role, name),
        Optional.ofNullable(iso).map(DocumentDate::parse),
        new PartyContext(PartyContext.Side.SENDER, Optional.empty(), Optional.empty()));
  }

  private static String personId(Identification i) {
    return i.person().map(Person::id).orElse("(none: " + i.basis() + ")");
  }

  // frus1917Supp02v02 d93: "The Consul at Barranquilla (Guyant) to the Secretary of State".
  @Test
  void aConsulAndANameAreOnePersonOutsidePocom() {
    Identification i = identify("Consul at Barranquilla", "Guyant", "1917-10-10");
    assertEquals("chancery-consul-at-barranquilla-guyant", personId(i));
    assertEquals(IdentificationRule.OFFICE_PRINTED, IdentificationRule.of(i));
    assertFalse(i.person().orElseThrow().inPocom());
    assertTrue(i.basis().contains("(Consul at Barranquilla)"), i.basis());
  }

  // frus1918Russiav03 d72: "The Assistant Secretary of the Treasury (Rathbone) to the Counselor".
  @Test
  void anOfficerOfAnotherDepartmentIsOnePersonOutsidePocom() {
    Identification i = identify("Assistant Secretary of the Treasury", "Rathbone", "1918-11-16");
    assertEquals("chancery-assistant-secretary-of-the-treasury-rathbone", personId(i));
  }

  // frus1925v02 d550: "The Chargé in Persia (Murray)": Wallace Murray was Ambassador to Iran in
  // 1945, so the chargé may be POCOM's Murray and no Chancery id is made for him.
  @Test
  void aChargeWhomPocomMayListLaterIsLeftToTheCandidates() {
    Identification i = identify("Chargé in Persia", "Murray", "1925-01-19");
    assertFalse(i.identified(), i.basis());
    assertTrue(
        i.candidates().stream().anyMatch(c -> c.person().id().equals("murray-wallace-smith")));
  }

  // frus1925v02 d123: "The Ambassador in Frame (Herrick)", a misprint: Herrick is in POCOM.
  @Test
  void aMisprintedPostOfAPocomPersonIsNoOneOutsideIt() {
    assertFalse(identify("Ambassador in Frame", "Herrick", "1925-01-09").identified());
  }

  // frus1925v02 d520 prints "Sohoenfeld" for Schoenfeld, POCOM's minister: a near miss.
  @Test
  void aNearMissForAPocomSurnameIsNoOneOutsideIt() {
    assertFalse(identify("Chargé in Mexico", "Sohoenfeld", "1925-06-12").identified());
  }

  // frus1930v01 d196: "The Chairman of the American Delegation (Miller) and the Alternate
  // Chairman (Hackworth)", read with the second office in the role: two offices, no one.
  @Test
  void aRolePrintingASecondOfficeIsNoOneOffice() {
    assertFalse(
        identify(
                "Chairman of the American Delegation and the Alternate Chairman (Hackworth)",
                "Miller",
                "1930-02-27")
            .identified());
  }

  // A minister of foreign affairs without a place or nation is any government's: "Wang" alone
  // would join two ministers.
  @Test
  void anOfficeEveryGovernmentHasNeedsAPlace() {
    assertFalse(identify("Minister of Foreign Affairs", "Wang", "1930-01-01").identified());
  }

  // frus1919Parisv01 d202: a head read as the name "Negotiate Peace" with the role "Patterson".
  @Test
  void aRoleThatNamesNoOfficeIsNoOffice() {
    assertFalse(identify("Patterson", "Negotiate Peace", "1918-12-05").identified());
  }

  // The test room's "Minister in Graustark (Lorry)": POCOM lists every minister, so one it has no
  // holder for is a misprint or a fiction, not a person outside it.
  @Test
  void aChiefOfMissionPocomDoesNotListIsNoOneOutsideIt() {
    assertFalse(identify("Minister in Graustark", "Lorry", "1934-05-01").identified());
  }
}
