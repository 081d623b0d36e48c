package org.chancery.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.chancery.model.Document;
import org.chancery.model.SearchText;

/**
 * BM25 more-like-this: the documents of any volume that share the most of a document's rarer words
 * (Lucene's {@link MoreLikeThis} over the text field), and which of them each shares.
 *
 * <p>A word counts when it is in at least two documents and in at most a tenth of them: words every
 * despatch has ("government", "telegram") say nothing about what a document is about.
 */
final class Likeness {
  /** The most words of a document the query is made of. */
  static final int QUERY_WORDS = 25;

  /** The most shared words given as why for one related document. */
  static final int WHY_WORDS = 6;

  private final Analyzer analyzer;

  Likeness(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * What {@code d} is made of for more-like-this: its most telling words, and how it prints them.
   */
  record Words(Query like, List<String> terms, Map<String, String> printed) {}

  /**
   * The words of {@code d} that {@link #ranking} looks for, weighed against the index of {@code s}.
   */
  Words of(IndexSearcher s, Document d) throws IOException {
    String text = SearchText.of(d).text();
    Query like = mlt(s).like(IndexSchema.TEXT.name(), new StringReader(text));
    return new Words(like, terms(like), printed(text));
  }

  /** The {@code n} documents sharing most of {@code words}, best first, {@code d} left out. */
  static ScoreDoc[] ranking(IndexSearcher s, Document d, Words words, int n) throws IOException {
    Query query =
        new BooleanQuery.Builder()
            .add(words.like(), BooleanClause.Occur.SHOULD)
            .add(
                new TermQuery(new Term(IndexSchema.KEY.name(), d.key())),
                BooleanClause.Occur.MUST_NOT)
            .build();
    return s.search(query, n).scoreDocs;
  }

  private MoreLikeThis mlt(IndexSearcher s) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {IndexSchema.TEXT.name()});
    mlt.setMinTermFreq(1); // a telegram names its subject once
    mlt.setMinDocFreq(2);
    mlt.setMaxDocFreqPct(10);
    mlt.setMinWordLen(3);
    mlt.setMaxQueryTerms(QUERY_WORDS);
    mlt.setStopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    return mlt;
  }

  // The query's words, most telling first (MoreLikeThis adds them least telling first).
  private static List<String> terms(Query like) {
    List<String> words = new ArrayList<>();
    if (like instanceof BooleanQuery b) {
      for (BooleanClause c : b.clauses()) {
        Query q = c.getQuery();
        while (q instanceof BoostQuery bq) q = bq.getQuery();
        if (q instanceof TermQuery t) words.add(t.getTerm().text());
      }
    }
    Collections.reverse(words);
    return words;
  }

  // Each indexed word of the text with the first form it is printed in ("negoti" ->
  // "negotiations").
  private Map<String, String> printed(String text) throws IOException {
    Map<String, String> forms = new LinkedHashMap<>();
    try (TokenStream ts = analyzer.tokenStream(IndexSchema.TEXT.name(), text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute at = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        forms.putIfAbsent(term.toString(), text.substring(at.startOffset(), at.endOffset()));
      }
      ts.end();
    }
    return forms;
  }

  /**
   * The words of {@code words} that document {@code doc} holds too, as printed in the asked-about
   * one, most telling first, at most {@link #WHY_WORDS}.
   */
  static List<String> shared(IndexSearcher s, int doc, Words words) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Terms terms = leaf.reader().terms(IndexSchema.TEXT.name());
    List<String> shared = new ArrayList<>();
    if (terms == null) return shared;
    TermsEnum te = terms.iterator();
    int local = doc - leaf.docBase;
    for (String w : words.terms()) {
      if (shared.size() == WHY_WORDS) break;
      if (!te.seekExact(new BytesRef(w))) continue;
      PostingsEnum p = te.postings(null, PostingsEnum.NONE);
      if (p.advance(local) == local) shared.add(words.printed().getOrDefault(w, w));
    }
    return shared;
  }
}
