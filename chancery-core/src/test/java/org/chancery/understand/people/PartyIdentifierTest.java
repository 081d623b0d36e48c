package org.chancery.understand.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.chancery.model.DocumentDate;
import org.chancery.model.Party;
import org.chancery.model.Role;
import org.junit.jupiter.api.Test;

class PartyIdentifierTest {
  private static final PartyIdentifier IDENTIFIER = PartyIdentifier.bundled();

  private static Identification identify(String role, String name, String iso) {
    return IDENTIFIER.identify(
        Party.of(role, name), Optional.ofNullable(iso).map(DocumentDate::parse));
  }

  private static String personId(Identification i) {
    return i.person().map(Person::id).orElse("(none: " + i.basis() + ")");
  }

  @Test
  void identifiesTheMinisterInSwitzerlandIn1934() {
    Identification i = identify("Minister in Switzerland", "Wilson", "1934-04-30");
    assertEquals("wilson-hugh-robert", personId(i));
    assertEquals("Hugh R. Wilson", i.person().orElseThrow().name());
    assertEquals("switzerland", i.appointment().orElseThrow().postId());
    assertEquals(
        "Envoy Extraordinary and Minister Plenipotentiary",
        i.appointment().orElseThrow().roleTitle());
  }

  @Test
  void identifiesTheSecretaryOfStateOfTheYear() {
    assertEquals("hull-cordell", personId(identify("Secretary of State", null, "1934")));
    assertEquals("hull-cordell", personId(identify("Secretary of State", "Hull", "1934-05-02")));
    assertEquals("lansing-robert", personId(identify("Secretary of State", null, "1917-06-01")));
  }

  @Test
  void readsCountryNamesAndCapitalsAsPrinted() {
    assertEquals(
        "bingham-robert-worth",
        personId(identify("Ambassador in Great Britain", "Bingham", "1934-03-01")));
    assertEquals(
        "bullitt-william-christian",
        personId(identify("Ambassador in the Soviet Union", "Bullitt", "1934-03-01")));
    assertEquals(
        "johnson-nelson-trusler", personId(identify("Minister in China", "Johnson", "1934-03-01")));
  }

  @Test
  void acceptsANearMissForTheOneHolderOfThePost() {
    Identification i = identify("Minister in Norway", "Schmedeman", "1917-05-15");
    assertEquals("schmedemann-albert-george", personId(i));
    assertTrue(i.basis().contains("near miss"));
    assertEquals(
        "des-portes-fay-allen",
        personId(identify("Minister in Bolivia", "Des Portes", "1934-09-27")));
    assertEquals(
        "des-portes-fay-allen",
        personId(identify("Minister in Bolivia", "Des Fortes", "1934-12-05")));
  }

  @Test
  void prefersTheHolderInOfficeOverAnAppointedSuccessor() {
    assertEquals(
        "hughes-charles-evans", personId(identify("Secretary of State", null, "1925-02-27")));
  }

  @Test
  void ignoresAccentsInPrintedPlaces() {
    assertEquals(
        "davis-roy-tasco", personId(identify("Minister in Panamá", "Davis", "1930-07-11")));
  }

  @Test
  void namesThePostsHolderJustOutsideThePocomDatesByCareer() {
    // POCOM ends Francis's appointment before the date; his career at the post names him.
    Identification i = identify("Ambassador in Russia", "Francis", "1918-10-25");
    assertEquals("francis-david-rowland", personId(i));
    assertEquals(IdentificationRule.CAREER_AT_POST, IdentificationRule.of(i));
    assertTrue(i.appointment().isEmpty());
  }

  @Test
  void refusesAHolderWhoseSurnameDisagrees() {
    Identification i = identify("Minister in Switzerland", "Gilbert", "1934-04-30");
    assertFalse(i.identified());
    assertEquals("no one of the surname in POCOM within 10 years", i.basis());
  }

  @Test
  void namesAChargeByHisCareerNearTheDate() {
    // Loy W. Henderson, chargé in Moscow in 1937, was a chief of mission from 1943.
    Identification i = identify("Chargé in the Soviet Union", "Henderson", "1937-06-20");
    assertEquals("henderson-loy-wesley", personId(i));
    assertTrue(i.appointment().isEmpty());
    assertEquals(Optional.of(Role.of("Chargé in the Soviet Union")), i.party().role());
  }

  @Test
  void namesTheUnderSecretaryActingAsSecretary() {
    Identification i = identify("Acting Secretary of State", "Phillips", "1934-05-02");
    assertEquals("phillips-william", personId(i));
    assertEquals(IdentificationRule.DEPARTMENT_OFFICER, IdentificationRule.of(i));
    assertEquals("under-secretary", i.appointment().orElseThrow().postId());
  }

  @Test
  void namesForeignOfficialsOutsidePocomByOfficeAndName() {
    Identification i = identify("Italian Ambassador", "Rosso", "1934-05-02");
    assertEquals("chancery-italian-ambassador-rosso", personId(i));
    assertFalse(i.person().orElseThrow().inPocom());
    assertEquals(List.of(), i.candidates());
    assertTrue(i.basis().startsWith("outside POCOM: the head prints a foreign office"));
  }

  @Test
  void givesOnlyCandidatesWithoutADate() {
    Identification i = identify("Minister in Switzerland", "Wilson", null);
    assertFalse(i.identified());
    assertEquals("no date: candidates by name only", i.basis());
  }

  // frus1936v03 d504: "The Diplomatic Agent and Consul General at Tangier (Blake)": the mission to
  // Morocco sat at Tangier, so the place is POCOM's Morocco post.
  @Test
  void tangierIsTheMoroccoPost() {
    Identification i =
        identify("Diplomatic Agent and Consul General at Tangier", "Blake", "1936-03-06");
    assertEquals("blake-maxwell", personId(i));
    assertEquals(IdentificationRule.POST, IdentificationRule.of(i));
  }
}
