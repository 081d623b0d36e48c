package org.chancery.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A date given on the command line as a year, a month or a day: {@code 1934}, {@code 1934-04},
 * {@code 1934-04-30}.
 */
public final class DateBound {
  private DateBound() {}

  /** The first day the value covers. */
  public static LocalDate from(String value) {
    return switch (value.length()) {
      case 4 -> LocalDate.of(year(value), 1, 1);
      case 7 -> month(value).atDay(1);
      default -> day(value);
    };
  }

  /** The last day the value covers. */
  public static LocalDate to(String value) {
    return switch (value.length()) {
      case 4 -> LocalDate.of(year(value), 12, 31);
      case 7 -> month(value).atEndOfMonth();
      default -> day(value);
    };
  }

  private static int year(String v) {
    if (!v.matches("\\d{4}")) throw invalid(v);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw invalid(v);
    }
  }

  private static YearMonth month(String v) {
    try {
      return YearMonth.parse(v);
    } catch (DateTimeParseException e) {
      throw invalid(v);
    }
  }

  private static LocalDate day(String v) {
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw invalid(v);
    }
  }

  private static IllegalArgumentException invalid(String v) {
    return new IllegalArgumentException(
        "'" + v + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
  }
}
