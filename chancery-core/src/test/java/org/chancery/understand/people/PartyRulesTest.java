package org.chancery.understand.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.chancery.model.DocumentDate;
import org.chancery.model.Party;
import org.junit.jupiter.api.Test;

/** The rules for names without a role and for roles POCOM lists others in, on real heads. */
class PartyRulesTest {
  private static final PartyIdentifier IDENTIFIER = PartyIdentifier.bundled();

  private static Identification identify(
      String role, String name, String iso, PartyContext.Side side, Party other, String place) {
    return IDENTIFIER.identify(
        Party.of(role, name),
        Optional.of(DocumentDate.parse(iso)),
        new PartyContext(side, Optional.ofNullable(other), Optional.ofNullable(place)));
  }

  private static String personId(Identification i) {
    return i.person().map(Person::id).orElse("(none: " + i.basis() + ")");
  }

  // frus1864p3 d325: "Mr. Seward to Mr. Dayton", Department of State, Washington, 1864-10-19.
  @Test
  void aBareSurnameIsTheSecretaryOfTheDay() {
    Identification i =
        identify(
            null,
            "Seward",
            "1864-10-19",
            PartyContext.Side.SENDER,
            Party.of(null, "Dayton"),
            "Department of State, Washington");
    assertEquals("seward-william-henry", personId(i));
    assertEquals(IdentificationRule.SECRETARY_BY_NAME, IdentificationRule.of(i));
  }

  // frus1864p3 d880: "Mr. Frederick W. Seward to Mr. Pruyn", Washington, 1864-09-24.
  @Test
  void forenamesPickTheAssistantSecretary() {
    Identification sender =
        identify(
            null,
            "Frederick W. Seward",
            "1864-09-24",
            PartyContext.Side.SENDER,
            Party.of(null, "Pruyn"),
            "Department of State, Washington");
    assertEquals("seward-frederick-william", personId(sender));
    Identification recipient =
        identify(
            null,
            "Pruyn",
            "1864-09-24",
            PartyContext.Side.RECIPIENT,
            Party.of(null, "Frederick W. Seward"),
            "Department of State, Washington");
    assertEquals("pruyn-robert-hewson", personId(recipient));
  }

  // frus1897 d492: "Mr. Taylor to Mr. Sherman", Madrid, 1897-04-20.
  @Test
  void aChiefOfMissionWritesFromHisPost() {
    Identification i =
        identify(
            null,
            "Taylor",
            "1897-04-20",
            PartyContext.Side.SENDER,
            Party.of(null, "Sherman"),
            "Madrid");
    assertEquals("taylor-hannis", personId(i));
    assertEquals(IdentificationRule.NAME_AT_DATE, IdentificationRule.of(i));
    assertEquals("spain", i.appointment().orElseThrow().postId());
  }

  // frus1864p3 d476: "Mr. Seward to Mr. Clay", Washington, 1863-10-23: Cassius M. Clay was
  // minister in Russia and Thomas H. Clay in Nicaragua then; the head does not say which.
  @Test
  void twoOfOneSurnameInOfficeGiveCandidates() {
    Identification i =
        identify(
            null,
            "Clay",
            "1863-10-23",
            PartyContext.Side.RECIPIENT,
            Party.of(null, "Seward"),
            "Department of State, Washington");
    assertFalse(i.identified(), i.basis());
    assertTrue(
        i.candidates().stream()
            .map(c -> c.person().id())
            .toList()
            .contains("clay-cassius-marcellus"));
  }

  // frus1882 d170: "Earl Granville to Mr. Lowell", Foreign Office, 1882-03-29: no POCOM officer;
  // the office he writes from names him outside POCOM.
  @Test
  void aForeignTitleIsNoPocomOfficer() {
    Identification i =
        identify(
            null,
            "Earl Granville",
            "1882-03-29",
            PartyContext.Side.SENDER,
            Party.of(null, "Lowell"),
            "Foreign Office");
    assertFalse(i.person().orElseThrow().inPocom());
    assertEquals(IdentificationRule.DATELINE_OFFICE, IdentificationRule.of(i));
  }

