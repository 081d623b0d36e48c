package org.chancery.search;

import static org.chancery.search.TestDocuments.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chancery.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingOrderTest {
  @TempDir Path dir;

  @Test
  void numbersAVolumesDocumentsInTheirOrderFromItsFirst() {
    ReadingOrder order = ReadingOrder.of("frus1917Supp02v02");
    assertEquals(order.first(), order.at(0));
    assertEquals(order.first() + 1, order.at(1));
    assertEquals(order.first() + (1 << ReadingOrder.PLACE_BITS) - 1, order.at((1 << 24) - 1));
    assertThrows(IllegalArgumentException.class, () -> order.at(-1));
    assertThrows(IllegalArgumentException.class, () -> order.at(1 << ReadingOrder.PLACE_BITS));
  }

  @Test
  void dependsOnTheVolumeIdAloneAndKeepsVolumesApart() {
    assertEquals(ReadingOrder.of("frus1964-68v14"), ReadingOrder.of("frus1964-68v14"));
    Set<Long> firsts = new HashSet<>();
    for (int year = 1861; year <= 2000; year++) {
      for (int v = 1; v <= 40; v++) {
        long first = ReadingOrder.of("frus" + year + "v" + v).first();
        assertTrue(first >= 0, "a sort value that is never negative");
        assertEquals(0, first & ((1 << ReadingOrder.PLACE_BITS) - 1), "the places are free");
        firsts.add(first);
      }
    }
    assertEquals(140 * 40, firsts.size(), "5,600 volumes, each apart");
  }

  @Test
  void aDaysDocumentsComeInTheOrderTheVolumePrintsThem() throws Exception {
    // By key, d10 and d11 would come before d9.
    List<Document> volume =
        List.of(
            doc("v", "d9", "Morning telegram.").date("1917-06-13").build(),
            doc("v", "d10", "Noon telegram.").date("1917-06-13").build(),
            doc("v", "d11", "Evening telegram.").date("1917-06-13").build());
    try (LuceneIndexWriter w = LuceneIndexWriter.open(dir.resolve("a"), Duration.ZERO)) {
      w.replaceVolume("v", "Volume", volume);
    }
    try (LuceneSearchBackend b = LuceneSearchBackend.open(dir.resolve("a"))) {
      assertEquals(
          List.of("v/d9", "v/d10", "v/d11"),
          keys(b.search(SearchRequest.of("telegram").sort(SearchRequest.Sort.DATE))));
    }
  }

  @Test
  void tiedScoresComeInTheSameOrderWhateverTheImportOrder() throws Exception {
    List<String> volumes = List.of("a", "b", "c", "d", "e", "f");
    List<String> forward = tiedPage(dir.resolve("forward"), volumes);
    List<String> backward = new ArrayList<>(volumes);
    Collections.reverse(backward);
    backward = tiedPage(dir.resolve("backward"), backward);
    assertEquals(forward, backward);
    List<String> byOrder =
        volumes.stream()
            .sorted((x, y) -> Long.compare(ReadingOrder.of(x).first(), ReadingOrder.of(y).first()))
            .map(v -> v + "/d1")
            .toList();
    assertEquals(byOrder, forward, "identical documents tie, and their reading order decides");
    assertNotEquals(volumes.stream().map(v -> v + "/d1").toList(), byOrder, "not by key");
  }

  private static List<String> tiedPage(Path index, List<String> volumes) throws Exception {
    try (LuceneIndexWriter w = LuceneIndexWriter.open(index, Duration.ZERO)) {
      for (String v : volumes) {
        w.replaceVolume(v, "Volume " + v, List.of(doc(v, "d1", "Identical text.").build()));
        w.commit().join();
      }
    }
    try (LuceneSearchBackend b = LuceneSearchBackend.open(index)) {
      return keys(b.search(SearchRequest.of("identical")));
    }
  }

  private static List<String> keys(SearchResult r) {
    return r.hits().stream().map(Hit::key).toList();
  }
}
