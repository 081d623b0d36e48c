package org.chancery.read.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.chancery.model.Block;
import org.chancery.model.Block.Kind;
import org.chancery.model.PageBreak;
import org.chancery.model.PersonName;
import org.junit.jupiter.api.Test;

class BlockAssemblerTest {

  @Test
  void splitsAParagraphAroundAQuote() {
    BlockAssembler a = new BlockAssembler();
    a.start(Kind.PARAGRAPH);
    text(a, "He said: ");
    a.start(Kind.QUOTATION);
    a.start(Kind.PARAGRAPH);
    text(a, "No.");
    a.end(Kind.PARAGRAPH);
    a.end(Kind.QUOTATION);
    text(a, " Then he left.");
    a.end(Kind.PARAGRAPH);
    assertEquals(
        List.of(
            block(Kind.PARAGRAPH, "He said:"),
            block(Kind.QUOTATION, "No."),
            block(Kind.PARAGRAPH, "Then he left.")),
        a.finish());
  }

  @Test
  void givesAPageBreakBetweenBlocksToTheNextBlock() {
    BlockAssembler a = new BlockAssembler();
    a.pageBreak("5", Optional.empty());
    a.start(Kind.PARAGRAPH);
    text(a, "Text.");
    a.end(Kind.PARAGRAPH);
    assertEquals(List.of(new PageBreak(0, "5", Optional.empty())), a.finish().get(0).anchors());
  }

  @Test
  void readsEverythingInATableAsItsText() {
    BlockAssembler a = new BlockAssembler();
    a.start(Kind.TABLE);
    a.row();
    a.cell();
    a.start(Kind.PARAGRAPH);
    text(a, "a");
    a.end(Kind.PARAGRAPH);
    a.cell();
    text(a, "b");
    a.row();
    a.cell();
    a.lineBreak();
    a.end(Kind.TABLE);
    assertEquals(List.of(block(Kind.TABLE, "a\tb\n\n")), a.finish());
  }

  private static Block block(Kind kind, String text) {
    return new Block(kind, 0, Optional.empty(), text, List.of());
  }

  private static void text(BlockAssembler a, String s) {
    a.text(s.toCharArray(), 0, s.length());
  }

  @Test
  void keepsANameThatEndsInItsBlockAndDropsOneCutByAnother() {
    BlockAssembler a = new BlockAssembler();
    a.start(Kind.PARAGRAPH);
    text(a, "Ask ");
    a.startPersonName("p_SJF1", Optional.of("Stevens, John F."), Optional.empty(), false);
    text(a, " Stevens ");
    a.endPersonName();
    a.startPersonName("p_X1", Optional.empty(), Optional.empty(), false);
    text(a, "and");
    a.start(Kind.QUOTATION);
    text(a, "Quoted.");
    a.end(Kind.QUOTATION);
    a.endPersonName();
    a.end(Kind.PARAGRAPH);
    List<Block> blocks = a.finish();
    assertEquals("Ask Stevens and", blocks.get(0).text());
    assertEquals(
        List.of(new PersonName(4, 11, "p_SJF1", Optional.of("Stevens, John F."), Optional.empty())),
        blocks.get(0).anchors());
    assertEquals(List.of(), blocks.get(1).anchors());
  }
}
