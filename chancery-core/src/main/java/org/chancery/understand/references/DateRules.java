package org.chancery.understand.references;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chancery.understand.references.Token.Type;

/**
 * The grammar's rules for a message's date and time:
 *
 * <pre>
 * date := Month day correction? ("," year)? "last"? time?
 *       | "the"? ordinal ("instant" | "ultimo" | "of" Month ("," year)?)
 *       | yesterday | today | this date | even date
 * time := ("," | "—")? (hour (":" minutes)? correction? a.m.|p.m. | hour? noon | hour? midnight)
 * </pre>
 *
 * Dates without a year are made absolute from the citing document's date, the anchor.
 */
final class DateRules {
  private static final Pattern CORRECTED_DAY = Pattern.compile("\\d{1,2}(st|nd|rd|th|d)?");
  private static final Pattern CORRECTED_HOUR = Pattern.compile("\\d{1,2}");

  /** A date as written, made absolute where it can be, with its time if one was written. */
  record Dated(Optional<LocalDate> date, Optional<LocalTime> time, Optional<String> text) {
    static final Dated NONE = new Dated(Optional.empty(), Optional.empty(), Optional.empty());
  }

  // A day the text names, and that day made absolute: empty when it has no year and there is no
  // anchor, which is not the same as naming no day.
  private record Day(Optional<LocalDate> date) {}

  private final TokenCursor c;
  private final Optional<LocalDate> anchor;

  DateRules(TokenCursor cursor, Optional<LocalDate> anchor) {
    this.c = cursor;
    this.anchor = anchor;
  }

  /** The date, and any time after it, at the cursor; empty, the cursor unmoved, where none is. */
  Optional<Dated> date() {
    if (c.atEnd()) return Optional.empty();
    int from = c.position();
    Optional<Day> day = c.attempt(this::monthDay).or(() -> c.attempt(this::relative));
    if (day.isEmpty()) return Optional.empty();
    Optional<LocalTime> time = c.attempt(this::time);
    return Optional.of(new Dated(day.get().date(), time, Optional.of(c.textFrom(from))));
  }

  /** Whether {@code t} is a word that names a month: "April", "Sept", "Jan". */
  static boolean namesMonth(Token t) {
    return t.is(Type.WORD) && DateWords.month(t.text()).isPresent();
  }

  /** Whether {@code n} is a year the documents can mean, 1776 to 1999. */
  static boolean isYear(Token n) {
    return n.text().length() == 4 && n.value() >= 1776 && n.value() <= 1999;
  }

  // "April 30", "June 13, 1917", "Sept. 3d", "December 12 [13]".
  private Optional<Day> monthDay() {
    Token w = c.peek();
    Optional<Month> month = w.is(Type.WORD) ? DateWords.month(w.text()) : Optional.empty();
    if (month.isEmpty()) return Optional.empty();
    c.skip(1);
    c.accept('.');
    if (c.atEnd()
        || !(c.peek().is(Type.NUMBER) || c.peek().is(Type.ORDINAL))
        || c.peek().value() > 31) {
      return Optional.empty();
    }
    int day = dayWithCorrection();
    Optional<Integer> year = year();
    c.acceptWord(Vocabulary.LAST);
    return Optional.of(new Day(DateWords.monthDay(month.get(), day, year, anchor)));
  }

  // "December 12 [13]", "November 28th [26th]": the editors' day wins.
  private int dayWithCorrection() {
    int day = c.next().value();
    if (c.isAt(Type.CORRECTION) && CORRECTED_DAY.matcher(c.peek().text()).matches()) {
      day = c.next().value();
    }
    return day;
  }

  private Optional<Integer> year() {
    return c.attempt(
        () -> {
          c.accept(',');
          return !c.atEnd() && isYear(c.peek()) ? Optional.of(c.next().value()) : Optional.empty();
        });
  }

  // "yesterday", "today", "this date", "even date", or an ordinal day.
  private Optional<Day> relative() {
    Optional<Integer> back = c.acceptWordOf(Vocabulary.DAYS_BACK);
    if (back.isPresent()) return Optional.of(new Day(DateWords.relativeDay(back.get(), anchor)));
    Token w = c.peek();
    if (w.isWord(Vocabulary.THIS) && c.has(1) && c.peek(1).isWord(Vocabulary.DATE)) {
      c.skip(2);
      return Optional.of(new Day(DateWords.relativeDay(0, anchor)));
    }
    c.acceptWord(Vocabulary.THE);
    return c.isAt(Type.ORDINAL) ? ordinal() : Optional.empty();
  }

  // "the 3d instant", "the 9th ultimo", "the 18th of July", "the 20th inst."
  private Optional<Day> ordinal() {
    int day = c.next().value();
    if (c.acceptWord(Vocabulary.INSTANT)) return dotted(DateWords.relativeMonth(day, 0, anchor));
    if (c.acceptWord(Vocabulary.ULTIMO)) return dotted(DateWords.relativeMonth(day, 1, anchor));
    if (c.acceptWord(Vocabulary.OF) && !c.atEnd() && DateWords.month(c.peek().text()).isPresent()) {
      Month m = DateWords.month(c.next().text()).get();
      return Optional.of(new Day(DateWords.monthDay(m, day, year(), anchor)));
    }
    return Optional.empty();
  }

  // "inst." and "ult." may keep their dot.
  private Optional<Day> dotted(Optional<LocalDate> d) {
    c.accept('.');
    return Optional.of(new Day(d));
  }

  // ", 2 p.m.", "— 11:30 a.m.", ", noon", "6 [7] p.m.": always after a date.
  private Optional<LocalTime> time() {
    if (!c.accept(',')) c.accept('—');
    if (c.atEnd()) return Optional.empty();
    Optional<LocalTime> named = c.acceptWordOf(Vocabulary.NAMED_TIMES);
    if (named.isPresent() || !c.isAt(Type.NUMBER)) return named;
    int hour = c.next().value();
    named = c.acceptWordOf(Vocabulary.NAMED_TIMES);
    if (named.isPresent()) return named;
    int minute = minutes();
    if (c.isAt(Type.CORRECTION) && CORRECTED_HOUR.matcher(c.peek().text()).matches()) {
      hour = Integer.parseInt(c.next().text());
    }
    if (c.isAt(Type.MERIDIEM)) {
      boolean pm = Character.toLowerCase(c.next().text().charAt(0)) == 'p';
      return DateWords.clock(hour, minute, pm);
    }
    return Optional.empty();
  }

  private int minutes() {
    if (c.has(1)
        && (c.peek().isPunct(':') || c.peek().isPunct('.'))
        && c.peek(1).is(Type.NUMBER)
        && c.peek(1).text().length() == 2) {
      c.skip(2);
      return c.peek(-1).value();
    }
    return 0;
  }
}
