package org.chancery.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationTest {
  @TempDir Path dir;

  // A Solr collection's generation names a version of each volume; its text is read back whole,
  // whatever a volume id holds.
  @Test
  void readsBackWhatItWritesWithTheVersionOfEachVolume() throws IOException {
    Generation g =
        Generation.next(
            Optional.empty(),
            0,
            Map.of("frus1861", "mi3k-0a1b", "odd id:=#!", "t2"),
            7,
            "threads-1.tsv");
    assertEquals(g, Generation.parse(g.text(), "test"));
    g.write(dir);
    assertEquals(Optional.of(g), Generation.read(dir));
    Generation next = Generation.next(Optional.of(g), 3, Map.of(), 8, "threads-2.tsv");
    assertEquals(2, next.number());
    assertEquals(Map.of(), Generation.parse(next.text(), "test").volumes());
  }

  @Test
  void refusesTextThatIsNotAWholeGeneration() {
    IOException e =
        assertThrows(IOException.class, () -> Generation.parse("generation=2\n", "ZooKeeper"));
    assertEquals(true, e.getMessage().contains("ZooKeeper"), e.getMessage());
  }
}
