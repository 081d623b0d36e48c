package org.chancery.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.chancery.model.Serial;
import org.junit.jupiter.api.Test;

class SerialParserTest {

  private static Optional<Serial> first(String p) {
    return SerialParser.fromFirstParagraph(p, "");
  }

  @Test
  void readsATelegramNumber() {
    assertEquals(
        Optional.of(new Serial("237", Optional.empty(), Optional.empty())),
        first("237. 1. Alvarez del Vayo called."));
  }

  @Test
  void keepsTheEditorsCorrection() {
    Serial s = first("7956 [7946]. Your 5598 to London.").orElseThrow();
    assertEquals("7956", s.printed());
    assertEquals(Optional.of("7946"), s.corrected());
    assertEquals("7946", s.effective());
  }

  @Test
  void keepsASecondSeriesNumber() {
    Serial s = first("43. L–315. Department’s 30.").orElseThrow();
    assertEquals("43", s.printed());
    assertEquals(Optional.of("L–315"), s.series());
  }

  @Test
  void keepsASecondSeriesNumberBeforeAComma() {
    Serial s = first("30. L–195, for Herrick, Kellogg and Logan. Your L–312.").orElseThrow();
    assertEquals("30", s.printed());
    assertEquals(Optional.of("L–195"), s.series());
  }

  @Test
  void readsADespatchNumber() {
    assertEquals("562", first("No. 562").orElseThrow().printed());
    assertEquals("378", SerialParser.fromNumberLine("No. 378.]").orElseThrow().printed());
  }

  @Test
  void tellsTheFirstOfNumberedParagraphsFromASerial() {
    assertEquals(
        Optional.empty(),
        SerialParser.fromFirstParagraph("1. The Commission met.", "2. It adjourned."));
    assertEquals(
        "1",
        SerialParser.fromFirstParagraph("1. Your 5, June 2.", "The Commission met.")
            .orElseThrow()
            .printed());
  }

  @Test
  void findsNoSerialInOrdinaryProse() {
    assertEquals(Optional.empty(), first("Sir: I have the honor to report."));
    assertEquals(Optional.empty(), first("12 men were killed in the riots."));
  }
}
