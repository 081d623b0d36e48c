package org.chancery.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.chancery.model.Block;
import org.chancery.model.DocumentDate;
import org.junit.jupiter.api.Test;

class ClosingDatelineTest {

  private static Block paragraph(String text) {
    return new Block(Block.Kind.PARAGRAPH, 0, Optional.empty(), text, List.of());
  }

  @Test
  void readsAPlaceAndDateThatStandAlone() {
    ClosingDateline d = ClosingDateline.of("Washington, July 17, 1918.").orElseThrow();
    assertEquals(Optional.of("Washington"), d.place());
    assertEquals("July 17, 1918", d.printedDate());
    assertEquals(DocumentDate.parse("1918-07-17"), d.date());
    assertEquals(
        Optional.of("Washington"),
        ClosingDateline.of("[Washington,] March 31, 1925.").orElseThrow().place());
    assertEquals(
        Optional.of("Executive Mansion, Washington"),
        ClosingDateline.of("Executive Mansion, Washington, March 2, 1897.").orElseThrow().place());
    assertEquals(Optional.empty(), ClosingDateline.of("March 31, 1925.").orElseThrow().place());
  }

  @Test
  void refusesSentencesThatOnlyMentionADate() {
    assertEquals(
        Optional.empty(),
        ClosingDateline.of("Done at London this fifth day of July, 1930, in a single copy."));
    assertEquals(
        Optional.empty(), ClosingDateline.of("The Embassy replied on July 17, 1918, as follows."));
    assertEquals(Optional.empty(), ClosingDateline.of("Washington, July 17."));
  }

  @Test
  void takesOnlyTheDocumentsOwnLastParagraphBeforeItsSignature() {
    Block closer = new Block(Block.Kind.CLOSER, 0, Optional.empty(), "Robert Lansing", List.of());
    Block enclosure =
        new Block(Block.Kind.PARAGRAPH, 1, Optional.empty(), "London, July 1, 1918.", List.of());
    assertEquals(
        Optional.of(DocumentDate.parse("1918-07-17")),
        ClosingDateline.in(
                List.of(paragraph("Text."), paragraph("Washington, July 17, 1918."), closer))
            .map(ClosingDateline::date));
    assertEquals(
        Optional.of(DocumentDate.parse("1918-07-17")),
        ClosingDateline.in(List.of(paragraph("Washington, July 17, 1918."), enclosure))
            .map(ClosingDateline::date));
    assertEquals(
        Optional.empty(),
        ClosingDateline.in(List.of(paragraph("Washington, July 17, 1918."), paragraph("Text."))));
  }
}
