package org.chancery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.chancery.search.Snippet.Part;
import org.chancery.search.Snippet.Range;
import org.junit.jupiter.api.Test;

class SnippetTest {
  @Test
  void foldsWhitespaceRunsIntoOneSpaceAndKeepsMarkupAsText() {
    String content = "  Reference my 117,\n\t June 13 <b> & \"Red\"  Army ";
    Snippet s = new Snippet.Builder().add(content, 0, content.length()).build();
    assertEquals(new Snippet("Reference my 117, June 13 <b> & \"Red\" Army", List.of()), s);
  }

  @Test
  void addsOnlyTheRangeAskedFor() {
    String content = "Telegram 131. Moscow, June 14";
    Snippet.Builder b = new Snippet.Builder().add("… ").add(content, 9, 13).add(content, 13, 9);
    assertEquals("… 131.", b.build().text());
  }

  @Test
  void highlightsWhatIsAddedBetweenOpenAndClose() {
    String content = "the Red  Army and the flag";
    Snippet s =
        new Snippet.Builder()
            .add(content, 0, 4)
            .open()
            .add(content, 4, 13)
            .close()
            .add(content, 13, 22)
            .open()
            .close()
            .open()
            .add(content, 22, 26)
            .close()
            .build();
    assertEquals("the Red Army and the flag", s.text());
    assertEquals(List.of(new Range(4, 12), new Range(21, 25)), s.highlights());
    assertEquals(
        List.of(
            new Part("the ", false),
            new Part("Red Army", true),
            new Part(" and the ", false),
            new Part("flag", true)),
        s.parts());
    assertEquals("the «Red Army» and the «flag»", s.marked("«", "»"));
  }

  @Test
  void refusesHighlightsOutOfOrderOrOutsideTheText() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Snippet("Red Army", List.of(new Range(4, 8), new Range(0, 3))));
    assertThrows(
        IllegalArgumentException.class, () -> new Snippet("Red", List.of(new Range(0, 4))));
    assertThrows(IllegalArgumentException.class, () -> new Range(3, 3));
  }

  @Test
  void noneIsEmpty() {
    assertEquals(List.of(), Snippet.NONE.parts());
    assertEquals("", Snippet.NONE.marked("«", "»"));
  }
}
