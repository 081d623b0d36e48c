package org.chancery.understand.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.DocumentDate;
import org.chancery.model.Party;

/**
 * Identifies a participant of a memorandum of conversation by the office his line prints, as its
 * holder in POCOM at the memorandum's date: "Cyrus Vance, Secretary of State" where POCOM's
 * Secretary of State then is Vance, and, in the Department's own records, "The Secretary" (the
 * Secretary of State: the Department names its principal officers without "of State"). In those
 * records "The President" is the President of the United States on the day, from the Office of the
 * Historian's list of Presidents, and "The Vice President" the Vice President, from the list of
 * Vice Presidents. These offices without a country are the United States' only on its side of the
 * table, or where the list names no sides. A participant already identified through his
 * persons-list entry keeps that person; one the tables do not decide, or whose printed name
 * disagrees with the officer, stays unidentified.
 */
public final class ParticipantOffices {
  // The Department's principal offices as its memoranda print them, the name perhaps after them.
  private static final Pattern DEPARTMENT_OFFICE =
      Pattern.compile("(?:[Tt]he\\s+)?((?:Under |Deputy )?Secretary)");

  // The President or Vice President as the Department's memoranda print him, perhaps with his name
  // after.
  private static final Pattern EXECUTIVE =
      Pattern.compile("(?:[Tt]he\\s+)?(Vice[\\s-]+)?President");

  // The United States' side as a participants list labels it ("U.S. Side", "United States",
  // "Americans"); "U.S.S.R." and "UK Side" are not.
  private static final Pattern OWN_SIDE =
      Pattern.compile(
          "(?i)(?:the\\s+)?(?:U\\.?\\s?S\\.?(?:\\s?A\\.?)?|United\\s+States(?:\\s+of\\s+America)?"
              + "|Americans?)(?:\\s+(?:side|participants|delegation|team))?");

  private final PartyIdentifier parties;
  private final PeopleDirectory people;

  /**
   * Identifies through {@code parties}, and the Presidents and Vice Presidents of {@code people}.
   */
  public ParticipantOffices(PartyIdentifier parties, PeopleDirectory people) {
    this.parties = parties;
    this.people = people;
  }

  /**
   * {@code participants}, each not yet identified given the POCOM officer his role names at {@code
   * date} where that decides; {@code departmentRecord} says the memorandum comes from the
   * Department of State's records, where an office without its department is one of the
   * Department's.
   */
  public List<Participant> identify(
      List<Participant> participants, Optional<DocumentDate> date, boolean departmentRecord) {
    if (date.isEmpty()) return participants;
    return participants.stream()
        .map(p -> p.person().isPresent() ? p : office(p, date, departmentRecord))
        .toList();
  }

  private Participant office(Participant p, Optional<DocumentDate> date, boolean department) {
    if (p.role().isEmpty()) return p;
    String role = p.role().get().strip();
    Matcher executive = EXECUTIVE.matcher(role);
    boolean own =
        department && p.side().map(x -> OWN_SIDE.matcher(x.strip()).matches()).orElse(true);
    if (executive.matches()) {
      if (!own) return p;
      return holder(
          p,
          executive.group(1) == null ? ExecutiveOffice.PRESIDENT : ExecutiveOffice.VICE_PRESIDENT,
          date.get());
    }
    Matcher office = DEPARTMENT_OFFICE.matcher(role);
    if (office.matches()) {
      if (!own) return p;
      role = office.group(1) + " of State";
    } else if (p.name().isEmpty()) {
      return p;
    }
    Identification i = parties.identify(Party.of(role, p.name().orElse(null)), date);
    // Only an officer in the printed office then: a surname matched to a career at other dates
    // would do for the sender of a despatch, not for anyone at a table.
    LocalDate[] span = InOffice.span(date.get());
    boolean inOffice = i.appointment().filter(a -> a.overlaps(span[0], span[1])).isPresent();
    return inOffice
        ? i.person().filter(Person::inPocom).map(x -> p.identified(x.id())).orElse(p)
        : p;
  }

  // The holder of the office on every day the memorandum's date may mean, and the one its name, if
  // it prints one, agrees with.
  private Participant holder(Participant p, ExecutiveOffice office, DocumentDate date) {
    LocalDate[] span = InOffice.span(date);
    Optional<Person> first = people.holder(office, span[0]);
    if (first.isEmpty() || !first.equals(people.holder(office, span[1]))) return p;
    Person holder = first.get();
    boolean named =
        p.name()
            .map(n -> Names.agrees(n, holder.surname()) && Names.givenNamesFit(n, holder))
            .orElse(true);
    return named ? p.identified(holder.id()) : p;
  }
}
