package org.chancery.search.meaning;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's words cut into passages the model reads whole: at most {@link #WORDS} words each,
 * and at most {@link #MOST} of them, from the start.
 *
 * <p>all-MiniLM-L6-v2 was trained on passages of up to 256 word pieces; 200 printed words come to
 * about that (a word is 1.2 to 1.4 pieces in FRUS prose). A despatch states its subject early, and
 * the longest documents (reports of 20,000 words) would otherwise cost a hundred times a telegram:
 * eight passages bound the cost of any one document to about 0.2 s on one core.
 */
public final class Passages {
  /** The most words of one passage. */
  public static final int WORDS = 200;

  /** The most passages read of one document. */
  public static final int MOST = 8;

  private Passages() {}

  /** The passages of {@code text}, in order; none for a blank text. */
  public static List<String> of(String text) {
    List<String> passages = new ArrayList<>();
    StringBuilder passage = new StringBuilder();
    int words = 0;
    int i = 0;
    int n = text.length();
    while (i < n && passages.size() < MOST) {
      while (i < n && Character.isWhitespace(text.charAt(i))) i++;
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
      if (start == i) break;
      if (words > 0) passage.append(' ');
      passage.append(text, start, i);
      if (++words == WORDS) {
        passages.add(passage.toString());
        passage.setLength(0);
        words = 0;
      }
    }
    if (words > 0 && passages.size() < MOST) passages.add(passage.toString());
    return passages;
  }
}
