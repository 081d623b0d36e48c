package org.chancery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelInOrderTest {

  @Test
  void givesTheResultsInTheOrderOfTheItems() {
    List<Integer> items = IntStream.range(0, 1000).boxed().toList();
    assertEquals(
        items.stream().map(i -> "#" + i).toList(),
        ParallelInOrder.map(
            items,
            i -> {
              // Uneven work, so that threads finish items out of order.
              if (i % 7 == 0) Thread.onSpinWait();
              return "#" + i;
            }));
    assertEquals(List.of(), ParallelInOrder.map(List.<Integer>of(), i -> i));
  }

  @Test
  void rethrowsTheFirstFailure() {
    IllegalStateException failure = new IllegalStateException("item 500");
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                ParallelInOrder.map(
                    IntStream.range(0, 1000).boxed().toList(),
                    i -> {
                      if (i == 500) throw failure;
                      return i;
                    }));
    assertSame(failure, thrown);
  }
}
