package org.chancery.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chancery.Corpus;
import org.chancery.archive.Archive;
import org.chancery.archive.ImportSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared volumes imported a piece at a time, in other orders, and with a volume replaced by
 * itself, leave the same links and threads as one import of them all.
 */
class IncrementalLinkingCorpusTest {
  @TempDir static Path tmp;
  static List<Link> expectedLinks;
  static List<List<String>> expectedThreads;

  @BeforeAll
  static void importAll() throws Exception {
    Path dir = tmp.resolve("all");
    try (Archive a = Archive.open(dir)) {
      importAndLink(a, Corpus.volumes());
    }
    expectedLinks = links(dir);
    expectedThreads = Threads.open(dir).all();
    assertTrue(expectedLinks.size() > 5_000, "links: " + expectedLinks.size());
  }

  private static ArchiveLinker.Summary importAndLink(Archive a, List<Path> files) throws Exception {
    ArchiveLinker.beforeImport(a);
    ImportSummary s = a.importer().importPaths(files);
    assertEquals(List.of(), s.failures());
    return ArchiveLinker.afterImport(a, s.volumeIds());
  }

  private static List<Link> links(Path dir) throws Exception {
    try (LinkStore store = LinkStore.open(dir)) {
      return store.all();
    }
  }

  @Test
  void threeBatchesInReverseOrderThenAReplacementLinkAsOneImport() throws Exception {
    List<Path> volumes = new ArrayList<>(Corpus.volumes());
    java.util.Collections.reverse(volumes);
    Path dir = tmp.resolve("pieces");
    try (Archive a = Archive.open(dir)) {
      int third = volumes.size() / 3;
      importAndLink(a, volumes.subList(0, third));
      importAndLink(a, volumes.subList(third, 2 * third));
      ArchiveLinker.Summary last = importAndLink(a, volumes.subList(2 * third, volumes.size()));
      System.out.printf("last batch: %s%n", last);
      assertEquals(expectedLinks, links(dir));
      assertEquals(expectedThreads, Threads.open(dir).all());
      ArchiveLinker.Summary again = importAndLink(a, List.of(volumes.get(third)));
      System.out.printf("one volume replaced by itself: %s%n", again);
      assertTrue(again.relinked() < again.documents(), again.toString());
      assertEquals(expectedLinks, links(dir));
      assertEquals(expectedThreads, Threads.open(dir).all());
    }
  }

  @Test
  void volumesOneByOneInFileOrderLinkAsOneImport() throws Exception {
    Path dir = tmp.resolve("one-by-one");
    try (Archive a = Archive.open(dir)) {
      for (Path v : Corpus.volumes()) importAndLink(a, List.of(v));
    }
    assertEquals(expectedLinks, links(dir));
    assertEquals(expectedThreads, Threads.open(dir).all());
  }
}
