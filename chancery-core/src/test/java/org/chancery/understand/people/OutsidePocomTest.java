package org.chancery.understand.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.chancery.model.DocumentDate;
import org.chancery.model.Party;
import org.chancery.model.PersonName;
import org.junit.jupiter.api.Test;

/** People the volumes name outside POCOM, on real heads. */
class OutsidePocomTest {
  private static final PartyIdentifier IDENTIFIER = PartyIdentifier.bundled();

  private static Identification identify(Party p, String iso, PartyContext context) {
    return IDENTIFIER.identify(p, Optional.of(DocumentDate.parse(iso)), context);
  }

  private static PartyContext context(PartyContext.Side side, String place, PersonName listed) {
    return new PartyContext(
        side,
        Optional.empty(),
        Optional.ofNullable(place),
        Optional.of("frus1918Russiav03"),
        Optional.ofNullable(listed));
  }

  private static String personId(Identification i) {
    return i.person().map(Person::id).orElse("(none: " + i.basis() + ")");
  }

  // frus1925v02 d231: "The British Ambassador (Howard) to the Secretary of State".
  @Test
  void aForeignOfficeAndANameAreOnePersonOutsidePocom() {
    Identification i =
        identify(
            Party.of("British Ambassador", "Howard"),
            "1925-04-03",
            context(PartyContext.Side.SENDER, "Washington", null));
    assertEquals("chancery-british-ambassador-howard", personId(i));
    assertEquals(IdentificationRule.FOREIGN_OFFICE, IdentificationRule.of(i));
    assertFalse(i.person().orElseThrow().inPocom());
  }

  // frus1897 d374: "Mr. Romero to Mr. Sherman", Mexican Legation, Washington.
  @Test
  void aSenderWritingFromAForeignMissionIsItsDiplomat() {
    Identification i =
        identify(
            Party.of(null, "Romero"),
            "1897-03-12",
            context(PartyContext.Side.SENDER, "Mexican Legation, Washington", null));
    assertEquals("chancery-mexican-legation-romero", personId(i));
    assertEquals(IdentificationRule.FOREIGN_MISSION, IdentificationRule.of(i));
  }

  // frus1870 d160: Berthemy writing from the "Legation of France at the United States, Washington".
  @Test
  void aForeignMissionAccreditedToTheUnitedStatesIsItsCountrysMission() {
    Identification i =
        identify(
            Party.of(null, "Berthemy"),
            "1870-08-03",
            context(
                PartyContext.Side.SENDER,
                "Legation of France at the United States, Washington",
                null));
    assertEquals("chancery-legation-of-france-berthemy", personId(i));
    assertEquals(IdentificationRule.FOREIGN_MISSION, IdentificationRule.of(i));
  }

  // An American legation abroad is no foreign mission, however its country is named after it: the
  // writer is its member, under the legation's id.
  @Test
  void aLegationOfTheUnitedStatesAbroadIsNotAForeignMission() {
    Identification i =
        identify(
            Party.of(null, "Nobodyatall"),
            "1863-09-28",
            context(
                PartyContext.Side.SENDER,
                "Legation of the United States in Japan, Yokohama",
                null));
    assertEquals(
        "chancery-legation-of-the-united-states-at-yokohama-nobodyatall", personId(i), i.basis());
    assertEquals(IdentificationRule.DATELINE_OFFICE, IdentificationRule.of(i));
  }

  // The Department writing to a foreign diplomat says nothing of who he is.
  @Test
  void aRecipientWrittenToFromTheDepartmentIsNotNamedByTheDateline() {
    Identification i =
        identify(
            Party.of(null, "Romero"),
            "1897-03-12",
            context(PartyContext.Side.RECIPIENT, "Mexican Legation, Washington", null));
    assertFalse(i.identified(), i.basis());
  }

  // frus1918Russiav03 d370: Stevens tied to "Stevens, John F., chairman of the Advisory ...".
  @Test
  void aListEntryOutsidePocomIsAPersonWithTheEntrysId() {
    PersonName entry =
        new PersonName(
            0,
            7,
            "p_SJF1",
            Optional.of("Stevens, John F."),
            Optional.of("chairman of the Advisory Commission of Railway Experts to Russia"));
    Identification i =
        identify(
            Party.of("Chairman of the Advisory Commission of Railway Experts to Russia", "Stevens")
                .withRef("p_SJF1"),
            "1918-05-22",
            context(PartyContext.Side.SENDER, "Harbin", entry));
    assertEquals("chancery-frus1918russiav03-p-sjf1", personId(i));
    assertEquals("John F. Stevens", i.person().orElseThrow().name());
    assertEquals(IdentificationRule.LISTED, IdentificationRule.of(i));
  }

