package org.chancery.understand.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.chancery.Documents;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.junit.jupiter.api.Test;

class ForwardingsTest {
  private static Block block(Block.Kind kind, String text) {
    return new Block(kind, 0, Optional.empty(), text, List.of());
  }

  private static Document telegram(Block... blocks) {
    return Documents.telegram("1930-07-15", List.of(blocks), List.of());
  }

  @Test
  void theAnnouncementMayDateTheCarriedMessage() {
    String text =
        "60. The following telegram was sent to Nicaragua, July 14, 9 p.m.: \"Your July 9, 3 p.m."
            + " The President agrees.\" I have nothing to add.";
    Document d = telegram(block(Block.Kind.PARAGRAPH, text));
    Forwarding f = Forwardings.of(d).orElseThrow();
    assertEquals("Nicaragua", f.to());
    assertEquals(Optional.of(LocalDate.of(1930, 7, 14)), f.date());
    assertEquals(Optional.of(LocalTime.of(21, 0)), f.time());
    assertEquals("Your July 9, 3 p.m. The President agrees.", text.substring(f.start(), f.end()));
    List<Reference> refs = ReferenceGrammar.find(d);
    assertTrue(f.holds(refs.get(0)), refs.toString());
    // Quoted as a whole by the carrying telegram, not by its writer.
    assertTrue(refs.get(0).quoted());
    assertFalse(f.quotes(refs.get(0), text));
  }

  @Test
  void aMessageAnnouncedAtAParagraphsEndRunsToTheEndOfTheTelegram() {
    Document d =
        telegram(
            block(
                Block.Kind.PARAGRAPH,
                "88. I have today telegraphed the Legation at Managua as follows:"),
            block(Block.Kind.PARAGRAPH, "July 15, noon. Your 41, July 13."),
            block(Block.Kind.QUOTATION, "“Referring to my note of July 2”"),
            block(Block.Kind.CLOSER, "Lay"));
    Forwarding f = Forwardings.of(d).orElseThrow();
    assertEquals("the Legation at Managua", f.to());
    assertEquals(Optional.of(LocalTime.NOON), f.time());
    assertEquals(List.of(1, 0, 2), List.of(f.block(), f.start(), f.lastBlock()));
    List<Reference> refs = ReferenceGrammar.find(d);
    assertEquals(List.of(true, true), refs.stream().map(f::holds).toList());
    // A quotation within the carried message stays one.
    assertTrue(f.quotes(refs.get(1), d.blocks().get(2).text()));
  }

  @Test
  void announcesOnlyAMessageSentToAnOffice() {
    assertEquals(
        Optional.empty(),
        Forwardings.of(
            telegram(
                block(Block.Kind.PARAGRAPH, "The following is the substance of his reply:"),
                block(Block.Kind.PARAGRAPH, "He said the following: the treaty stands."))));
  }
}
