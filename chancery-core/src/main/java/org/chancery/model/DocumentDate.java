package org.chancery.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/** The date a document was written, to the precision the source gives. */
public record DocumentDate(LocalDate day, Optional<LocalTime> time, Precision precision) {

  /** How much of the date the source states. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY,
    MINUTE
  }

  public DocumentDate {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(precision, "precision");
    if (time.isPresent() != (precision == Precision.MINUTE)) {
      throw new IllegalArgumentException("a time goes with minute precision, and only with it");
    }
  }

  /**
   * Parses an ISO date as TEI's {@code @when} gives it: {@code 1934}, {@code 1934-04}, {@code
   * 1934-04-30}, {@code 1934-04-30T14:00:00} (seconds and a zone offset are ignored).
   *
   * @throws IllegalArgumentException if {@code iso} is none of these
   */
  public static DocumentDate parse(String iso) {
    String s = iso.trim();
    try {
      if (s.length() == 4 && digitsAndDashes(s, 4)) {
        return new DocumentDate(
            LocalDate.of(number(s, 0, 4), 1, 1), Optional.empty(), Precision.YEAR);
      }
      if (s.length() == 7 && digitsAndDashes(s, 7)) {
        return new DocumentDate(
            LocalDate.of(number(s, 0, 4), number(s, 5, 7), 1), Optional.empty(), Precision.MONTH);
      }
      if (s.length() == 10 && digitsAndDashes(s, 10)) {
        return new DocumentDate(day(s), Optional.empty(), Precision.DAY);
      }
      if (s.length() >= 16 && s.charAt(10) == 'T' && digitsAndDashes(s, 10)) {
        LocalTime time = LocalTime.parse(s.substring(11, 16));
        return new DocumentDate(day(s), Optional.of(time), Precision.MINUTE);
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not an ISO date: '" + iso + "'", e);
    }
    throw new IllegalArgumentException("not an ISO date: '" + iso + "'");
  }

  /** The last day the date covers: the end of its year or month, else its day. */
  public LocalDate lastDay() {
    return switch (precision) {
      case YEAR -> day.withDayOfYear(day.lengthOfYear());
      case MONTH -> day.withDayOfMonth(day.lengthOfMonth());
      case DAY, MINUTE -> day;
    };
  }

  // Whether the first length characters are "yyyy", "yyyy-mm" or "yyyy-mm-dd". Digits are read
  // directly,
  // not through a formatter: parsing the POCOM appointments' dates that way was most of the time
  // their table took to load.
  private static boolean digitsAndDashes(String s, int length) {
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      boolean ok = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
      if (!ok) return false;
    }
    return true;
  }

  private static LocalDate day(String s) {
    return LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
  }

  private static int number(String s, int from, int to) {
    return Integer.parseInt(s, from, to, 10);
  }

  /**
   * The date in ISO form, as precise as it is known: {@code 1934-04-30T14:00} or {@code
   * 1934-04-30}.
   */
  public String iso() {
    return switch (precision) {
      case YEAR -> String.valueOf(day.getYear());
      case MONTH -> day.toString().substring(0, 7);
      case DAY -> day.toString();
      case MINUTE -> day + "T" + time.orElseThrow();
    };
  }
}