  // frus1925v02 d592: "The Chargé in Sweden (Magruder) to the Secretary of State", 1925-07-20.
  @Test
  void aChargeIsTheOneOfTheSurnameWithACareerNearTheDate() {
    Identification i =
        identify(
            "Chargé in Sweden",
            "Magruder",
            "1925-07-20",
            PartyContext.Side.SENDER,
            Party.of("Secretary of State", null),
            "Stockholm");
    assertEquals("magruder-alexander-richardson", personId(i));
    assertTrue(i.appointment().isEmpty(), "he held no POCOM appointment at the date");
  }

  // frus1930v01 d36: "The Acting Secretary of State to the Chairman of the American Delegation
  // (Stimson)", 1930-03-03: Frederic J. Stimson had been ambassador within ten years, but Henry L.
  // Stimson was in office at the date.
  @Test
  void aDelegationChairmanInOfficeAtTheDate() {
    Identification i =
        identify(
            "Chairman of the American Delegation",
            "Stimson",
            "1930-03-03",
            PartyContext.Side.RECIPIENT,
            Party.of("Acting Secretary of State", null),
            "Washington");
    assertEquals("stimson-henry-lewis", personId(i));
  }

  // frus1918Russiav03 d429: "The Consul at Vladivostok (Caldwell)", 1918-10-18: John L. Caldwell
  // was then minister in Persia, so the consul is a namesake.
  @Test
  void aChiefOfMissionElsewhereIsNotTheConsul() {
    assertFalse(
        identify(
                "Consul at Vladivostok",
                "Caldwell",
                "1918-10-18",
                PartyContext.Side.SENDER,
                Party.of("Secretary of State", null),
                "Vladivostok")
            .identified());
  }

  // frus1870 d527: "Mr. Hovey to Mr. Fish", Legation of the United States, Lima, 1870-10-22: POCOM
  // ends Hovey's mission earlier in 1870, and he is the one Hovey who served at Lima.
  @Test
  void aWriterFromAMissionIsTheOneOfTheSurnameWhoServedAtItsPost() {
    Identification i =
        identify(
            null,
            "Alvin P. Hovey",
            "1870-10-22",
            PartyContext.Side.SENDER,
            Party.of(null, "Fish"),
            "Legation of the United States, Lima, Peru");
    assertEquals("hovey-alvin-peterson", personId(i));
    assertEquals(IdentificationRule.MISSION_CAREER, IdentificationRule.of(i));
  }

  // frus1870 d495: "Mr. De Long to Mr. Fish": a surname of two words is printed whole.
  @Test
  void aSurnameOfTwoWordsIsFound() {
    Identification i =
        identify(
            null,
            "De Long",
            "1870-03-10",
            PartyContext.Side.SENDER,
            Party.of(null, "Fish"),
            "Legation of the United States in Japan, Yokohama");
    assertEquals("de-long-charles-e", personId(i));
  }

  // frus1872p2v5 d127: "Mr Bancroft", printed without the point, is no initial M.
  @Test
  void mrWithoutAPointIsNoInitial() {
    Identification i =
        identify(
            null,
            "Mr Bancroft",
            "1871-07-29",
            PartyContext.Side.SENDER,
            Party.of(null, "Fish"),
            "American Legation, Berlin");
    assertEquals("bancroft-george", personId(i));
  }

  // frus1936v03: "The Chief of the Division of Near Eastern Affairs (Murray)", 1936-07-21: a
  // division of the Department is a Foreign Service post; POCOM has Wallace Murray in Iran in 1945.
  @Test
  void aDivisionChiefIsTheOneOfTheSurnameWithACareerNearTheDate() {
    Identification i =
        identify(
            "Chief of the Division of Near Eastern Affairs",
            "Murray",
            "1936-07-21",
            PartyContext.Side.SENDER,
            null,
            "Washington");
    assertEquals("murray-wallace-smith", personId(i));
    assertEquals(IdentificationRule.CAREER_NEAR, IdentificationRule.of(i));
  }

  // frus1925v02: "The Chief of the Division of Near Eastern Affairs (Dulles)", 1925: POCOM's
  // John Foster Dulles was Secretary 28 years later, too far to say it is he (it was Allen).
  @Test
  void aDivisionChiefWithNoCareerNearTheDateIsLeftOpen() {
    assertFalse(
        identify(
                "Chief of the Division of Near Eastern Affairs",
                "Dulles",
                "1925-09-29",
                PartyContext.Side.SENDER,
                null,
                "Washington")
            .identified());
  }
}
