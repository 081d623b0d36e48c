package org.chancery.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.chancery.Documents;
import org.junit.jupiter.api.Test;

class SearchTextTest {
  private static Block block(Block.Kind kind, int attachment, String label, String text) {
    return new Block(kind, attachment, Optional.ofNullable(label), text, List.of());
  }

  @Test
  void headingDatelineBodyFootnotesAndSourceNotesApartByBlankLines() {
    List<Block> blocks =
        List.of(
            block(Block.Kind.HEADING, 0, null, "The Chargé to the Secretary of State"),
            block(Block.Kind.DATELINE, 0, null, "Moscow, June 14, 1934."),
            block(Block.Kind.PARAGRAPH, 0, null, "Reference my 117."),
            block(Block.Kind.ITEM, 0, "1.", "Troops moved."),
            block(Block.Kind.HEADING, 1, null, "Enclosure"));
    Document d =
        Documents.telegram(
            "frus1934v04",
            "d131",
            null,
            List.of(
                new SourceNote("861.20/406: Telegram", List.of()), new SourceNote(" ", List.of())),
            blocks,
            List.of(new Footnote("1", "d131fn1", "Not printed.", List.of())));
    SearchText t = SearchText.of(d);
    String want =
        "The Chargé to the Secretary of State\n\nMoscow, June 14, 1934.\n\n"
            + "Reference my 117.\n\n1.\nTroops moved.\n\nEnclosure\n\n"
            + "Not printed.\n\n861.20/406: Telegram";
    assertEquals(want, t.text());
    for (int i = 0; i < blocks.size(); i++) {
      assertEquals(blocks.get(i).text(), at(t, t.block(i), blocks.get(i).text()), "block " + i);
    }
    assertEquals("Not printed.", at(t, t.footnote(0), "Not printed."));
    assertEquals("861.20/406: Telegram", at(t, t.sourceNote(0), "861.20/406: Telegram"));
    assertEquals(-1, t.sourceNote(1), "a blank note is left out");
  }

  private static String at(SearchText t, int start, String expected) {
    return t.text().substring(start, start + expected.length());
  }
}
