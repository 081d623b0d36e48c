package org.chancery.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009): each ranking gives a document
 * 1 / (K + its rank), and the sums order the fused list. Ranks, not scores, are added, so a BM25
 * score and a dot product need no common scale.
 */
final class RankFusion {
  /** The paper's constant: a document's place matters less the further down it is. */
  static final int K = 60;

  private RankFusion() {}

  /**
   * The documents of all {@code rankings} (best first each), by fused score, best first; a tie
   * keeps the order in which the documents were first met.
   */
  static ScoreDoc[] fuse(List<ScoreDoc[]> rankings) {
    Map<Integer, Float> fused = new LinkedHashMap<>();
    for (ScoreDoc[] ranking : rankings) {
      for (int rank = 0; rank < ranking.length; rank++) {
        fused.merge(ranking[rank].doc, 1f / (K + rank + 1), Float::sum);
      }
    }
    List<ScoreDoc> out = new ArrayList<>(fused.size());
    fused.forEach((doc, score) -> out.add(new ScoreDoc(doc, score)));
    // A stable sort of the documents in the order they were met: ties keep that order.
    out.sort((a, b) -> Float.compare(b.score, a.score));
    return out.toArray(ScoreDoc[]::new);
  }
}
