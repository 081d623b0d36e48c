package org.chancery.read.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextBufferTest {

  @Test
  void collapsesWhitespaceAndTrims() {
    TextBuffer b = new TextBuffer();
    append(b, "\n   The King\t is\r\n");
    append(b, "  well. ");
    assertEquals("The King is well.", b.take());
    assertEquals("", b.take());
  }

  @Test
  void keepsSeparatorsWithoutSpacesAroundThem() {
    TextBuffer b = new TextBuffer();
    append(b, "Year ");
    b.separator('\t');
    append(b, " Total");
    b.separator('\t');
    b.separator('\n');
    append(b, "1933");
    assertEquals("Year\tTotal\t\n1933", b.take());
  }

  @Test
  void pointsPastAWaitingSpace() {
    TextBuffer b = new TextBuffer();
    append(b, "urged him ");
    assertEquals(10, b.nextOffset());
    assertEquals(9, b.length());
  }

  private static void append(TextBuffer b, String s) {
    b.append(s.toCharArray(), 0, s.length());
  }
}
