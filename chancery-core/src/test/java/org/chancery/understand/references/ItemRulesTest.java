package org.chancery.understand.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.chancery.understand.references.Reference.Item;
import org.junit.jupiter.api.Test;

class ItemRulesTest {
  private static final Optional<LocalDate> MAY_2_1934 = Optional.of(LocalDate.of(1934, 5, 2));

  private static ItemRules rules(TokenCursor c) {
    return new ItemRules(c, new DateRules(c, MAY_2_1934));
  }

  private static List<Item> numbers(String text) {
    return rules(TokenCursorTest.over(text)).numbers().orElseThrow();
  }

  private static List<Item> dated(String text, boolean ownerOnly) {
    return rules(TokenCursorTest.over(text)).dated(ownerOnly).orElseThrow();
  }

  private static List<String> numbersOf(List<Item> items) {
    return items.stream().map(i -> i.number().orElse("-")).toList();
  }

  @Test
  void readsANumberWithItsDateAndTime() {
    Item i = numbers("237, April 30, 2 p.m.").get(0);
    assertEquals(Optional.of("237"), i.number());
    assertEquals(Optional.of(LocalDate.of(1934, 4, 30)), i.date());
    assertEquals(Optional.of(LocalTime.of(14, 0)), i.time());
    assertEquals(Optional.of("April 30, 2 p.m."), i.dateText());
    assertEquals(0, i.start());
    assertEquals(21, i.end());
  }

  @Test
  void readsAListOfNumbers() {
    assertEquals(List.of("12", "13"), numbersOf(numbers("Nos. 12 and 13")));
    assertEquals(List.of("43", "44", "45"), numbersOf(numbers("43, 44 and 45")));
    assertEquals(List.of("46", "49"), numbersOf(numbers("No. 46, and No. 49")));
    assertEquals(List.of("L–307"), numbersOf(numbers("L–307")));
  }

  @Test
  void aDateWrittenOnceAfterAListIsEachNumbersDate() {
    List<Item> items = numbers("Nos. 1, 4, and 5 of January 6");
    assertEquals(List.of("1", "4", "5"), numbersOf(items));
    for (Item i : items) assertEquals(Optional.of(LocalDate.of(1934, 1, 6)), i.date());
    assertEquals(List.of(true, true, false), items.stream().map(Item::sharedDate).toList());
  }

  @Test
  void keepsTheEditorsCorrection() {
    Item i = numbers("326 [362], May 1").get(0);
    assertEquals(Optional.of("326"), i.number());
    assertEquals(Optional.of("362"), i.corrected());
    assertEquals(Optional.of(LocalDate.of(1934, 5, 1)), i.date());
  }

  @Test
  void aBareNumberMustNotBeAYearOrACount() {
    for (String text :
        new String[] {"1917", "2 telegrams", "14 points", "5%", "3 p.m.", "1234567"}) {
      TokenCursor c = TokenCursorTest.over(text);
      assertEquals(Optional.empty(), rules(c).numbers(), text);
      assertEquals(0, c.position(), text);
    }
    assertEquals(List.of("1917"), numbersOf(numbers("No. 1917")));
    assertEquals(List.of("2"), numbersOf(numbers("2 London")));
  }

  @Test
  void readsMessagesNamedByTheirDates() {
    List<Item> items = dated("of March 3, 1917", false);
    assertEquals(1, items.size());
    assertEquals(Optional.empty(), items.get(0).number());
    assertEquals(Optional.of(LocalDate.of(1917, 3, 3)), items.get(0).date());
    assertEquals(3, items.get(0).start());

    List<Item> two = dated("of May 3 and the 5th instant", false);
    assertEquals(
        List.of(LocalDate.of(1934, 5, 3), LocalDate.of(1934, 5, 5)),
        two.stream().map(i -> i.date().orElseThrow()).toList());
  }

  @Test
  void aNumberMayFollowTheDate() {
    Item i = dated("of the 18th of July, No. 515", false).get(0);
    assertEquals(Optional.of("515"), i.number());
    assertEquals(Optional.of(LocalDate.of(1933, 7, 18)), i.date());
    assertEquals(Optional.of("the 18th of July"), i.dateText());
  }

  @Test
  void afterAnOwnerAloneOneDateThatNamesItsMonth() {
    Item i = dated("November 20th, 8 P.M. and May 3", true).get(0);
    assertEquals(Optional.of(LocalTime.of(20, 0)), i.time());
    assertEquals(1, dated("November 20th and May 3", true).size());
    TokenCursor c = TokenCursorTest.over("the 3d instant");
    assertEquals(Optional.empty(), rules(c).dated(true));
    assertEquals(0, c.position());
  }

  @Test
  void aSeparatorIsACommaAnAndOrBoth() {
    for (String text : new String[] {",", "and", ", and"}) {
      TokenCursor c = TokenCursorTest.over(text);
      assertTrue(ItemRules.listSeparator(c), text);
      assertTrue(c.atEnd(), text);
    }
    assertFalse(ItemRules.listSeparator(TokenCursorTest.over("or")));
  }
}
