package org.chancery.understand.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TablesTest {
  @Test
  void readsQuotedCsvCells() {
    assertEquals(List.of("a", "b, \"c\"", ""), Tables.splitCsv("a,\"b, \"\"c\"\"\","));
  }
}