  // frus1918Russiav03 d221: Whitehouse, Chargé in Sweden, listed as "Whitehouse, Sheldon": POCOM
  // has him as a chief of mission eleven years later. A name listed in full is POCOM's person
  // first, before any id across volumes.
  @Test
  void aListEntryWhoseFullNameIsOnePocomPersonIsThatPerson() {
    PersonName entry =
        new PersonName(0, 10, "p_WS1", Optional.of("Whitehouse, Sheldon"), Optional.empty(), true);
    Identification i =
        identify(
            Party.of("Chargé in Sweden", "Whitehouse").withRef("p_WS1"),
            "1918-10-29",
            context(PartyContext.Side.SENDER, "Stockholm", entry));
    assertEquals("whitehouse-sheldon", personId(i));
    assertEquals(IdentificationRule.LISTED_IN_POCOM, IdentificationRule.of(i));
  }

  private static Identification listedIn(
      String volume, String ref, String listed, boolean sole, String printed, String iso) {
    PersonName entry =
        new PersonName(0, printed.length(), ref, Optional.of(listed), Optional.empty(), sole);
    return identify(
        Party.of(null, printed).withRef(ref),
        iso,
        new PartyContext(
            PartyContext.Side.SENDER,
            Optional.empty(),
            Optional.empty(),
            Optional.of(volume),
            Optional.of(entry)));
  }

  // frus1981-88v03 lists "Gromyko,\n Andrei" under p_GA_1, an entry the Office of the Historian's
  // people database ties to its person 105222; a volume it does not cover lists him under another
  // entry as "Gromyko, Andrei", which the database records for him alone.
  @Test
  void thePeopleDatabaseNamesThePersonOfAnEntryAndOfANameItRecords() {
    Identification v03 =
        listedIn("frus1981-88v03", "p_GA_1", "Gromyko,\n Andrei", true, "Gromyko", "1981-01-22");
    Identification v05 =
        listedIn("frus1981-88v05", "p_GA_9", "Gromyko, Andrei", true, "Gromyko", "1985-03-13");
    assertEquals("chancery-hsg-105222", personId(v03));
    assertEquals(personId(v03), personId(v05));
    assertEquals("Andreĭ Andreevich Gromyko", v05.person().orElseThrow().name());
    assertEquals(IdentificationRule.PEOPLE_DATABASE, IdentificationRule.of(v03));
    assertEquals(IdentificationRule.PEOPLE_DATABASE, IdentificationRule.of(v05));
    assertTrue(v03.basis().contains("ties entry frus1981-88v03#p_GA_1, to which"), v03.basis());
    assertTrue(v05.basis().contains("for one person, Andreĭ Andreevich Gromyko"), v05.basis());
  }

  // A name listed in full that the people database does not know gives one id across volumes, made
  // from the name: frus1981-88v03 lists "Arbatov,\n Georgii" (p_AG_1).
  @Test
  void onePersonListedInFullInTwoVolumesHasOneId() {
    Identification a =
        listedIn("frus1981-88v03", "p_AG_1", "Arbatov,\n Georgii", true, "Arbatov", "1981-01-22");
    Identification b =
        listedIn("frus1981-88v05", "p_AG_9", "Arbatov, Georgii", true, "Arbatov", "1985-03-13");
    assertEquals("chancery-person-arbatov-georgii", personId(a));
    assertEquals(personId(a), personId(b));
    assertEquals("Georgii Arbatov", b.person().orElseThrow().name());
    assertTrue(b.basis().contains("one id across volumes"), b.basis());
  }

  // The database records "Aaron, David" for David L. Aaron, born 1938: in a list of 1919 the name
  // is someone else's, who gets the id made from the name; in one of 1978 it is him (of POCOM).
  @Test
  void aNameTheDatabaseRecordsIsNotItsPersonBeforeHeCanHaveHeldOffice() {
    Identification early =
        listedIn("frus1919Parisv01", "p_AD_9", "Aaron, David", true, "Aaron", "1919-01-22");
    assertEquals("chancery-person-aaron-david", personId(early));
    Identification late =
        listedIn("frus1977-80v09", "p_AD_9", "Aaron, David", true, "Aaron", "1978-01-22");
    assertEquals("aaron-david-laurence", personId(late));
  }

