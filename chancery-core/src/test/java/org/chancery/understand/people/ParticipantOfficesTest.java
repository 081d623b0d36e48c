package org.chancery.understand.people;

import static org.chancery.understand.people.ExecutiveOffice.PRESIDENT;
import static org.chancery.understand.people.ExecutiveOffice.VICE_PRESIDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.understand.Understanding;
import org.junit.jupiter.api.Test;

/** Participants identified by the office they print, through POCOM at the memorandum's date. */
class ParticipantOfficesTest {
  private static final ParticipantOffices OFFICES =
      new ParticipantOffices(PartyIdentifier.bundled(), PeopleDirectory.bundled());

  private static Participant printed(String name, String role) {
    return seated(name, role, null);
  }

  private static Participant seated(String name, String role, String side) {
    return new Participant(
        role + (name == null ? "" : ", " + name),
        Optional.ofNullable(name),
        Optional.of(role),
        Optional.ofNullable(side),
        Optional.empty());
  }

  private static Optional<String> person(Participant p, String date, boolean department) {
    return OFFICES
        .identify(List.of(p), Optional.of(DocumentDate.parse(date)), department)
        .get(0)
        .person();
  }

  private static List<Participant> understood(String volume, String id) throws Exception {
    List<Document> docs = ParticipantsTest.fixture(volume);
    Document d = docs.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    return new Understanding.Understander().of(d, VolumeNames.of(docs)).participants();
  }

  private static Optional<String> personOf(List<Participant> ps, String printed) {
    return ps.stream()
        .filter(p -> p.printed().startsWith(printed))
        .findFirst()
        .orElseThrow()
        .person();
  }

  @Test
  void anOfficeWithoutItsCountryIsTheUnitedStatesOnlyOnItsSideOfTheTable() {
    for (String side : List.of("U.S.", "US Side", "U.S. Side", "United States", "Americans")) {
      assertEquals(
          Optional.of("chancery-president-johnson-lyndon-b"),
          person(seated(null, "The President", side), "1966-10-10", true),
          side);
      assertEquals(
          Optional.of("rusk-david-dean"),
          person(seated(null, "The Secretary", side), "1966-10-10", true),
          side);
    }
    for (String side : List.of("USSR", "U.S.S.R.", "UK Side", "U.K. Side", "Egypt", "USA-UK")) {
      assertEquals(
          Optional.empty(), person(seated(null, "The President", side), "1966-10-10", true), side);
      assertEquals(
          Optional.empty(),
          person(seated(null, "The Vice President", side), "1966-10-10", true),
          side);
      assertEquals(
          Optional.empty(), person(seated(null, "The Secretary", side), "1966-10-10", true), side);
    }
  }

  @Test
  void theSecretaryOfTheDepartmentsOwnRecordsIsTheSecretaryOfStateThen() {
    Participant secretary = printed(null, "The Secretary");
    assertEquals(Optional.of("dulles-john-foster"), person(secretary, "1956-09-26", true));
    assertEquals(Optional.of("rusk-david-dean"), person(secretary, "1966-10-10", true));
    // Another department's memorandum: its Secretary may be its own.
    assertEquals(Optional.empty(), person(secretary, "1956-09-26", false));
  }

  @Test
  void thePresidentOfTheDepartmentsOwnRecordsIsThePresidentOnTheDay() {
    Participant president = printed(null, "The President");
    assertEquals(
        Optional.of("chancery-president-johnson-lyndon-b"), person(president, "1966-10-10", true));
    // POCOM's Buchanan, Minister to Russia and to Great Britain, is the President of 1857 too.
    assertEquals(Optional.of("buchanan-james"), person(president, "1858-06-01", true));
    // The people database's Carter, whom the persons lists name, not a second Carter.
    assertEquals(Optional.of("chancery-hsg-102251"), person(president, "1978-09-17", true));
    // Grover Cleveland's two terms are one person's.
    assertEquals(person(president, "1886-01-01", true), person(president, "1894-01-01", true));
    // The day the office changes hands, and a month in which it does: not decided.
    assertEquals(Optional.empty(), person(president, "1963-11-22", true));
    assertEquals(Optional.empty(), person(president, "1969-01", true));
    // The list ends with Trump's first term: after it, no President is known here.
    assertEquals(
        Optional.of("chancery-president-trump-donald-j"), person(president, "2019-05-01", true));
    assertEquals(Optional.empty(), person(president, "2022-05-01", true));
    // Another government's record: its President may be its own.
    assertEquals(Optional.empty(), person(president, "1966-10-10", false));
    // A printed name must be the President's.
    assertEquals(
        Optional.of("chancery-president-johnson-lyndon-b"),
        person(printed("Johnson", "The President"), "1966-10-10", true));
    assertEquals(Optional.empty(), person(printed("Kosygin", "The President"), "1966-10-10", true));
  }

  @Test
  void aPresidentIsOnePersonWhetherPocomOrTheListOfPresidentsNamesHim() {
    PeopleDirectory people = PeopleDirectory.bundled();
    assertEquals(
        "bush-george-herbert-walker",
        people.holder(PRESIDENT, LocalDate.of(1990, 6, 1)).orElseThrow().id());
    // Woodrow Wilson is not POCOM's Henry Lane Wilson, born the same year.
    assertEquals(
        "chancery-president-wilson-woodrow",
        people.holder(PRESIDENT, LocalDate.of(1917, 4, 6)).orElseThrow().id());
    assertEquals(Optional.empty(), people.holder(PRESIDENT, LocalDate.of(1700, 1, 1)));
  }

