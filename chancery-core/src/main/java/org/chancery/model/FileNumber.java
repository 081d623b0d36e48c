package org.chancery.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Decimal File number as printed in a source note ({@code 861.20/406}, {@code 711.90H/41}), with
 * the file series when it is not the Department's central file ({@code Paris Peace Conf.}).
 */
public record FileNumber(String number, Optional<String> series) {
  // From 1945 the part after the slash is the date the paper was filed, month-day-year with the
  // year's last two digits: 611.61/1–1553 is January 15, 1953.
  private static final Pattern FILED_ON =
      Pattern.compile("/\\s*(1[0-2]|[1-9])[-–](\\d{1,2})(\\d{2})$");

  public FileNumber {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(series, "series");
  }

  /**
   * The file the paper was filed in: the number before the slash ({@code 861.20} of {@code
   * 861.20/406}), which every paper on that country and subject shares.
   */
  public String file() {
    int slash = number.indexOf('/');
    return (slash < 0 ? number : number.substring(0, slash)).strip();
  }

  /** The number as cited: the series, if any, then the number. */
  public String cited() {
    return series.map(s -> s + " " + number).orElse(number);
  }

  /**
   * The day the paper was filed, where the number after the slash is a date (from 1945: {@code
   * 611.61/1–1553} is 1953-01-15); empty for a serial number or a day that does not exist.
   */
  public Optional<LocalDate> filedOn() {
    Matcher m = FILED_ON.matcher(number);
    if (!m.find()) return Optional.empty();
    try {
      return Optional.of(
          LocalDate.of(
              1900 + Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
