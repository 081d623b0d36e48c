package org.chancery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.chancery.model.Document;

/**
 * The documents related to one ({@link RelatedBy}): by its rarer words ({@link Likeness}), by its
 * stored meaning ({@link Meanings}), or both rankings fused ({@link RankFusion}); each with the
 * words it shares and how close it is in meaning, whichever way it was found.
 */
final class Relatives {
  /** How far down each ranking is read before two are fused. */
  static final int DEPTH = 50;

  private final Likeness likeness;

  Relatives(Likeness likeness) {
    this.likeness = likeness;
  }

  /** The {@code limit} documents most related to {@code d} (document {@code doc} of {@code s}). */
  List<RelatedDocument> of(IndexSearcher s, Document d, int doc, int limit, RelatedBy by)
      throws IOException {
    Optional<float[]> meaning = Meanings.of(s, doc);
    if (meaning.isEmpty() && by == RelatedBy.MEANING) return List.of();
    Likeness.Words words = likeness.of(s, d);
    ScoreDoc[] ranked =
        switch (meaning.isEmpty() ? RelatedBy.WORDS : by) {
          case WORDS -> Likeness.ranking(s, d, words, limit);
          case MEANING -> nearest(s, d, meaning.get(), limit);
          case BOTH ->
              RankFusion.fuse(
                  List.of(
                      Likeness.ranking(s, d, words, DEPTH), nearest(s, d, meaning.get(), DEPTH)));
        };
    List<RelatedDocument> related = new ArrayList<>();
    for (ScoreDoc sd : Arrays.copyOf(ranked, Math.min(limit, ranked.length))) {
      OptionalDouble closeness =
          meaning.isEmpty() ? OptionalDouble.empty() : Meanings.closeness(s, meaning.get(), sd.doc);
      related.add(
          new RelatedDocument(
              StoredDocuments.hit(s, sd, Snippet.NONE),
              Likeness.shared(s, sd.doc, words),
              closeness));
    }
    return related;
  }

  // The nearest meanings but d's own.
  private static ScoreDoc[] nearest(IndexSearcher s, Document d, float[] meaning, int n)
      throws IOException {
    Query others =
        new BooleanQuery.Builder()
            .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
            .add(
                new TermQuery(new Term(IndexSchema.KEY.name(), d.key())),
                BooleanClause.Occur.MUST_NOT)
            .build();
    return Meanings.nearest(s, meaning, n, others).scoreDocs;
  }
}
