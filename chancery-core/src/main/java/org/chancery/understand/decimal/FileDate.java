package org.chancery.understand.decimal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a Decimal File document number stands for: from 1945 the part after the slash is
 * month–day–two-digit year ({@code 1–1553} is January 15, 1953), not a running number.
 */
final class FileDate {
  // Month, then day and year run together ("9–456": day 4; "8–1856": day 18), a trailing letter.
  private static final Pattern FORM =
      Pattern.compile("^(\\d{1,2})[-–](\\d{1,2})(\\d{2})[A-Za-z]?$");
  // The date-numbered era: NARA's earliest example is 3-2345 (1945) [tables README §1] and the file
  // closed in January 1963, so a two-digit year is read in the 1900s and only within that span.
  private static final int FIRST = 1945;
  private static final int LAST = 1963;

  private FileDate() {}

  /** Whether a document number has the date form, valid or not ({@code 19–1056} has it). */
  static boolean hasDateForm(String documentNumber) {
    return FORM.matcher(documentNumber.strip()).matches();
  }

  /** The date a document number stands for; absent unless it is a real day of 1945 to 1963. */
  static Optional<LocalDate> of(String documentNumber) {
    Matcher m = FORM.matcher(documentNumber.strip());
    if (!m.matches()) return Optional.empty();
    int year = 1900 + Integer.parseInt(m.group(3));
    if (year < FIRST || year > LAST) return Optional.empty();
    try {
      return Optional.of(
          LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
