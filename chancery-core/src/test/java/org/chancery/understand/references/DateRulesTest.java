package org.chancery.understand.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.chancery.understand.references.DateRules.Dated;
import org.junit.jupiter.api.Test;

class DateRulesTest {
  private static final Optional<LocalDate> MAY_2_1934 = Optional.of(LocalDate.of(1934, 5, 2));

  private static Dated read(String text, Optional<LocalDate> anchor) {
    TokenCursor c = TokenCursorTest.over(text);
    Optional<Dated> d = new DateRules(c, anchor).date();
    assertTrue(d.isPresent(), () -> "no date in '" + text + "'");
    return d.get();
  }

  private static void assertDate(String text, String date, String time, String written) {
    Dated d = read(text, MAY_2_1934);
    assertEquals(Optional.ofNullable(date).map(LocalDate::parse), d.date(), text);
    assertEquals(Optional.ofNullable(time).map(LocalTime::parse), d.time(), text);
    assertEquals(Optional.of(written), d.text(), text);
  }

  @Test
  void readsAMonthAndDayWithItsTime() {
    assertDate("April 30, 2 p.m.", "1934-04-30", "14:00", "April 30, 2 p.m.");
    assertDate("April 30 — 11:30 a.m.", "1934-04-30", "11:30", "April 30 — 11:30 a.m.");
    assertDate("Sept. 3d, 6 P. M.", "1933-09-03", "18:00", "Sept. 3d, 6 P. M.");
    assertDate("May 1, noon", "1934-05-01", "12:00", "May 1, noon");
    assertDate("May 1, midnight", "1934-05-01", "00:00", "May 1, midnight");
    assertDate("May 1, 12 p.m.", "1934-05-01", "00:00", "May 1, 12 p.m.");
  }

  @Test
  void aDayWithoutAYearIsTheLatestNotAfterTheCitingDate() {
    assertDate("June 13, 11 p.m.", "1933-06-13", "23:00", "June 13, 11 p.m.");
    assertDate("May 3", "1934-05-03", null, "May 3");
    assertDate("March 3, 1917", "1917-03-03", null, "March 3, 1917");
    assertDate("April 30 last", "1934-04-30", null, "April 30 last");
  }

  @Test
  void theEditorsCorrectionsWin() {
    assertDate("December 12 [13]", "1933-12-13", null, "December 12 [13]");
    assertDate("April 6, 6 [7] p.m.", "1934-04-06", "19:00", "April 6, 6 [7] p.m.");
  }

  @Test
  void readsOrdinalAndRelativeDays() {
    assertDate("the 3d instant", "1934-05-03", null, "the 3d instant");
    assertDate("the 9th ultimo", "1934-04-09", null, "the 9th ultimo");
    assertDate("20th inst.", "1934-05-20", null, "20th inst.");
    assertDate("the 18th of July", "1933-07-18", null, "the 18th of July");
    assertDate("the 18th of July, 1919", "1919-07-18", null, "the 18th of July, 1919");
    assertDate("yesterday", "1934-05-01", null, "yesterday");
    assertDate("today, 4 p.m.", "1934-05-02", "16:00", "today, 4 p.m.");
    assertDate("even date", "1934-05-02", null, "even date");
  }

  @Test
  void withoutAnAnchorADayWithoutAYearStaysEmptyButIsRead() {
    Dated d = read("April 30, 2 p.m.", Optional.empty());
    assertEquals(Optional.empty(), d.date());
    assertEquals(Optional.of(LocalTime.of(14, 0)), d.time());
    assertEquals(Optional.of("April 30, 2 p.m."), d.text());
  }

  @Test
  void aTimeWithoutAMeridiemIsNotRead() {
    TokenCursor c = TokenCursorTest.over("April 30, 2 copies");
    Dated d = new DateRules(c, MAY_2_1934).date().orElseThrow();
    assertEquals(Optional.empty(), d.time());
    assertEquals(Optional.of("April 30"), d.text());
    assertEquals(2, c.position());
  }

  @Test
  void whatIsNoDateLeavesTheCursorWhereItWas() {
    for (String text : new String[] {"April showers", "May 45", "the 3d of the", "this day", ""}) {
      TokenCursor c = TokenCursorTest.over(text);
      assertEquals(Optional.empty(), new DateRules(c, MAY_2_1934).date(), text);
      assertEquals(0, c.position(), text);
    }
  }

  @Test
  void knowsMonthsAndYears() {
    assertTrue(DateRules.namesMonth(Tokenizer.tokenize("Sept").get(0)));
    assertFalse(DateRules.namesMonth(Tokenizer.tokenize("Monday").get(0)));
    assertTrue(DateRules.isYear(Tokenizer.tokenize("1917").get(0)));
    assertFalse(DateRules.isYear(Tokenizer.tokenize("2017").get(0)));
    assertFalse(DateRules.isYear(Tokenizer.tokenize("917").get(0)));
  }
}