  // The names the persons lists printed, as the database records them, nicknames, accents, case
  // and spacing aside; a POCOM person the database names is POCOM's.
  @Test
  void thePeopleDatabaseKnowsAPersonByEveryNameTheListsPrinted() {
    PeopleDirectory people = PeopleDirectory.bundled();
    for (String printed :
        List.of("Gromyko, Andrei", "Gromyko, Andrei A.", "GROMYKO, Andrei   Andreevich"))
      assertEquals(
          List.of("chancery-hsg-105222"),
          people.recordedAs(printed).stream().map(Person::id).toList(),
          printed);
    assertEquals(
        List.of("aldrich-winthrop-williams"),
        people.recordedAs("Aldrich, Winthrop W.").stream().map(Person::id).toList());
    assertEquals(List.of(), people.recordedAs("Gromyko, Lydia"));
  }

  // Nicknames and accents are not the name: "Weinberger, Caspar W., “Cap,”" and "(Cap)".
  @Test
  void aNicknameOrAnAccentDoesNotMakeAnotherName() {
    assertEquals(
        OutsidePocom.acrossVolumes("Weinberger, Caspar W., “Cap,”"),
        OutsidePocom.acrossVolumes("Weinberger, Caspar W. (Cap)"));
    assertEquals("chancery-person-ikle-fred-c", OutsidePocom.acrossVolumes("Iklé, Fred\n   C."));
  }

  // Initials and a surname are no evidence across volumes: each volume keeps its entry's id.
  @Test
  void initialsOnlyKeepTheEntrysId() {
    Identification a =
        listedIn("frus1964-68v14", "p_KA1", "Kosygin, A. N.", true, "Kosygin", "1967-06-23");
    Identification b =
        listedIn("frus1969-76v12", "p_KA1", "Kosygin, A. N.", true, "Kosygin", "1969-06-23");
    assertEquals("chancery-frus1964-68v14-p-ka1", personId(a));
    assertEquals("chancery-frus1969-76v12-p-ka1", personId(b));
  }

  // frus1918Russiav03 lists "Reading, Earl of (Rufus Daniel Isaacs)": a peerage passes from father
  // to son, and the name in parentheses is an aside; a title is not a forename.
  @Test
  void aTitleOrAnAsideIsNoForenameWrittenOut() {
    assertFalse(OutsidePocom.inFull("Reading, Earl of (Rufus Daniel Isaacs)"));
    assertFalse(OutsidePocom.inFull("Derby, Earl of"));
    assertFalse(OutsidePocom.inFull("Mezes, Dr. S. E."));
    assertFalse(OutsidePocom.inFull("Smith, J. C., III"));
    assertFalse(OutsidePocom.inFull("Ho Chi Minh"));
    assertTrue(OutsidePocom.inFull("Ishii, Kikujiro, Viscount"));
    assertTrue(OutsidePocom.inFull("Poole, DeWitt C."));
    assertTrue(OutsidePocom.inFull("Weinberger, Caspar\n W., “Cap,”"));
  }

  // Two entries of one volume printing one name may be two people: neither is joined by name.
  @Test
  void aNameTwoEntriesOfAVolumeShareKeepsTheEntrysId() {
    Identification i =
        listedIn("frus1981-88v05", "p_SO_2", "Sokolov, Oleg", false, "Sokolov", "1985-03-13");
    assertEquals("chancery-frus1981-88v05-p-so-2", personId(i));
  }

  // frus1919Parisv01 d319: "Miller, Scott", two advisers tied to one entry, is no one person.
  @Test
  void twoNamesTiedToOneEntryAreNotThatPerson() {
    Identification i =
        identify(
            Party.of("Technical Advisers to the Commission to Negotiate Peace", "Miller, Scott")
                .withRef("p_MDH1"),
            "1918-12-30",
            context(PartyContext.Side.SENDER, "Paris", null));
    assertFalse(i.identified(), i.basis());
  }

  @Test
  void theIdIsMadeFromTheEvidenceAlone() {
    assertEquals(
        "chancery-legation-of-spain-dupuy-de-lome",
        OutsidePocom.id("Legation of Spain Dupuy de Lôme"));
    assertEquals("chancery-frus1917supp02v01-p-lm1", OutsidePocom.id("frus1917Supp02v01#p_LM1"));
  }
}
