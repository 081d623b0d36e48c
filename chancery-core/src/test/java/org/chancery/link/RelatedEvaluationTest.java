package org.chancery.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelatedEvaluationTest {
  private static final List<RelatedEvaluation.Pair> PAIRS =
      List.of(
          new RelatedEvaluation.Pair("v/d2", "v/d1"),
          new RelatedEvaluation.Pair("v/d3", "v/d1"),
          new RelatedEvaluation.Pair("v/d4", "v/d3"));

  @Test
  void countsTargetsWithinEachDepthAndTheirReciprocalRanks() {
    var f = new RelatedEvaluation.Figures("test", PAIRS, List.of(1, 4, 0));
    assertEquals(1, f.foundWithin(1));
    assertEquals(2, f.foundWithin(5));
    assertEquals(2, f.foundWithin(10));
    assertEquals((1 + 0.25) / 3, f.meanReciprocalRank(), 1e-9);
  }

  @Test
  void wantsOneRankPerPair() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new RelatedEvaluation.Figures("test", PAIRS, List.of(1)));
    assertEquals("one rank per pair: 3 pairs", e.getMessage());
  }
}
