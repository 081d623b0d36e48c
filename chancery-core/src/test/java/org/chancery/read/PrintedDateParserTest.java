package org.chancery.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.chancery.model.DocumentDate;
import org.junit.jupiter.api.Test;

class PrintedDateParserTest {

  private static String iso(String printed) {
    return PrintedDateParser.parse(printed).map(DocumentDate::iso).orElse("none");
  }

  @Test
  void readsDatesWithTimes() {
    assertEquals("1937-06-13T23:00", iso("June 13, 1937—11 p.m."));
    assertEquals("1934-04-30T14:00", iso("April 30, 1934—2 p.m."));
    assertEquals("1934-03-15T07:05", iso("March 15, 1934—7:05 a.m."));
    assertEquals("1934-04-30T12:00", iso("April 30, 1934—noon"));
  }

  @Test
  void readsDatesWithoutTimes() {
    assertEquals("1861-03-09", iso("March 9, 1861."));
  }

  @Test
  void guessesNothing() {
    assertEquals("none", iso("April 30—10:30 a.m."));
    assertEquals("none", iso("February 30, 1934"));
    assertEquals(Optional.empty(), PrintedDateParser.parse(""));
  }
}
