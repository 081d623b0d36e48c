package org.chancery.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chancery.Corpus;
import org.chancery.link.ArchiveLinker;
import org.chancery.link.Link;
import org.chancery.link.Linker;
import org.chancery.link.MemoryCatalogue;
import org.chancery.model.Document;
import org.chancery.search.Facet;
import org.chancery.search.FacetCount;
import org.chancery.search.SearchBench;
import org.chancery.search.SearchRequest;
import org.chancery.search.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole FRUS corpus imported once: totals, a few queries, and that the search benchmark runs.
 * Figures are printed for the curious; no test passes or fails on time (that is what {@code
 * chancery bench search} is for).
 */
class CorpusArchiveTest {
  @TempDir static Path tmp;
  static ImportSummary summary;

  @BeforeAll
  static void importCorpus() throws Exception {
    List<Path> volumes = Corpus.volumes();
    try (Archive a = Archive.open(tmp.resolve("archive"))) {
      summary = a.importer().importPaths(volumes);
    }
    System.out.printf(
        "corpus import: %d volumes, %d documents, %.1f MB in %.2f s = %.1f MB/s%n",
        summary.volumes(),
        summary.documents(),
        summary.megabytes(),
        summary.seconds(),
        summary.megabytesPerSecond());
  }

  @AfterAll
  static void report() {
    summary = null;
  }

  @Test
  void importsEveryVolume() {
    assertEquals(List.of(), summary.failures());
    assertEquals(20, summary.volumes());
    assertEquals(8881, summary.documents());
  }

  @Test
  void answersQueriesWithExactTotalsAndFacets() throws Exception {
    try (Archive a = Archive.openExisting(tmp.resolve("archive"))) {
      assertEquals(8881, a.search().count());
      SearchResult chaco = a.search().search(SearchRequest.of("Chaco"));
      assertEquals(158, chaco.total());
      assertEquals(
          chaco.total(), chaco.facet(Facet.VOLUME).stream().mapToLong(FacetCount::count).sum());
      assertTrue(chaco.hits().get(0).snippet().marked("<b>", "</b>").contains("<b>Chaco</b>"));
      long phrase = a.search().search(SearchRequest.of("\"Secretary of State\"")).total();
      long words = a.search().search(SearchRequest.of("Secretary State")).total();
      assertTrue(phrase > 4000 && phrase <= words, phrase + " / " + words);
    }
  }

  @Test
  void findsByDecodedFileNumbersAndIdentifiedPeople() throws Exception {
    try (Archive a = Archive.openExisting(tmp.resolve("archive"))) {
      SearchResult chaco =
          a.search().search(SearchRequest.of("country:Bolivia country:Paraguay class:7"));
      assertTrue(chaco.total() > 100, "Chaco files: " + chaco.total());
      assertTrue(
          chaco.facet(Facet.FILE_COUNTRY).stream().anyMatch(c -> c.value().equals("Bolivia")));
      SearchResult wilson = a.search().search(SearchRequest.of("person:wilson-hugh-robert Chaco"));
      assertTrue(
          wilson.hits().stream().anyMatch(h -> h.key().equals("frus1934v04/d101")),
          wilson.hits().toString());
      assertTrue(
          wilson.facet(Facet.PERSON).stream().anyMatch(c -> c.value().equals("Hugh R. Wilson")));
      SearchResult soviet = a.search().search(SearchRequest.of("file:861.* class:8"));
      assertTrue(
          soviet.total() > 0 && soviet.facet(Facet.FILE_CLASS).get(0).value().startsWith("8 "),
          soviet.facets().toString());
    }
  }

  @Test
  void linksTheArchiveAsTheLinkerDoesDocumentByDocument() throws Exception {
    try (Archive a = Archive.openExisting(tmp.resolve("archive"))) {
      List<Document> docs = new ArrayList<>();
      a.search().forEachDocument(docs::add);
      docs.sort(Comparator.comparing(Document::volume)); // the linker's order: see ArchiveLinker
      Linker linker = new Linker(MemoryCatalogue.of(docs), Linker.Options.DEFAULT);
      List<Link> expected = docs.stream().flatMap(d -> linker.link(d).stream()).toList();
      docs.clear();
      assertEquals(expected, ArchiveLinker.link(a.search(), Linker.Options.DEFAULT));
    }
  }

  @Test
  void firstResultAndBenchmark() throws Exception {
    Path dir = tmp.resolve("archive");
    try (Archive a = Archive.openExisting(dir)) {
      SearchBench.FirstResult first = SearchBench.firstResult(a::search, "Chaco");
      System.out.printf("open + first query: %.0f ms%n", first.millis());
      assertEquals(158, first.result().total());
      SearchBench.Result r =
          SearchBench.run(
              a.search(), SearchBench.readQueries(Corpus.shared().resolve("bench/queries.txt")));
      System.out.println("search bench: " + r);
      assertTrue(r.hits() > 500, r.toString());
    }
  }
}
