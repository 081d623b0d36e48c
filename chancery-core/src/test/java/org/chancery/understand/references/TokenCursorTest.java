package org.chancery.understand.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chancery.understand.references.Token.Type;
import org.junit.jupiter.api.Test;

class TokenCursorTest {
  static TokenCursor over(String text) {
    return new TokenCursor(text, Tokenizer.tokenize(text));
  }

  @Test
  void readsForwardAndLooksAheadAndBehind() {
    TokenCursor c = over("Your 237, April 30");
    assertEquals(5, c.size());
    assertEquals("Your", c.next().text());
    assertEquals("237", c.peek().text());
    assertEquals(",", c.peek(1).text());
    assertEquals("Your", c.peek(-1).text());
    assertTrue(c.has(-1));
    assertTrue(c.has(3));
    assertFalse(c.has(4));
    assertTrue(c.isAt(Type.NUMBER));
    c.skip(4);
    assertTrue(c.atEnd());
    assertFalse(c.isAt(Type.NUMBER));
    assertEquals("April", c.at(3).text());
  }

  @Test
  void acceptsOnlyTheTokenAsked() {
    TokenCursor c = over("of March 3, 1917");
    assertFalse(c.accept(','));
    assertTrue(c.acceptWord(List.of("OF", "dated")));
    assertFalse(c.acceptWord(List.of("of")));
    assertEquals(Optional.of(3), c.acceptWordOf(Map.of("march", 3)));
    c.skip(1);
    assertTrue(c.accept(','));
    assertEquals("1917", c.next().text());
    assertFalse(c.accept(','));
    assertFalse(c.acceptWord(List.of("of")));
    assertEquals(Optional.empty(), c.acceptWordOf(Map.of("of", 1)));
  }

  @Test
  void aFailedAttemptPutsThePositionBack() {
    TokenCursor c = over("No. 45 of March");
    Optional<String> none =
        c.attempt(
            () -> {
              c.skip(3);
              return Optional.empty();
            });
    assertEquals(Optional.empty(), none);
    assertEquals(0, c.position());

    assertEquals(Optional.of("No"), c.attempt(() -> Optional.of(c.next().text())));
    assertEquals(1, c.position());

    assertFalse(c.attemptMatch(() -> c.accept('.') && c.accept(',')));
    assertEquals(1, c.position());
    assertTrue(c.attemptMatch(() -> c.accept('.')));
    assertEquals(2, c.position());
  }

  @Test
  void givesTheTextOfWhatItRead() {
    TokenCursor c = over("Reference my 117, June 13, 11 p.m.");
    c.moveTo(1);
    int from = c.position();
    c.skip(7);
    assertEquals("my 117, June 13, 11", c.textFrom(from));
    c.skip(1);
    assertEquals("my 117, June 13, 11 p.m.", c.textFrom(from));
    assertEquals(34, c.lastEnd());
  }

  @Test
  void testsWordsAheadByTheirLowerCase() {
    TokenCursor c = over("Department's Circular telegram");
    assertTrue(c.isWordAt(1, Set.of("circular")));
    assertTrue(c.isWordAt(2, Set.of("telegram")));
    assertFalse(c.isWordAt(3, Set.of("telegram")));
    assertFalse(c.isWordAt(-1, Set.of("telegram")));
    assertEquals('D', c.firstChar());
    assertEquals('s', c.lastChar());
    assertEquals("department's".hashCode(), c.lowerHash());
  }
}
