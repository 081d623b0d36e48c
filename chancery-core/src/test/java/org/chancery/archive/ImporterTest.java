package org.chancery.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.chancery.search.Hit;
import org.chancery.search.SearchRequest;
import org.chancery.search.SearchResult;
import org.chancery.search.VolumeInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
  @TempDir Path tmp;

  private Path archiveDir() {
    return tmp.resolve("archive");
  }

  private ImportSummary importFake(Archive a, Path... files) throws IOException {
    return a.importer().readers(f -> new FakeVolumeReader()).importPaths(List.of(files));
  }

  private Path v1() throws IOException {
    return FakeVolumeReader.write(
        tmp.resolve("in"),
        "v1.txt",
        "volume v1 First",
        "doc d1 silver tariff",
        "doc d2 silver",
        "doc d3 wheat");
  }

  private Path v2() throws IOException {
    return FakeVolumeReader.write(
        tmp.resolve("in"), "v2.txt", "volume v2 Second", "doc d1 silver", "many 20 cotton");
  }

  private static long total(Archive a, String q) throws Exception {
    return a.search().search(SearchRequest.of(q)).total();
  }

  @Test
  void importsEachFileAsAVolume() throws Exception {
    try (Archive a = Archive.open(archiveDir())) {
      ImportSummary s = importFake(a, v1(), v2());
      assertEquals(2, s.volumes());
      assertEquals(24, s.documents());
      assertEquals(0, s.replaced());
      assertEquals(List.of(), s.failures());
      assertTrue(s.bytes() > 0 && s.seconds() > 0);
      assertEquals(24, a.search().count());
      assertEquals(
          List.of(new VolumeInfo("v1", "First", 3), new VolumeInfo("v2", "Second", 21)),
          a.search().volumes());
      assertEquals(3, total(a, "silver"));
    }
  }

  @Test
  void importingTwiceLeavesTheSameArchive() throws Exception {
    try (Archive a = Archive.open(archiveDir())) {
      importFake(a, v1(), v2());
      List<Object> first = snapshot(a);
      ImportSummary again = importFake(a, v1(), v2());
      assertEquals(2, again.replaced());
      assertEquals(first, snapshot(a));
    }
  }

  private static List<Object> snapshot(Archive a) throws Exception {
    List<Object> s = new ArrayList<>(List.of(a.search().count(), a.search().volumes()));
    for (String q : List.of("silver", "cotton", "wheat OR tariff", "")) {
      SearchResult r = a.search().search(SearchRequest.of(q).page(0, 50));
      s.add(r.total());
      s.add(r.hits().stream().map(h -> h.key() + " " + h.score() + " " + h.snippet()).toList());
      s.add(r.facets());
    }
    return s;
  }

  @Test
  void reimportReplacesTheVolume() throws Exception {
    try (Archive a = Archive.open(archiveDir())) {
      importFake(a, v1());
      Path newer =
          FakeVolumeReader.write(
              tmp.resolve("newer"), "v1.txt", "volume v1 First", "doc d1 barley");
      ImportSummary s = importFake(a, newer);
      assertEquals(1, s.replaced());
      assertEquals(1, a.search().count());
      assertEquals(0, total(a, "silver"));
      assertEquals(1, total(a, "barley"));
    }
  }

  @Test
  void failedFileIsReportedAndCommitsNothingOfItsVolume() throws Exception {
    try (Archive a = Archive.open(archiveDir())) {
      importFake(a, v1());
      Path broken =
          FakeVolumeReader.write(
              tmp.resolve("broken"), "v1.txt", "volume v1 First", "doc d1 barley", "fail");
      ImportSummary s = importFake(a, broken, v2());
      assertEquals(1, s.volumes());
      assertEquals(1, s.failures().size());
      assertEquals(broken + ":3:1: made-up failure", s.failures().get(0).toString());
      assertEquals(3, a.search().search(SearchRequest.of("volume:v1")).total());
      assertEquals(0, total(a, "barley"));
      assertEquals(21, total(a, "volume:v2"));
    }
  }

  @Test
  void reportsProgressAfterEachFile() throws Exception {
    List<ImportProgress> seen = new CopyOnWriteArrayList<>();
    try (Archive a = Archive.open(archiveDir())) {
      a.importer()
          .readers(f -> new FakeVolumeReader())
          .progress(seen::add)
          .importPaths(List.of(v1(), v2()));
    }
    // Both volumes are read before the one commit at the end (the checkpoint is 30 s away).
    assertEquals(
        List.of("1/0", "2/0", "2/1", "2/2"),
        seen.stream().map(p -> p.volumesDone() + "/" + p.volumesCommitted()).toList());
    ImportProgress last = seen.get(3);
    assertEquals(2, last.volumesTotal());
    assertEquals(last.bytesTotal(), last.bytesDone());
  }

  @Test
  void importsPlainTextWithTheDefaultReaders() throws Exception {
    Path seed = Path.of("src/test/resources/text/seed.txt");
    try (Archive a = Archive.open(archiveDir())) {
      ImportSummary s = a.importer().importPaths(List.of(seed));
      assertEquals(1, s.documents(), s.toString());
      Hit hit = a.search().search(SearchRequest.of("Tukhachevsky")).hits().get(0);
      assertEquals("seed/d1", hit.key());
      assertTrue(
          hit.snippet().marked("<b>", "</b>").contains("<b>Tukhachevsky</b>"), hit.toString());
      assertEquals(1, total(a, "serial:131 file:861.20/406 type:telegram"));
    }
  }

  @Test
  void reportsUnreadableFileAmongOthers() throws Exception {
    Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
    try (Archive a = Archive.open(archiveDir())) {
      ImportSummary s =
          a.importer().importPaths(List.of(empty, Path.of("src/test/resources/text/seed.txt")));
      assertEquals(1, s.volumes());
      assertEquals(empty + ":1:1: file is empty", s.failures().get(0).toString());
    }
  }

  @Test
  void refusesAFolderThatIsNotAnArchive() throws Exception {
    Files.createDirectories(archiveDir());
    Files.writeString(archiveDir().resolve("notes.txt"), "mine");
    assertThrows(IOException.class, () -> Archive.open(archiveDir()));
    assertThrows(NoSuchFileException.class, () -> Archive.openExisting(tmp.resolve("none")));
  }

  @Test
  void refusesAnArchiveOfAnotherFormatBeforeReadingIt() throws Exception {
    try (Archive a = Archive.open(archiveDir())) {
      importFake(a, v1());
    }
    Path marker = archiveDir().resolve("archive.properties");
    Files.writeString(marker, "format=2\n");
    String want =
        "the archive at "
            + archiveDir()
            + " has format 2, and this Chancery reads format 3: import the volumes again into a"
            + " new archive folder";
    assertEquals(
        want, assertThrows(IOException.class, () -> Archive.open(archiveDir())).getMessage());
    assertEquals(
        want,
        assertThrows(IOException.class, () -> Archive.openExisting(archiveDir())).getMessage());
    assertEquals("format=2\n", Files.readString(marker), "the archive is left as it was");
  }

  @Test
  void reopensAnExistingArchive() throws Exception {
    try (Archive a = Archive.open(archiveDir())) {
      importFake(a, v1());
    }
    try (Archive a = Archive.openExisting(archiveDir())) {
      assertEquals(3, a.search().count());
    }
  }
}
