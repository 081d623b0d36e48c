package org.chancery.understand.references;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Dates as references write them, made absolute from the citing document's date: a month and day
 * without a year is the latest such day not after the citing date; "instant" is the citing month,
 * "ultimo" the month before; "yesterday" the day before.
 */
final class DateWords {
  private static final Map<String, Month> MONTHS = months();

  private DateWords() {}

  private static Map<String, Month> months() {
    Map<String, Month> m = new java.util.HashMap<>();
    for (Month month : Month.values()) {
      String name = month.name().toLowerCase(Locale.ROOT);
      m.put(name, month);
      m.put(name.substring(0, 3), month);
    }
    m.put("sept", Month.SEPTEMBER);
    return Map.copyOf(m);
  }

  /** The month a word names ("April", "Sept", "Jan"), if any. */
  static Optional<Month> month(String word) {
    return Optional.ofNullable(MONTHS.get(word.toLowerCase(Locale.ROOT)));
  }

  /**
   * The day {@code month}/{@code day} of {@code year}, or without a year the latest such day not
   * more than a day after {@code anchor} (a reply may carry the next day's date across time zones).
   */
  static Optional<LocalDate> monthDay(
      Month month, int day, Optional<Integer> year, Optional<LocalDate> anchor) {
    try {
      if (year.isPresent()) return Optional.of(LocalDate.of(year.get(), month, day));
      if (anchor.isEmpty()) return Optional.empty();
      LocalDate d = LocalDate.of(anchor.get().getYear(), month, Math.min(day, month.length(true)));
      if (d.getDayOfMonth() != day) return Optional.empty();
      return Optional.of(d.isAfter(anchor.get().plusDays(1)) ? d.minusYears(1) : d);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Day {@code day} of the anchor's month ("the 3d instant") or of the month before ("the 9th
   * ultimo").
   */
  static Optional<LocalDate> relativeMonth(int day, int monthsBack, Optional<LocalDate> anchor) {
    try {
      return anchor.map(a -> a.minusMonths(monthsBack).withDayOfMonth(day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** "yesterday", "today", "this date", "even date" from the anchor. */
  static Optional<LocalDate> relativeDay(int daysBack, Optional<LocalDate> anchor) {
    return anchor.map(a -> a.minusDays(daysBack));
  }

  /**
   * A clock time from an hour, minutes and "a"/"p"; "12 p.m." is read as midnight, as the telegraph
   * wrote it.
   */
  static Optional<LocalTime> clock(int hour, int minute, boolean pm) {
    if (hour < 1 || hour > 12 || minute < 0 || minute > 59) return Optional.empty();
    int h = hour % 12 + (pm ? 12 : 0);
    if (hour == 12 && pm) h = 0;
    return Optional.of(LocalTime.of(h, minute));
  }
}
