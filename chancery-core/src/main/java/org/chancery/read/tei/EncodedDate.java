package org.chancery.read.tei;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.chancery.model.DocumentDate;

/**
 * The date the editors encoded on a document's div as the earliest and latest moments it may have
 * been written ({@code frus:doc-dateTime-min}, {@code frus:doc-dateTime-max}), read back into the
 * precision they stand for: one instant is a time of day, midnight to 23:59:59 of one day a day,
 * the first to the last day of a month a month, of a year a year. Anything wider is a range, no
 * date.
 *
 * <p>The local time is kept and the zone offset dropped: the encoders gave every document the same
 * default offset, while the dateline's time is the sender's.
 */
record EncodedDate(DocumentDate date, boolean instant) {

  /** The attributes' date, or empty when either is missing, unreadable or they span a range. */
  static Optional<EncodedDate> of(String min, String max) {
    if (min == null || max == null) return Optional.empty();
    Optional<LocalDateTime> from = local(min);
    Optional<LocalDateTime> to = local(max);
    if (from.isEmpty() || to.isEmpty()) return Optional.empty();
    LocalDateTime a = from.get();
    LocalDateTime b = to.get();
    if (a.equals(b)) {
      return Optional.of(new EncodedDate(DocumentDate.parse(a.toString().substring(0, 16)), true));
    }
    boolean wholeDays = a.toLocalTime().toSecondOfDay() == 0 && b.toLocalTime().getHour() == 23;
    if (!wholeDays) return Optional.empty();
    DocumentDate day = DocumentDate.parse(a.toLocalDate().toString());
    if (a.toLocalDate().equals(b.toLocalDate())) return Optional.of(new EncodedDate(day, false));
    String iso = a.toLocalDate().toString();
    if (a.getDayOfMonth() == 1) {
      DocumentDate month = DocumentDate.parse(iso.substring(0, 7));
      if (month.lastDay().equals(b.toLocalDate()))
        return Optional.of(new EncodedDate(month, false));
      DocumentDate year = DocumentDate.parse(iso.substring(0, 4));
      if (a.getDayOfYear() == 1 && year.lastDay().equals(b.toLocalDate()))
        return Optional.of(new EncodedDate(year, false));
    }
    return Optional.empty();
  }

  // "1956-08-28T21:00:00-05:00": the first 19 characters are the local date and time.
  private static Optional<LocalDateTime> local(String iso) {
    String s = iso.strip();
    if (s.length() < 19) return Optional.empty();
    try {
      return Optional.of(LocalDateTime.parse(s.substring(0, 19)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
