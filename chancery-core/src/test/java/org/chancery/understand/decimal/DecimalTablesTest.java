package org.chancery.understand.decimal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chancery.Corpus;
import org.chancery.understand.tables.Tables;
import org.junit.jupiter.api.Test;

class DecimalTablesTest {

  @Test
  void bundledTablesEqualTheSharedOnes() throws Exception {
    Path shared = Corpus.shared().resolve("decimal");
    for (String name : new String[] {"classes.csv", "countries.csv", "subjects.csv"}) {
      try (InputStream in = DecimalTables.class.getResourceAsStream(DecimalTables.DIR + name)) {
        assertArrayEquals(
            Files.readAllBytes(shared.resolve(name)),
            in.readAllBytes(),
            name + " differs from " + shared);
      }
    }
  }

  @Test
  void keepsSourceAndConfidencePerRow() {
    for (String name : new String[] {"classes.csv", "countries.csv", "subjects.csv"}) {
      for (var row : Tables.csv(DecimalTables.DIR + name)) {
        assertTrue(!row.get("source").isBlank(), name + " row without source: " + row);
        Confidence.of(row.get("confidence"));
      }
    }
  }
}
