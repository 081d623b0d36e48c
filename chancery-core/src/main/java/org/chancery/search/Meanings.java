package org.chancery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * The meanings stored in an index ({@link IndexSchema#MEANING}): whether a document has one, the
 * nearest to a meaning, and how close two are.
 */
final class Meanings {
  /**
   * How close (dot product) a document must be to a query to be found by meaning. The k nearest
   * always exist, however far: in an archive with nothing on a subject they would be noise.
   * all-MiniLM-L6-v2 puts a query and a document on another subject at 0.2 or below ("war" and a
   * memorandum on silver: 0.21), and one on its subject from about 0.3 ("war" and a battle at the
   * frontier: 0.29; "tariff" and customs duties: 0.48).
   */
  static final double FLOOR = 0.25;

  /**
   * The documents nearest a meaning, at least {@link #FLOOR} close: their ranking, nearest first,
   * and a query that matches exactly them.
   */
  record Near(ScoreDoc[] ranking, Query matches) {}

  private Meanings() {}

  /**
   * The documents among the {@code k} nearest in meaning to {@code meaning}, among those {@code
   * filter} matches, that are at least {@link #FLOOR} close.
   */
  static Near near(IndexSearcher s, float[] meaning, int k, Query filter) throws IOException {
    List<ScoreDoc> close = new ArrayList<>();
    List<BytesRef> keys = new ArrayList<>();
    for (ScoreDoc sd : nearest(s, meaning, k, filter).scoreDocs) {
      if (closeness(sd.score) < FLOOR) break;
      close.add(sd);
      keys.add(ArchiveSearcher.key(s, sd.doc));
    }
    return new Near(
        close.toArray(ScoreDoc[]::new), new TermInSetQuery(IndexSchema.KEY.name(), keys));
  }

  // Lucene scores a dot product d of unit vectors as (1 + d) / 2.
  private static double closeness(float score) {
    return 2.0 * score - 1;
  }

  /** How many documents of {@code reader} have a stored meaning. */
  static int count(IndexReader reader) throws IOException {
    int n = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      FloatVectorValues v = leaf.reader().getFloatVectorValues(IndexSchema.MEANING);
      if (v != null) n += v.size();
    }
    return n;
  }

  /** The stored meaning of document {@code doc} (an id of the whole index), if it has one. */
  static Optional<float[]> of(IndexSearcher s, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    FloatVectorValues v = leaf.reader().getFloatVectorValues(IndexSchema.MEANING);
    int local = doc - leaf.docBase;
    if (v == null || v.advance(local) != local) return Optional.empty();
    return Optional.of(v.vectorValue().clone());
  }

  /**
   * The {@code k} documents nearest in meaning to {@code meaning} among those {@code filter}
   * matches, nearest first (HNSW: approximate, as every vector index is; exact where the filter
   * leaves few documents).
   */
  static TopDocs nearest(IndexSearcher s, float[] meaning, int k, Query filter) throws IOException {
    return s.search(new KnnFloatVectorQuery(IndexSchema.MEANING, meaning, k, filter), k);
  }

  /** How close {@code meaning} is to document {@code doc}'s; empty if it has none. */
  static OptionalDouble closeness(IndexSearcher s, float[] meaning, int doc) throws IOException {
    Optional<float[]> other = of(s, doc);
    if (other.isEmpty()) return OptionalDouble.empty();
    double dot = 0;
    float[] o = other.get();
    for (int i = 0; i < o.length; i++) dot += (double) meaning[i] * o[i];
    return OptionalDouble.of(dot);
  }
}
