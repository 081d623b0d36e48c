package org.chancery.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as a {@link Snippet}: one line of text, whitespace runs as one
 * space, an ellipsis where text was left out, and the matches as ranges of it.
 */
final class SnippetFormatter extends PassageFormatter {
  @Override
  public Snippet format(Passage[] passages, String content) {
    Snippet.Builder b = new Snippet.Builder();
    int last = 0;
    for (Passage p : passages) {
      if (p.getStartOffset() > last || !b.isEmpty()) b.add(Snippet.ELLIPSIS + " ");
      passage(b, p, content);
      last = p.getEndOffset();
    }
    if (last < content.length()) b.add(" " + Snippet.ELLIPSIS);
    return b.build();
  }

  private static void passage(Snippet.Builder b, Passage p, String content) {
    int pos = p.getStartOffset();
    int[] starts = p.getMatchStarts();
    int[] ends = p.getMatchEnds();
    for (int i = 0; i < p.getNumMatches(); i++) {
      if (ends[i] <= pos) continue; // overlaps a match already marked
      int start = Math.max(starts[i], pos);
      b.add(content, pos, start).open().add(content, start, ends[i]).close();
      pos = ends[i];
    }
    b.add(content, pos, p.getEndOffset());
  }
}