  @Test
  void theVicePresidentOfTheDepartmentsOwnRecordsIsTheVicePresidentOnTheDay() {
    Participant vice = printed(null, "The Vice President");
    assertEquals(
        Optional.of("chancery-vice-president-humphrey-hubert-horatio"),
        person(vice, "1966-10-10", true));
    // The older spelling with a hyphen is the same office.
    assertEquals(
        Optional.of("chancery-vice-president-humphrey-hubert-horatio"),
        person(printed(null, "The Vice-President"), "1966-10-10", true));
    // POCOM's Mondale, Ambassador to Japan in the 1990s.
    assertEquals(Optional.of("mondale-walter-f"), person(vice, "1978-09-17", true));
    // Vacant: after Johnson became President, and between Agnew's resignation and Ford's oath.
    assertEquals(Optional.empty(), person(vice, "1964-06-01", true));
    assertEquals(Optional.empty(), person(vice, "1973-11-15", true));
    // The day the office changes hands or falls vacant, and a month in which it does.
    assertEquals(Optional.empty(), person(vice, "1969-01-20", true));
    assertEquals(Optional.empty(), person(vice, "1963-11-22", true));
    assertEquals(Optional.empty(), person(vice, "1973-12-06", true));
    assertEquals(Optional.empty(), person(vice, "1974-08", true));
    // Another government's record: its Vice President may be its own.
    assertEquals(Optional.empty(), person(vice, "1966-10-10", false));
    // A printed name must be the Vice President's.
    assertEquals(
        Optional.of("mondale-walter-f"),
        person(printed("Walter F. Mondale", "Vice President"), "1978-09-17", true));
    assertEquals(
        Optional.empty(), person(printed("Mubarak", "The Vice President"), "1978-09-17", true));
    // "The President" is still the President, not his Vice President.
    assertEquals(
        Optional.of("chancery-hsg-102251"),
        person(printed(null, "The President"), "1978-09-17", true));
  }

  @Test
  void aVicePresidentWhoBecamePresidentIsOnePerson() {
    PeopleDirectory people = PeopleDirectory.bundled();
    Person vice = people.holder(VICE_PRESIDENT, LocalDate.of(1985, 3, 14)).orElseThrow();
    assertEquals("bush-george-herbert-walker", vice.id());
    assertEquals(vice, people.holder(PRESIDENT, LocalDate.of(1990, 6, 1)).orElseThrow());
    // One not in POCOM is the President's person too.
    assertEquals(
        people.holder(PRESIDENT, LocalDate.of(1966, 10, 10)),
        people.holder(VICE_PRESIDENT, LocalDate.of(1962, 10, 16)));
    // Known to the table of Vice Presidents alone: not looked for by surname.
    assertEquals(
        List.of(), people.withSurname("Humphrey").stream().filter(p -> !p.inPocom()).toList());
  }

  @Test
  void aNamedOfficerIsPocomsOnlyWhereTheNameAgreesAndHeHeldTheOfficeThen() {
    assertEquals(
        Optional.of("vance-cyrus-roberts"),
        person(printed("Cyrus Vance", "Secretary of State"), "1977-03-04", false));
    assertEquals(
        Optional.empty(), person(printed("Mr. Smith", "Secretary of State"), "1956-09-26", true));
    // POCOM knows an Eddy as Minister to Saudi Arabia until 1946, not at an oil company in 1948.
    assertEquals(
        Optional.empty(),
        person(
            printed("Colonel William A. Eddy", "Arabian American Oil Company"),
            "1948-01-28",
            true));
  }

  @Test
  void understandingAMemorandumIdentifiesItsParticipantsByOffice() throws Exception {
    List<Participant> d197 = understood("frus1955-57v24", "d197");
    assertEquals(Optional.of("dulles-john-foster"), personOf(d197, "The Secretary"));
    assertEquals(Optional.empty(), personOf(d197, "Sir Roger Makins"));
    List<Participant> d10 = understood("frus1977-80v21", "d10");
    assertEquals(Optional.of("vance-cyrus-roberts"), personOf(d10, "Cyrus Vance"));
    assertEquals(Optional.empty(), personOf(d10, "Zbigniew Brzezinski"));
    List<Participant> d178 = understood("frus1964-68v14", "d178");
    assertEquals(
        Optional.of("chancery-president-johnson-lyndon-b"), personOf(d178, "The President"));
    assertEquals(Optional.of("rusk-david-dean"), personOf(d178, "The Secretary"));
    // A Department telegram carrying the memorandum of the Vice President's talk with Gorbachev.
    List<Participant> d5 = understood("frus1981-88v05", "d5");
    assertEquals(Optional.of("bush-george-herbert-walker"), personOf(d5, "The Vice President"));
    // The Carter Library's record, where an office decides nothing: his persons-list entry would.
    assertEquals(Optional.empty(), personOf(d10, "Vice President Mondale"));
  }
}
