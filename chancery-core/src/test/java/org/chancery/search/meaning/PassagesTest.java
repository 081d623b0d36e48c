package org.chancery.search.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PassagesTest {
  private static String words(int n) {
    return IntStream.range(0, n).mapToObj(i -> "w" + i).collect(Collectors.joining(" \n "));
  }

  @Test
  void cutsIntoPassagesOfAtMostTheirWords() {
    List<String> p = Passages.of(words(450));
    assertEquals(3, p.size());
    assertEquals(Passages.WORDS, p.get(0).split(" ").length);
    assertEquals(Passages.WORDS, p.get(1).split(" ").length);
    assertEquals(50, p.get(2).split(" ").length);
    assertTrue(p.get(0).startsWith("w0 w1 "), "line breaks become single spaces");
    assertTrue(p.get(1).startsWith("w200 "));
  }

  @Test
  void readsOnlyTheFirstPassagesOfALongDocument() {
    List<String> p = Passages.of(words(Passages.WORDS * (Passages.MOST + 3) + 7));
    assertEquals(Passages.MOST, p.size());
    assertTrue(p.get(Passages.MOST - 1).endsWith("w" + (Passages.WORDS * Passages.MOST - 1)));
  }

  @Test
  void aBlankTextHasNone() {
    assertEquals(List.of(), Passages.of(" \n\t "));
    assertEquals(List.of("Paris"), Passages.of("  Paris  "));
  }
}
