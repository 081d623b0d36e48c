package org.chancery.understand.people;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.chancery.model.DocumentDate;

/**
 * Who held which POCOM appointment over a document's days, looked up by printed name, and where a
 * dateline's place is: the look-ups the rules for printed names share.
 */
final class InOffice {
  private static final Pattern PLACE_PARTS = Pattern.compile("\\s*[,;]\\s*");
  private static final Pattern WASHINGTON =
      Pattern.compile("\\b(?:Washington|Department of State)\\b");

  /** An appointment a person held. */
  record Held(Person person, Appointment appointment) {}

  private final PeopleDirectory people;

  InOffice(PeopleDirectory people) {
    this.people = people;
  }

  PeopleDirectory people() {
    return people;
  }

  /** The days a date covers: one day, or its month or year. */
  static LocalDate[] span(DocumentDate date) {
    LocalDate from = date.day();
    LocalDate to =
        switch (date.precision()) {
          case YEAR -> from.withDayOfYear(from.lengthOfYear());
          case MONTH -> from.withDayOfMonth(from.lengthOfMonth());
          default -> from;
        };
    return new LocalDate[] {from, to};
  }

  /**
   * The persons a printed name can be: the surname agrees, the printed forenames or initials fit,
   * and the person was of age and alive in the year.
   */
  List<Person> named(String printed, int year) {
    return people.withSurnameOfWords(printed).stream()
        .filter(p -> Names.agrees(printed, p.surname()))
        .filter(p -> Names.givenNamesFit(printed, p))
        .filter(p -> p.livedIn(year))
        .toList();
  }

  /** The appointments held over the days by the persons a printed name can be. */
  List<Held> held(String printed, DocumentDate date) {
    LocalDate[] span = span(date);
    return named(printed, date.day().getYear()).stream()
        .flatMap(
            p ->
                people.appointments(p.id()).stream()
                    .filter(a -> a.overlaps(span[0], span[1]))
                    .map(a -> new Held(p, a)))
        .toList();
  }

  /** The posts a dateline's place is in: the whole place, else any of its comma-parted parts. */
  List<String> postsAt(String place) {
    List<String> whole = people.postsFor(place);
    if (!whole.isEmpty()) return whole;
    return PLACE_PARTS.splitAsStream(place).flatMap(p -> people.postsFor(p).stream()).toList();
  }

  /** Whether a dateline's place is the Department in Washington. */
  static boolean washington(String place) {
    return WASHINGTON.matcher(place).find();
  }
}
