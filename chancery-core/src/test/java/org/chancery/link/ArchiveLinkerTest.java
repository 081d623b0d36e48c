package org.chancery.link;

import static org.chancery.search.TestDocuments.doc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.chancery.archive.Archive;
import org.chancery.model.Document;
import org.chancery.search.LuceneIndexWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linking an archive of several hundred telegrams, read many at a time, gives the links of the
 * linker run document by document in archive order.
 */
class ArchiveLinkerTest {
  @TempDir static Path dir;

  @BeforeAll
  static void archive() throws Exception {
    Archive.open(dir).close();
    try (LuceneIndexWriter w = LuceneIndexWriter.open(dir.resolve("index"), Duration.ZERO)) {
      w.replaceVolume("v1", "One", exchange("v1", 40, "Minister in China"));
      w.replaceVolume("v2", "Two", exchange("v2", 150, "Ambassador in France"));
      // Replaced, so the index holds deleted documents that no reading may pass on.
      w.replaceVolume("v1", "One", exchange("v1", 300, "Minister in China"));
    }
  }

  // Telegrams to and from Washington, each answering the one before and citing the writer's own.
  private static List<Document> exchange(String volume, int n, String post) {
    List<Document> docs = new ArrayList<>();
    LocalDate day = LocalDate.of(1934, 1, 1);
    for (int i = 1; i <= n; i++) {
      LocalDate before = day.plusDays((i - 1) / 2);
      String text =
          String.format(
              "%d. Your %d, %s %d, 2 p.m. Reference my %d. See Department’s telegram No. %d of"
                  + " yesterday and my despatch of the 3d instant.",
              i,
              i - 1,
              before.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
              before.getDayOfMonth(),
              Math.max(1, i - 2),
              i / 3);
      boolean out = i % 2 == 0;
      docs.add(
          doc(volume, "d" + i, text)
              .date(day.plusDays(i / 2).toString())
              .parties(out ? "Secretary of State" : post, out ? post : "Secretary of State")
              .serial(String.valueOf(i))
              .build());
    }
    return docs;
  }

  // The linker run on each document in turn, in volume order, against their catalogue.
  private static List<Link> oneByOne(Archive a, Linker.Options options) throws Exception {
    List<Document> docs = new ArrayList<>();
    a.search().forEachDocument(docs::add);
    docs.sort(Comparator.comparing(Document::volume));
    Linker linker = new Linker(MemoryCatalogue.of(docs), options);
    return docs.stream().flatMap(d -> linker.link(d).stream()).toList();
  }

  @Test
  void linksAsTheLinkerDoesDocumentByDocument() throws Exception {
    try (Archive a = Archive.openExisting(dir)) {
      for (Linker.Options options : List.of(Linker.Options.DEFAULT, Linker.Options.NO_FOOTNOTES)) {
        List<Link> expected = oneByOne(a, options);
        assertTrue(expected.stream().filter(l -> l.target().isPresent()).count() > 300);
        assertEquals(expected, ArchiveLinker.link(a.search(), options));
      }
      // v1 was imported again after v2, so the index holds v2 first; the links do not.
      assertEquals(
          "v1",
          ArchiveLinker.link(a.search(), Linker.Options.DEFAULT).get(0).source().split("/")[0]);
      List<String> indexed = new ArrayList<>();
      a.search().forEachDocument(d -> indexed.add(d.volume()));
      assertEquals("v2", indexed.get(0));
    }
  }

  @Test
  void readsEveryLiveDocumentOnceInArchiveOrder() throws Exception {
    try (Archive a = Archive.openExisting(dir)) {
      List<String> keys = new ArrayList<>();
      a.search().forEachDocument(d -> keys.add(d.key()));
      assertEquals(450, keys.size());
      assertEquals(keys, a.search().mapDocuments(Document::key));
    }
  }

  @Test
  void storesTheSameLinksAndThreadsEveryTime() throws Exception {
    try (Archive a = Archive.openExisting(dir)) {
      ArchiveLinker.Summary first = ArchiveLinker.relink(a);
      byte[] links = Files.readAllBytes(dir.resolve(LinkStore.FILE));
      byte[] threads = Files.readAllBytes(dir.resolve(Threads.FILE));
      assertEquals(450, first.documents());
      for (int i = 0; i < 3; i++) {
        ArchiveLinker.relink(a);
        assertArrayEquals(links, Files.readAllBytes(dir.resolve(LinkStore.FILE)));
        assertArrayEquals(threads, Files.readAllBytes(dir.resolve(Threads.FILE)));
      }
      assertEquals(oneByOne(a, Linker.Options.DEFAULT), LinkStore.open(dir).all());
    }
  }
}
