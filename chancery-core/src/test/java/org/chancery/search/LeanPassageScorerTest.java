package org.chancery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class LeanPassageScorerTest {

  private static Passage passage(int start, String... terms) {
    Passage p = new Passage();
    p.setStartOffset(start);
    p.setEndOffset(start + 160);
    for (int i = 0; i < terms.length; i++) {
      p.addMatch(start + i * 10, start + i * 10 + 5, new BytesRef(terms[i]), 3 + i % 2);
    }
    return p;
  }

  @Test
  void scoresAsLucenesScorerDoes() {
    PassageScorer lucene = new PassageScorer();
    LeanPassageScorer lean = new LeanPassageScorer();
    for (Passage p :
        new Passage[] {
          passage(0, "chaco"),
          passage(40, "chaco", "commiss", "chaco"),
          passage(900, "red", "armi", "red", "armi", "stalin"),
          passage(5)
        }) {
      assertEquals(lucene.score(p, 20_000), lean.score(p, 20_000), 0f);
    }
  }
}
