package org.chancery.understand.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

  // The year of the first appointments POCOM lists: a date before it is a misprint.
  private static final int FIRST_OFFICERS = 1776;
  // Years a career can span, from a consulate or a chargé's post to a last embassy.
  static final int CAREER = 40;

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

  /**
   * The persons whose whole surname is {@code surname} and whose forenames, or alternate name,
   * agree with the printed {@code forenames}, of age and alive at the date.
   */
  List<Person> withFullName(String surname, List<String> forenames, Optional<DocumentDate> date) {
    return people.withSurnameExactly(surname).stream()
        .filter(
            p ->
                ListedPersons.agree(forenames, ListedPersons.forenames(p.forename(), ""))
                    || p.altname()
                        .map(
                            a ->
                                ListedPersons.agree(
                                    forenames, ListedPersons.forenames(a, p.surname())))
                        .orElse(false))
        .filter(p -> date.map(d -> p.livedIn(d.day().getYear())).orElse(true))
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

  /**
   * Whether POCOM has a person the printed name can be with an appointment within {@link
   * ByCareer#WINDOW} years of the date (without a date, anyone of the surname): then a name outside
   * POCOM may be that person's, and no Chancery id is made for it.
   */
  boolean namesakeNear(String printed, Optional<DocumentDate> date) {
    if (date.isEmpty()) return !people.withSurname(printed).isEmpty();
    LocalDate day = date.get().day();
    return named(printed, day.getYear()).stream()
        .anyMatch(
            p ->
                people.appointments(p.id()).stream()
                    .anyMatch(a -> a.yearsFrom(day) <= ByCareer.WINDOW));
  }

  /**
   * Whether POCOM has a person a printed name may stand for, its forenames aside (they are
   * misprinted too): the surname agrees or is a near miss, the person was of age and alive within
   * {@link ByCareer#WINDOW} years of the date, and held an appointment within {@link #CAREER} years
   * of it. A consul or chargé of that name may be the later chief of mission, so no Chancery id is
   * made for the name. Without a date, or with one before the United States had officers (a
   * misprint: "1670"), anyone of the surname counts.
   */
  boolean mayBeInPocom(String printed, Optional<DocumentDate> date) {
    List<Person> like = people.withSurnameLike(printed);
    if (date.isEmpty() || date.get().day().getYear() < FIRST_OFFICERS) return !like.isEmpty();
    LocalDate day = date.get().day();
    int year = day.getYear();
    return like.stream()
        .filter(p -> p.birth().map(b -> b + 18 <= year + ByCareer.WINDOW).orElse(true))
        .filter(p -> p.death().map(d -> year - ByCareer.WINDOW <= d).orElse(true))
        .anyMatch(
            p -> people.appointments(p.id()).stream().anyMatch(a -> a.yearsFrom(day) <= CAREER));
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
