package org.chancery.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as one line of HTML: whitespace runs become one space, {@code &},
 * {@code <}, {@code >} and {@code "} are escaped, matches are marked {@code <b>…</b>}, and an
 * ellipsis stands where text was left out.
 */
final class SnippetFormatter extends PassageFormatter {
  static final String ELLIPSIS = "…";

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder sb = new StringBuilder();
    int last = 0;
    for (Passage p : passages) {
      if (p.getStartOffset() > last || sb.length() > 0) sb.append(ELLIPSIS).append(' ');
      passage(sb, p, content);
      last = p.getEndOffset();
    }
    if (last < content.length()) sb.append(' ').append(ELLIPSIS);
    return sb.toString().strip();
  }

  private static void passage(StringBuilder sb, Passage p, String content) {
    int pos = p.getStartOffset();
    int[] starts = p.getMatchStarts();
    int[] ends = p.getMatchEnds();
    for (int i = 0; i < p.getNumMatches(); i++) {
      if (ends[i] <= pos) continue; // overlaps a match already marked
      int start = Math.max(starts[i], pos);
      text(sb, content, pos, start);
      sb.append("<b>");
      text(sb, content, start, ends[i]);
      sb.append("</b>");
      pos = ends[i];
    }
    text(sb, content, pos, p.getEndOffset());
  }

  /**
   * Appends {@code content[from, to)} escaped, whitespace runs as one space; nothing if {@code to}
   * is not after {@code from} (a match may end past its passage).
   */
  static void text(StringBuilder sb, String content, int from, int to) {
    if (to <= from) return;
    int run = from; // start of the characters not yet appended, which need no change
    for (int i = from; i < to; i++) {
      char c = content.charAt(i);
      String escaped = escaped(c);
      boolean space = Character.isWhitespace(c);
      if (escaped == null && !space) continue;
      sb.append(content, run, i);
      run = i + 1;
      if (escaped != null) sb.append(escaped);
      else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
    }
    sb.append(content, run, to);
  }

  private static String escaped(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      default -> null;
    };
  }
}
