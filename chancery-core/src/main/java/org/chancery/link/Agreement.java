package org.chancery.link;

import java.time.LocalDate;
import java.util.Optional;
import org.chancery.model.DocumentType;
import org.chancery.understand.references.MessageKind;
import org.chancery.understand.references.Reference.Item;

/**
 * Whether a catalogued message agrees with a reference in date, time and kind: never later than the
 * message citing it, on the day (or within one) the phrase gives, at its time, of the kind it
 * names.
 */
final class Agreement {
  // Series restart at least yearly: an undated "your 12" means the latest 12 within this window.
  private static final int WINDOW_DAYS = 400;

  private Agreement() {}

  /** The days from {@code from} to {@code to}, both included. */
  record Days(LocalDate from, LocalDate to) {}

  /**
   * The days within which every message that is {@link #notLater} than {@code f} and whose date
   * agrees (within a day) with {@code item} lies, if dated: around the day the phrase gives, or in
   * the window before the citing message; empty where neither is dated.
   */
  static Optional<Days> near(Frame f, Item item) {
    long latest = f.epochDay() == Entry.NONE ? Long.MAX_VALUE : f.epochDay() + 1L;
    if (item.date().isPresent()) {
      long day = item.date().get().toEpochDay();
      return Optional.of(days(day - 1, Math.min(day + 1, latest)));
    }
    if (f.epochDay() == Entry.NONE) return Optional.empty();
    return Optional.of(days(f.epochDay() - (long) WINDOW_DAYS, latest));
  }

  private static Days days(long from, long to) {
    return new Days(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to));
  }

  static boolean notLater(Frame f, Entry e) {
    return f.epochDay() == Entry.NONE
        || e.epochDay() == Entry.NONE
        || e.epochDay() <= f.epochDay() + 1;
  }

  static boolean dateAgrees(Frame f, Item item, Entry e, boolean exact) {
    if (item.date().isEmpty()) {
      return f.epochDay() == Entry.NONE
          || e.epochDay() == Entry.NONE
          || e.epochDay() >= f.epochDay() - WINDOW_DAYS;
    }
    if (e.epochDay() == Entry.NONE) return false;
    long diff = Math.abs(item.date().get().toEpochDay() - e.epochDay());
    return exact ? diff == 0 : diff <= 1;
  }

  static boolean timeAgrees(Item item, Entry e) {
    if (item.time().isEmpty() || e.minute() == Entry.NONE) return true;
    int ref = Entry.minuteOf(item.time().get());
    return ref == e.minute() || (isTwelve(ref) && isTwelve(e.minute()));
  }

  // "12 p.m." was written for noon and for midnight.
  private static boolean isTwelve(int minute) {
    return minute == 0 || minute == 720;
  }

  static boolean kindAgrees(MessageKind kind, DocumentType type) {
    boolean telegram = type == DocumentType.TELEGRAM;
    boolean mail = type == DocumentType.DESPATCH || type == DocumentType.INSTRUCTION;
    return switch (kind) {
      case TELEGRAM -> !mail && type != DocumentType.NOTE;
      case DESPATCH, INSTRUCTION -> !telegram;
      case NOTE, MEMORANDUM, LETTER -> !telegram && !mail;
      default -> true;
    };
  }
}
