package org.chancery.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

class RankFusionTest {
  private static ScoreDoc[] ranking(int... docs) {
    return Arrays.stream(docs).mapToObj(d -> new ScoreDoc(d, 99f - d)).toArray(ScoreDoc[]::new);
  }

  private static int[] docs(ScoreDoc[] fused) {
    return Arrays.stream(fused).mapToInt(sd -> sd.doc).toArray();
  }

  @Test
  void aDocumentHighInBothRankingsComesFirst() {
    // 7 is second in both (2/62); 1 is first in one only (1/61); 9 and 3 come once, lower.
    ScoreDoc[] fused = RankFusion.fuse(List.of(ranking(1, 7, 3), ranking(9, 7)));
    assertArrayEquals(new int[] {7, 1, 9, 3}, docs(fused));
    assertEquals(2f / 62, fused[0].score, 1e-6);
    assertEquals(1f / 61, fused[1].score, 1e-6);
  }

  @Test
  void scoresAreIgnoredOnlyRanksCount() {
    ScoreDoc[] words = {new ScoreDoc(4, 1000f), new ScoreDoc(5, 0.001f)};
    ScoreDoc[] meaning = {new ScoreDoc(5, 0.9f)};
    assertArrayEquals(new int[] {5, 4}, docs(RankFusion.fuse(List.of(words, meaning))));
  }

  @Test
  void tiesKeepTheOrderDocumentsWereFirstMet() {
    assertArrayEquals(new int[] {2, 8}, docs(RankFusion.fuse(List.of(ranking(2), ranking(8)))));
    assertArrayEquals(new int[0], docs(RankFusion.fuse(List.of(ranking(), ranking()))));
  }
}
