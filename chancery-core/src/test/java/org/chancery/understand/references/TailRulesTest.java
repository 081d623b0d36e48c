package org.chancery.understand.references;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TailRulesTest {

  private static Optional<String> paragraph(String text) {
    return new TailRules(TokenCursorTest.over(text)).paragraph();
  }

  private static Optional<String> routing(String text) {
    return new TailRules(TokenCursorTest.over(text)).routing();
  }

  @Test
  void readsParagraphNumbers() {
    assertEquals(Optional.of("3"), paragraph(", paragraph 3"));
    assertEquals(Optional.of("2, 4"), paragraph(" sections 2 and 4"));
    assertEquals(Optional.of("5, 6, 7"), paragraph("para. 5, 6, and 7"));
    assertEquals(Optional.empty(), paragraph("paragraph two"));
  }

  @Test
  void aParagraphListStopsBeforeASeparatorWithoutANumber() {
    TokenCursor c = TokenCursorTest.over("paragraph 3, and the");
    assertEquals(Optional.of("3"), new TailRules(c).paragraph());
    assertEquals(2, c.position());
  }

  @Test
  void readsRoutes() {
    assertEquals(Optional.of("to London"), routing(" to London"));
    assertEquals(Optional.of("from Geneva"), routing(", from Geneva"));
    assertEquals(Optional.of("from MacDonald"), routing("from Mr. Thomas H. MacDonald"));
  }

  @Test
  void anAddresseeOrADateIsNoRoute() {
    for (String text :
        new String[] {"to Mr. Storer", "to the Department", "from May 3", "to his"}) {
      TokenCursor c = TokenCursorTest.over(text);
      assertEquals(Optional.empty(), new TailRules(c).routing(), text);
      assertEquals(0, c.position(), text);
    }
  }
}
