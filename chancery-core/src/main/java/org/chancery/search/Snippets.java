package org.chancery.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets of the text field: up to two passages of about 160 characters around the
 * best matches, HTML-escaped, matches marked {@code <b>…</b>}. The matches come from the offsets
 * kept in the postings, so no text is analysed again.
 */
final class Snippets {
  static final int PASSAGES = 2;
  private static final int PASSAGE_LENGTH = 160;
  private static final int MAX_TEXT = 1_000_000;

  private Snippets() {}

  /** A snippet for each of {@code page}'s documents, in order; "" where there is no text. */
  static String[] of(IndexSearcher searcher, Analyzer analyzer, Query query, TopDocs page) throws IOException {
    UnifiedHighlighter h =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withMaxLength(MAX_TEXT)
            .withBreakIterator(Snippets::passages)
            .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
            .build();
    String[] snippets = h.highlight(IndexSchema.TEXT.name(), query, page, PASSAGES);
    for (int i = 0; i < snippets.length; i++) {
      if (snippets[i] == null) snippets[i] = "";
    }
    return snippets;
  }

  private static BreakIterator passages() {
    return LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.33f);
  }
}
