package org.chancery.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
  @Test
  void ordersNumbersInIdsAsNumbers() {
    List<String> ids =
        new ArrayList<>(List.of("d10", "d2", "d1", "d12a", "d12", "ch1", "d02x", "d100"));
    ids.sort(NaturalOrder.INSTANCE);
    assertEquals(List.of("ch1", "d1", "d2", "d02x", "d10", "d12", "d12a", "d100"), ids);
  }
}
