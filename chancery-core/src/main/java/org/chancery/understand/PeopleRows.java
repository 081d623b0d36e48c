package org.chancery.understand;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns rows of the bundled POCOM tables into persons and appointments. */
final class PeopleRows {
  // Compiled once: String.matches compiles its pattern on every call, three times for each of
  // 7,000 appointments.
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

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
  static Optional<LocalDate> day(String s, boolean end) {
    if (s == null || s.isBlank()) return Optional.empty();
    if (YEAR.matcher(s).matches()) {
      int year = number(s, 0, 4);
      return Optional.of(end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1));
    }
    if (MONTH.matcher(s).matches()) {
      YearMonth m = YearMonth.of(number(s, 0, 4), number(s, 5, 7));
      return Optional.of(end ? m.atEndOfMonth() : m.atDay(1));
    }
    if (!DAY.matcher(s).matches()) return Optional.empty();
    return Optional.of(LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10)));
  }

  // Digits read directly: LocalDate.parse goes through a formatter, the slowest step of loading.
  private static int number(String s, int from, int to) {
    return Integer.parseInt(s, from, to, 10);
  }
}
