package org.chancery.search;

/**
 * Percentiles of measured values, by nearest rank, the one definition every benchmark uses.
 *
 * <p>The p-th percentile of n ascending values is the value at zero-based index ⌊p·n⌋, or the last
 * value when that index is past the end: the (⌊p·n⌋+1)-th smallest, no interpolation. Where p·n is
 * not a whole number this is the classic nearest rank ⌈p·n⌉; where it is, it is the next value up.
 * It is how the SQLite FTS5 peer ({@code shared/bench/fts5_peer.py}) counts, so that its figures
 * and ours are the same statistic.
 */
public final class Percentile {
  private Percentile() {}

  /**
   * The {@code p}-th percentile of {@code sorted}, which must be ascending; 0 when it is empty.
   *
   * @param p between 0 and 1 (0.5 for the median, 0.99 for p99)
   */
  public static double of(double[] sorted, double p) {
    if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("percentile must be 0..1: " + p);
    if (sorted.length == 0) return 0;
    return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
  }
}
