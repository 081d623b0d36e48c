package org.chancery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetFormatterTest {
  private static Passage passage(int start, int end, int... matches) {
    Passage p = new Passage();
    p.setStartOffset(start);
    p.setEndOffset(end);
    for (int i = 0; i < matches.length; i += 2)
      p.addMatch(matches[i], matches[i + 1], new BytesRef("x"), 1);
    return p;
  }

  @Test
  void marksMatchesAndLeavesOutWhatLiesBetweenPassages() {
    String content = "Telegram.  The Red Army & <the> flag. Nothing here. The army again. End";
    Snippet s =
        new SnippetFormatter()
            .format(
                new Passage[] {passage(11, 38, 15, 18, 19, 23), passage(52, 67, 56, 60)}, content);
    assertEquals("… The Red Army & <the> flag. … The army again. …", s.text());
    assertEquals("… The [Red] [Army] & <the> flag. … The [army] again. …", s.marked("[", "]"));
  }

  @Test
  void aPassageAtTheStartHasNoEllipsisBeforeItAndAMatchInsideAnotherIsMarkedOnce() {
    String content = "Red Army officers";
    Snippet s = new SnippetFormatter().format(new Passage[] {passage(0, 17, 0, 8, 4, 8)}, content);
    assertEquals("[Red Army] officers", s.marked("[", "]"));
    assertEquals(List.of(new Snippet.Range(0, 8)), s.highlights());
  }
}
