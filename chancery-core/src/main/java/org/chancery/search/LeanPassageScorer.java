package org.chancery.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Scores snippet passages exactly as Lucene's {@link PassageScorer} does (BM25-like: the frequency
 * of each distinct term in the passage against its frequency in the document, times a norm that
 * favours early passages), without building a hash of the passage's terms for each passage.
 *
 * <p>A passage holds a few matches, so finding repeated terms by a linear scan is cheaper than the
 * default's hash, which allocates a 32 KB block per passage: that allocation was the largest cost
 * of a search with snippets.
 */
final class LeanPassageScorer extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] inDoc = passage.getMatchTermFreqsInDoc();
    float score = 0;
    for (int i = 0; i < matches; i++) {
      if (seenBefore(terms, i)) continue;
      int inPassage = 1;
      for (int j = i + 1; j < matches; j++) if (terms[j].bytesEquals(terms[i])) inPassage++;
      score += tf(inPassage, passage.getLength()) * weight(contentLength, inDoc[i]);
    }
    return score * norm(passage.getStartOffset());
  }

  private static boolean seenBefore(BytesRef[] terms, int i) {
    for (int j = 0; j < i; j++) if (terms[j].bytesEquals(terms[i])) return true;
    return false;
  }
}
