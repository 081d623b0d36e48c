package org.chancery.understand.references;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.DocumentType;
import org.junit.jupiter.api.Test;

class DocumentDatesTest {
  private static Document memorandum(Optional<DocumentDate> date, String... paragraphs) {
    List<Block> blocks =
        java.util.Arrays.stream(paragraphs)
            .map(p -> new Block(Block.Kind.PARAGRAPH, 0, Optional.empty(), p, List.of()))
            .toList();
    return new Document(
        "v",
        "d1",
        Optional.of("1"),
        Optional.empty(),
        Optional.empty(),
        DocumentType.MEMORANDUM,
        false,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        date,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        blocks,
        List.of(),
        Optional.empty());
  }

  @Test
  void memorandumWithoutDatelineIsDatedByItsFootLine() {
    Document d =
        memorandum(
            Optional.empty(),
            "Memorandum",
            "The attached notes give the position.",
            "Washington, May 7, 1917.");
    assertEquals(Optional.of(LocalDate.of(1917, 5, 7)), DocumentDates.of(d).map(DocumentDate::day));
  }

  @Test
  void footLineMayCarryTheDayReceived() {
    Document d =
        memorandum(
            Optional.empty(),
            "The British Chargé presents his compliments.",
            "Washington, November 1, 1918. [Received November 2.]");
    assertEquals(
        Optional.of(LocalDate.of(1918, 11, 1)), DocumentDates.of(d).map(DocumentDate::day));
  }

  @Test
  void datelineWinsAndADateInProseIsNoFootLine() {
    DocumentDate dateline = DocumentDate.parse("1917-05-08");
    assertEquals(
        Optional.of(dateline),
        DocumentDates.of(memorandum(Optional.of(dateline), "Washington, May 7, 1917.")));
    assertEquals(
        Optional.empty(),
        DocumentDates.of(memorandum(Optional.empty(), "We met on May 7, 1917, at noon.")));
  }
}
