package org.chancery.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.DocumentDate;

/**
 * Reads a date as FRUS prints it in a dateline: {@code June 13, 1937—11 p.m.}, {@code April 30,
 * 1934—noon}, {@code March 9, 1861}. A date without a year is not a date here: nothing is guessed.
 */
public final class PrintedDateParser {

  private static final Pattern DATE =
      Pattern.compile(
          "\\b(January|February|March|April|May|June|July|August|September|October|November|December)"
              + "\\s+(\\d{1,2}),?\\s+(\\d{4})"
              + "(?:\\s*[—–-]+\\s*(noon|midnight|(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.\\s?m\\.?))?",
          Pattern.CASE_INSENSITIVE);

  private PrintedDateParser() {}

  /** The first full date in {@code printed}, with its time when one is printed. */
  public static Optional<DocumentDate> parse(String printed) {
    Matcher m = DATE.matcher(printed);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      LocalDate day =
          LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
      Optional<LocalTime> time = time(m);
      DocumentDate.Precision precision =
          time.isPresent() ? DocumentDate.Precision.MINUTE : DocumentDate.Precision.DAY;
      return Optional.of(new DocumentDate(day, time, precision));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalTime> time(Matcher m) {
    String t = m.group(4);
    if (t == null) return Optional.empty();
    if (t.equalsIgnoreCase("noon")) return Optional.of(LocalTime.NOON);
    if (t.equalsIgnoreCase("midnight")) return Optional.of(LocalTime.MIDNIGHT);
    int hour = Integer.parseInt(m.group(5)) % 12;
    int minute = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    if (m.group(7).equalsIgnoreCase("p")) hour += 12;
    return Optional.of(LocalTime.of(hour, minute));
  }
}
