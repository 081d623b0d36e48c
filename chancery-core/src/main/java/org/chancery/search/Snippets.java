package org.chancery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Highlighted snippets of the text field: up to two passages of about 160 characters around the
 * best matches, made {@link Snippet}s by {@link SnippetFormatter}. The matches come from the
 * offsets kept in the postings, so no text is analysed again; the text is the search text at the
 * start of each document's source doc value, kept uncompressed and memory mapped, so one document's
 * text costs a copy, not the decompression of a block of documents; passages end at spaces (a
 * sentence iterator scans far through long documents for every passage, and cost more than the
 * search itself).
 *
 * <p>One instance per searcher: it caches the searcher's field infos. Thread-safe.
 */
final class Snippets {
  static final int PASSAGES = 2;
  private static final int PASSAGE_LENGTH = 160;
  private static final int MAX_TEXT = 1_000_000;

  private final DocValuesHighlighter highlighter;

  Snippets(IndexSearcher searcher, Analyzer analyzer) {
    UnifiedHighlighter.Builder b =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withMaxLength(MAX_TEXT)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator(' '), PASSAGE_LENGTH, 0.5f))
            .withScorer(new LeanPassageScorer())
            .withFormatter(new SnippetFormatter());
    this.highlighter = new DocValuesHighlighter(b);
  }

  /**
   * A snippet for each of {@code page}'s documents, in order; {@link Snippet#NONE} without text.
   */
  Snippet[] of(Query query, TopDocs page) throws IOException {
    Object[] found = highlighter.snippets(query, page);
    Snippet[] snippets = new Snippet[found.length];
    for (int i = 0; i < found.length; i++) {
      snippets[i] = found[i] == null ? Snippet.NONE : (Snippet) found[i];
    }
    return snippets;
  }

  /**
   * A highlighter that reads the text from the documents' source doc values, which begin with it,
   * instead of stored fields.
   */
  private static final class DocValuesHighlighter extends UnifiedHighlighter {
    DocValuesHighlighter(Builder b) {
      super(b);
    }

    // As highlight(), but the formatter's snippets as they are, not made strings.
    Object[] snippets(Query query, TopDocs page) throws IOException {
      int[] docs = new int[page.scoreDocs.length];
      for (int i = 0; i < docs.length; i++) docs[i] = page.scoreDocs[i].doc;
      String[] fields = {IndexSchema.TEXT.name()};
      return highlightFieldsAsObjects(fields, query, docs, new int[] {PASSAGES}).get(fields[0]);
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
      boolean matches = components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES);
      return source == OffsetSource.POSTINGS && matches
          ? new PageMatches(components, searcher)
          : super.getOffsetStrategy(source, components);
    }

    // The documents come in increasing order, so each leaf's doc values are opened once and
    // advanced, not opened again for every document (opening one costs more than reading it).
    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      LeafReaderContext leaf = null;
      BinaryDocValues[] texts = new BinaryDocValues[fields.length];
      long chars = 0;
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
          leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
          for (int i = 0; i < fields.length; i++) texts[i] = source(leaf.reader(), fields[i]);
        }
        CharSequence[] row = new CharSequence[fields.length];
        for (int i = 0; i < fields.length; i++) {
          BinaryDocValues t = texts[i];
          row[i] =
              t != null && t.advanceExact(doc - leaf.docBase) ? searchText(t.binaryValue()) : "";
          chars += row[i].length();
        }
        values.add(row);
        if (chars > cacheCharsThreshold) break;
      }
      return values;
    }

    // Only the search text is highlighted; it is kept once, at the start of each source.
    private static BinaryDocValues source(LeafReader leaf, String field) throws IOException {
      if (!field.equals(IndexSchema.TEXT.name())) {
        throw new IllegalArgumentException("only the search text is highlighted, not " + field);
      }
      return leaf.getBinaryDocValues(IndexSchema.SOURCE.name());
    }

    private static String searchText(BytesRef source) {
      return DocumentCodec.searchText(source.bytes, source.offset, source.length);
    }
  }

  /**
   * The offsets of the query's matches in each document of a page, from one Weight for the page.
   * Lucene's own strategy builds a searcher, rewrites the query and looks up every term again for
   * each document: that was a third of a search's time.
   */
  private static final class PageMatches extends PostingsOffsetStrategy {
    private final IndexSearcher searcher;
    private Weight weight;

    PageMatches(UHComponents components, IndexSearcher searcher) {
      super(components);
      this.searcher = searcher;
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content)
        throws IOException {
      LeafReaderContext leaf = leafOf(reader);
      if (leaf == null) return super.getOffsetsEnum(reader, doc, content);
      if (weight == null) {
        Query q = searcher.rewrite(components.getQuery());
        weight = searcher.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1f);
      }
      Matches matches = weight.matches(leaf, doc);
      MatchesIterator inField = matches == null ? null : matches.getMatches(getField());
      return inField == null
          ? OffsetsEnum.EMPTY
          : new OffsetsEnum.OfMatchesIteratorWithSubs(inField);
    }

    // The searcher's context for a segment's reader; null for a reader it does not hold.
    private LeafReaderContext leafOf(LeafReader reader) {
      for (LeafReaderContext c : searcher.getIndexReader().leaves()) {
        if (c.reader() == reader) return c;
      }
      return null;
    }
  }
}
