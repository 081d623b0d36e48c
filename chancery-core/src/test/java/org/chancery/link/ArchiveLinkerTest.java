package org.chancery.link;

import static org.chancery.search.TestDocuments.doc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoDeletionPolicy;
import org.apache.lucene.store.FSDirectory;
import org.chancery.archive.Archive;
import org.chancery.archive.Generation;
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
    return exchange(volume, n, post, LocalDate.of(1934, 1, 1), 0);
  }

  // The same, from day on, the numbers counted from base + 1.
  private static List<Document> exchange(
      String volume, int n, String post, LocalDate day, int base) {
    List<Document> docs = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      LocalDate before = day.plusDays((i - 1) / 2);
      String text =
          String.format(
              "%d. Your %d, %s %d, 2 p.m. Reference my %d. See Department’s telegram No. %d of"
                  + " yesterday and my despatch of the 3d instant.",
              base + i,
              base + i - 1,
              before.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
              before.getDayOfMonth(),
              base + Math.max(1, i - 2),
              base + i / 3);
      boolean out = i % 2 == 0;
      docs.add(
          doc(volume, "d" + i, text)
              .date(day.plusDays(i / 2).toString())
              .parties(out ? "Secretary of State" : post, out ? post : "Secretary of State")
              .serial(String.valueOf(base + i))
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
      List<Link> links = stored(dir);
      byte[] threads = Files.readAllBytes(threadsOf(dir));
      assertEquals(450, first.documents());
      assertEquals(450, first.relinked());
      for (int i = 0; i < 3; i++) {
        ArchiveLinker.relink(a);
        assertEquals(links, stored(dir));
        assertArrayEquals(threads, Files.readAllBytes(threadsOf(dir)));
      }
      assertEquals(oneByOne(a, Linker.Options.DEFAULT), links);
    }
  }

  @Test
  void eachRunRecordsANewGenerationNamingItsCommits() throws Exception {
    try (Archive a = Archive.openExisting(dir)) {
      ArchiveLinker.relink(a);
      Generation first = Generation.read(dir).orElseThrow();
      ArchiveLinker.relink(a);
      Generation second = Generation.read(dir).orElseThrow();
      assertEquals(first.number() + 1, second.number());
      assertEquals(a.searchCommit(), second.searchCommit());
      assertTrue(second.linksCommit() > first.linksCommit());
      assertTrue(Files.exists(dir.resolve(second.threads())));
      // The last generation's threads stay for a server about to open them; older ones go.
      assertTrue(Files.exists(dir.resolve(first.threads())));
      ArchiveLinker.relink(a);
      assertFalse(Files.exists(dir.resolve(first.threads())));
      // The links commit a generation names stays readable while newer ones are committed.
      try (LinkStore store = LinkStore.open(dir, Generation.read(dir).orElseThrow())) {
        assertEquals(stored(dir), store.all());
      }
    }
  }

  private static Path threadsOf(Path archive) throws Exception {
    return archive.resolve(Generation.read(archive).orElseThrow().threads());
  }

  private static List<Link> stored(Path archive) throws Exception {
    try (LinkStore store = LinkStore.open(archive)) {
      return store.all();
    }
  }

  @Test
  void linksAnAddedVolumeAsLinkingAllAgainWould(@TempDir Path tmp) throws Exception {
    Path step = tmp.resolve("step");
    Path whole = tmp.resolve("whole");
    // v3 is a year later with v1's posts and numbers: only the references to those numbers, and
    // v3's
    // own, can change.
    try (Archive a = Archive.open(step)) {
      replace(a, "v1", exchange("v1", 60, "Minister in China"));
      replace(a, "v2", exchange("v2", 30, "Ambassador in France"));
      ArchiveLinker.update(a, Set.of("v1", "v2"));
      replace(a, "v3", exchange("v3", 20, "Minister in China", LocalDate.of(1935, 1, 1), 1000));
      ArchiveLinker.Summary added = ArchiveLinker.update(a, Set.of("v3"));
      assertTrue(added.relinked() < added.documents(), added.toString());
      // v2 again, unchanged: its own documents and those that asked of its numbers or days.
      replace(a, "v2", exchange("v2", 30, "Ambassador in France"));
      ArchiveLinker.Summary same = ArchiveLinker.update(a, Set.of("v2"));
      assertEquals(110, same.documents());
    }
    try (Archive a = Archive.open(whole)) {
      replace(a, "v3", exchange("v3", 20, "Minister in China", LocalDate.of(1935, 1, 1), 1000));
      replace(a, "v2", exchange("v2", 30, "Ambassador in France"));
      replace(a, "v1", exchange("v1", 60, "Minister in China"));
      ArchiveLinker.relink(a);
    }
    List<Link> expected = stored(whole);
    assertEquals(expected, stored(step));
    assertEquals(Files.readString(threadsOf(whole)), Files.readString(threadsOf(step)));
  }

  @Test
  void aVolumeOfAnotherTimeBearingTheSameNumbersRelinksOnlyItself(@TempDir Path tmp)
      throws Exception {
    Path step = tmp.resolve("step");
    Path whole = tmp.resolve("whole");
    // v4 has v1's posts and numbers, 73 years earlier: no reference of v1's can mean one of its
    // messages, so only v4's own documents are linked.
    try (Archive a = Archive.open(step)) {
      replace(a, "v1", exchange("v1", 60, "Minister in China"));
      ArchiveLinker.update(a, Set.of("v1"));
      replace(a, "v4", exchange("v4", 20, "Minister in China", LocalDate.of(1861, 1, 1), 0));
      ArchiveLinker.Summary added = ArchiveLinker.update(a, Set.of("v4"));
      assertEquals(80, added.documents());
      assertEquals(20, added.relinked());
    }
    try (Archive a = Archive.open(whole)) {
      replace(a, "v4", exchange("v4", 20, "Minister in China", LocalDate.of(1861, 1, 1), 0));
      replace(a, "v1", exchange("v1", 60, "Minister in China"));
      ArchiveLinker.relink(a);
    }
    assertEquals(stored(whole), stored(step));
  }

  @Test
  void linksWholeAnArchiveWhoseLinksWereMadeUnderOtherRules(@TempDir Path tmp) throws Exception {
    try (Archive a = Archive.open(tmp)) {
      replace(a, "v1", exchange("v1", 60, "Minister in China"));
      replace(a, "v2", exchange("v2", 30, "Ambassador in France"));
      ArchiveLinker.update(a, Set.of("v1", "v2"));
      replace(a, "v3", exchange("v3", 20, "Minister in China", LocalDate.of(1935, 1, 1), 1000));
      // The same records, as an older Chancery with other rules would have committed them.
      commitUnder(tmp, "older rules");
      ArchiveLinker.Summary upgraded = ArchiveLinker.update(a, Set.of("v3"));
      assertEquals(110, upgraded.documents());
      assertEquals(110, upgraded.relinked());
      // Linked under these rules now: the next import links only what it changes.
      replace(a, "v2", exchange("v2", 30, "Ambassador in France"));
      ArchiveLinker.Summary next = ArchiveLinker.update(a, Set.of("v2"));
      assertTrue(next.relinked() < next.documents(), next.toString());
    }
  }

  private static void commitUnder(Path archive, String rules) throws Exception {
    IndexWriterConfig config =
        new IndexWriterConfig().setIndexDeletionPolicy(NoDeletionPolicy.INSTANCE);
    try (FSDirectory d = FSDirectory.open(archive.resolve(LinkIndex.DIR));
        IndexWriter w = new IndexWriter(d, config)) {
      w.setLiveCommitData(Map.of("rules", rules).entrySet());
      w.commit();
    }
  }

  private static void replace(Archive a, String volume, List<Document> docs) throws Exception {
    try (LuceneIndexWriter w = LuceneIndexWriter.open(a.dir().resolve("index"), Duration.ZERO)) {
      w.replaceVolume(volume, volume, docs);
    }
    a.search().refresh();
  }
}
