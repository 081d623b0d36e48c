package org.chancery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PercentileTest {
  private static final double[] TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

  @Test
  void takesTheValueAtIndexFloorOfPTimesN() {
    assertEquals(6, Percentile.of(TEN, 0.5));
    assertEquals(10, Percentile.of(TEN, 0.9));
    assertEquals(10, Percentile.of(TEN, 0.99));
    assertEquals(3, Percentile.of(TEN, 0.25));
    assertEquals(1, Percentile.of(TEN, 0));
    assertEquals(10, Percentile.of(TEN, 1));
  }

  @Test
  void isTheNearestRankWherePTimesNIsNotWhole() {
    double[] seven = {10, 20, 30, 40, 50, 60, 70};
    assertEquals(40, Percentile.of(seven, 0.5)); // rank ⌈3.5⌉ = 4
    assertEquals(70, Percentile.of(seven, 0.9)); // rank ⌈6.3⌉ = 7
    assertEquals(20, Percentile.of(seven, 0.2)); // rank ⌈1.4⌉ = 2
  }

  @Test
  void isZeroForNoValues() {
    assertEquals(0, Percentile.of(new double[0], 0.5));
  }

  @Test
  void rejectsAPercentileOutsideZeroToOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Percentile.of(TEN, 50));
    assertEquals("percentile must be 0..1: 50.0", e.getMessage());
  }
}
