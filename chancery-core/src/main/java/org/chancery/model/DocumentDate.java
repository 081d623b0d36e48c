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
      if (s.length() == 4) {
        return new DocumentDate(
            LocalDate.of(Integer.parseInt(s), 1, 1), Optional.empty(), Precision.YEAR);
      }
      if (s.length() == 7) {
        return new DocumentDate(LocalDate.parse(s + "-01"), Optional.empty(), Precision.MONTH);
      }
      if (s.length() == 10) {
        return new DocumentDate(LocalDate.parse(s), Optional.empty(), Precision.DAY);
      }
      if (s.length() >= 16 && s.charAt(10) == 'T') {
        LocalTime time = LocalTime.parse(s.substring(11, 16));
        return new DocumentDate(
            LocalDate.parse(s.substring(0, 10)), Optional.of(time), Precision.MINUTE);
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not an ISO date: '" + iso + "'", e);
    }
    throw new IllegalArgumentException("not an ISO date: '" + iso + "'");
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
