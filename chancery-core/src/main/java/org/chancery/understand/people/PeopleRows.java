package org.chancery.understand.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chancery.model.DocumentDate;

/**
 * Turns rows of the bundled POCOM tables into persons and appointments, and rows of the bundled
 * people database into persons.
 */
final class PeopleRows {
  // Compiled once: String.matches compiles its pattern on every call.
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private PeopleRows() {}

  static Person person(Map<String, String> r) {
    return new Person(
        r.get("id"),
        r.get("surname"),
        r.get("forename"),
        opt(r.get("genname")),
        opt(r.get("altname")),
        year(r.get("birth")),
        year(r.get("death")));
  }

  /**
   * A person of the Office of the Historian's people database who is not in POCOM, by the
   * database's id and preferred name ({@code Gromyko, Andrei Andreevich}; {@code Carter, James
   * Earl, Jr.}).
   */
  static Person historian(Map<String, String> r) {
    String[] parts = r.get("name").split(",\\s*", 3);
    return new Person(
        peopleId(r.get("id")),
        parts[0].strip(),
        parts.length > 1 ? parts[1].strip() : "",
        parts.length > 2 ? opt(parts[2].strip()) : Optional.empty(),
        Optional.empty(),
        year(r.get("birth")),
        year(r.get("death")));
  }

  /**
   * A President or Vice President as his office's table lists him: by the id of the people
   * database's record where the row names one, else by a Chancery id made from {@code idPrefix} and
   * the table's own id for him ({@code chancery-president-lincoln-abraham}).
   */
  static Person holder(Map<String, String> r, String idPrefix) {
    return new Person(
        opt(r.get("people_id"))
            .map(PeopleRows::peopleId)
            .orElse(Person.CHANCERY + idPrefix + r.get("id")),
        r.get("surname"),
        r.get("forename"),
        Optional.empty(),
        Optional.empty(),
        year(r.get("birth")),
        year(r.get("death")));
  }

  // The Chancery id of the people database's record {@code id}.
  private static String peopleId(String id) {
    return Person.CHANCERY + "hsg-" + id;
  }

  static Appointment appointment(
      Map<String, String> r, Map<String, String> titles, Map<String, String> posts) {
    String role = r.get("role_id");
    String post = r.get("post_id");
    return new Appointment(
        r.get("person_id"),
        Appointment.Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT)),
        role,
        titles.getOrDefault(role, role),
        post,
        posts.getOrDefault(post, post),
        day(r.get("appointed"), false),
        day(r.get("started"), false),
        day(r.get("ended"), true));
  }

  static Map<String, String> column(List<Map<String, String>> rows, String key, String value) {
    Map<String, String> out = new HashMap<>();
    rows.forEach(r -> out.put(r.get(key), r.get(value)));
    return out;
  }

  private static Optional<String> opt(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  private static Optional<Integer> year(String s) {
    return s != null && YEAR.matcher(s).matches()
        ? Optional.of(Integer.parseInt(s))
        : Optional.empty();
  }

  // "1934", "1934-04" or "1934-04-30"; a partial date is its first day, or its last for an end.
  // Anything else (none in the bundled tables) is no date.
  static Optional<LocalDate> day(String s, boolean end) {
    if (s == null || s.isBlank()) return Optional.empty();
    try {
      DocumentDate d = DocumentDate.parse(s);
      if (d.precision() == DocumentDate.Precision.MINUTE) return Optional.empty();
      return Optional.of(end ? d.lastDay() : d.day());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
