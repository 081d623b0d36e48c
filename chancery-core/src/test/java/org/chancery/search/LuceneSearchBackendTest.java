package org.chancery.search;

import static org.chancery.search.TestDocuments.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chancery.model.DocumentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchBackendTest {
  @TempDir static Path dir;
  static LuceneSearchBackend backend;

  @BeforeAll
  static void index() throws Exception {
    try (LuceneIndexWriter w = LuceneIndexWriter.open(dir, Duration.ZERO)) {
      w.replaceVolume(
          "v1",
          "Volume One",
          List.of(
              doc("v1", "d1", "The Red Army advanced on Chinese positions. Negotiations continue.")
                  .date("1934-04-30")
                  .parties("Minister in China", "Secretary of State")
                  .place("Peiping")
                  .file("893.00/123")
                  .serial("131")
                  .build(),
              doc(
                      "v1",
                      "d2",
                      "The Soviet government announced recognition terms. The Army of the Red flag & more.")
                  .type(DocumentType.DESPATCH)
                  .date("1934-05")
                  .parties("Chargé in the Soviet Union", "Secretary of State")
                  .place("Moscow")
                  .file("861.20/406")
                  .build(),
              doc("v1", "d3", "Memorandum on silver purchases and the tariff.")
                  .type(DocumentType.MEMORANDUM)
                  .build()));
      w.replaceVolume(
          "v2",
          "Volume Two",
          List.of(
              doc("v2", "d1", "Trotsky spoke to the Red Army.")
                  .date("1918-01-15")
                  .place("Moscow")
                  .file("861.00/1000")
                  .build(),
              doc("v2", "d2", "Editorial note about silver.")
                  .type(DocumentType.EDITORIAL_NOTE)
                  .date("1918")
                  .build(),
              doc("v2", "d3", "Bolshevik forces at Archangel.").date("1918-03-03").build()));
    }
    backend = LuceneSearchBackend.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    backend.close();
  }

  private static SearchResult search(String q) throws Exception {
    return backend.search(SearchRequest.of(q));
  }

  private static List<String> keys(SearchResult r) {
    return r.hits().stream().map(Hit::key).toList();
  }

  private static Set<String> keySet(String q) throws Exception {
    return Set.copyOf(keys(search(q)));
  }

  @Test
  void documentReturnsTheWholeDocumentAsImported() throws Exception {
    var expected =
        doc("v1", "d3", "Memorandum on silver purchases and the tariff.")
            .type(DocumentType.MEMORANDUM)
            .build();
    assertEquals(java.util.Optional.of(expected), backend.document("v1/d3"));
    assertEquals(java.util.Optional.empty(), backend.document("v1/d99"));
  }

  @Test
  void wordsMustAllMatch() throws Exception {
    assertEquals(Set.of("v1/d1", "v1/d2", "v2/d1"), keySet("Red Army"));
  }

  @Test
  void phraseMatchesWordsInOrder() throws Exception {
    assertEquals(Set.of("v1/d1", "v2/d1"), keySet("\"Red Army\""));
  }

  @Test
  void stemsAndFoldsAccents() throws Exception {
    assertEquals(Set.of("v1/d1"), keySet("negotiation"));
    assertEquals(Set.of("v1/d2"), keySet("sender:charge"));
  }

  @Test
  void orExclusionAndPrefix() throws Exception {
    assertEquals(Set.of("v2/d1", "v1/d3"), keySet("Trotsky OR tariff"));
    assertEquals(Set.of("v2/d2"), keySet("silver -tariff"));
    assertEquals(Set.of("v2/d3"), keySet("Bolshev*"));
    assertEquals(4, search("-silver").total());
  }

  @Test
  void prefixFindsStemmedWords() throws Exception {
    assertEquals(Set.of("v1/d1"), keySet("negotiat*"));
    assertEquals(Set.of("v1/d1"), keySet("Negot*"));
  }

  @Test
  void stopWordsOnlyMatchNothing() throws Exception {
    assertEquals(0, search("the of").total());
  }

  @Test
  void searchesFields() throws Exception {
    assertEquals(Set.of("v1/d1"), keySet("sender:\"Minister in China\""));
    assertEquals(Set.of("v1/d3"), keySet("type:memorandum"));
    assertEquals(Set.of("v2/d2"), keySet("type:editorial_note"));
    assertEquals(Set.of("v1/d2", "v2/d1"), keySet("file:861.*"));
    assertEquals(Set.of("v1/d2"), keySet("file:861.20/406"));
    assertEquals(Set.of("v1/d1"), keySet("serial:131"));
    assertEquals(Set.of("v1/d2", "v2/d1"), keySet("place:moscow"));
    assertEquals(3, search("volume:v2").total());
    assertEquals(Set.of("v1/d1", "v1/d2"), keySet("recipient:secretary"));
  }

  @Test
  void countsFacetsOverAllMatches() throws Exception {
    SearchResult r = backend.search(SearchRequest.of("").page(0, 1));
    assertEquals(6, r.total());
    assertEquals(1, r.hits().size());
    assertEquals(List.of(new FacetCount("v1", 3), new FacetCount("v2", 3)), r.facet(Facet.VOLUME));
    assertEquals(
        List.of(new FacetCount("1918", 3), new FacetCount("1934", 2)), r.facet(Facet.YEAR));
    assertEquals(new FacetCount("telegram", 3), r.facet(Facet.TYPE).get(0));
    assertEquals(
        List.of(new FacetCount("Moscow", 2), new FacetCount("Peiping", 1)), r.facet(Facet.PLACE));
    assertEquals(List.of(new FacetCount("Secretary of State", 2)), r.facet(Facet.RECIPIENT_ROLE));
    assertEquals(2, r.facet(Facet.SENDER_ROLE).size());
  }

  @Test
  void countsOnlyAskedFacets() throws Exception {
    SearchResult r = backend.search(SearchRequest.of("silver").facets(Set.of(Facet.VOLUME)));
    assertEquals(Set.of(Facet.VOLUME), r.facets().keySet());
    assertEquals(List.of(new FacetCount("v1", 1), new FacetCount("v2", 1)), r.facet(Facet.VOLUME));
  }

  @Test
  void undatedDocumentsAreFoundWithoutDateFilter() throws Exception {
    assertEquals(Set.of("v1/d3", "v2/d2"), keySet("silver"));
  }

  @Test
  void dateFilterLeavesOutUndatedDocuments() throws Exception {
    SearchResult r =
        backend.search(
            SearchRequest.of("").dates(Optional.of(LocalDate.of(1934, 1, 1)), Optional.empty()));
    assertEquals(Set.of("v1/d1", "v1/d2"), Set.copyOf(keys(r)));
    SearchResult early =
        backend.search(
            SearchRequest.of("").dates(Optional.empty(), Optional.of(LocalDate.of(1918, 1, 15))));
    assertEquals(Set.of("v2/d1", "v2/d2"), Set.copyOf(keys(early)));
  }

  @Test
  void filtersByTypeAndVolume() throws Exception {
    assertEquals(
        Set.of("v1/d1", "v2/d1", "v2/d3"),
        Set.copyOf(
            keys(backend.search(SearchRequest.of("").types(Set.of(DocumentType.TELEGRAM))))));
    assertEquals(
        Set.of("v2/d1"),
        Set.copyOf(keys(backend.search(SearchRequest.of("Red").volumes(Set.of("v2"))))));
  }

  @Test
  void sortsByDateUndatedLast() throws Exception {
    SearchResult r = backend.search(SearchRequest.of("").sort(SearchRequest.Sort.DATE));
    assertEquals(List.of("v2/d2", "v2/d1", "v2/d3", "v1/d1", "v1/d2", "v1/d3"), keys(r));
    assertEquals(
        List.of("1918", "1918-01-15"),
        r.hits().subList(0, 2).stream().map(h -> h.date().orElseThrow()).toList());
  }

  @Test
  void pages() throws Exception {
    SearchResult r = backend.search(SearchRequest.of("").sort(SearchRequest.Sort.DATE).page(2, 2));
    assertEquals(6, r.total());
    assertEquals(List.of("v2/d3", "v1/d1"), keys(r));
    assertEquals(List.of(), keys(backend.search(SearchRequest.of("").page(10, 5))));
  }

  @Test
  void highlightsMatchesInTheText() throws Exception {
    Hit hit = search("army flag").hits().get(0);
    assertEquals("v1/d2", hit.key());
    assertTrue(
        hit.snippet().marked("[", "]").contains("The [Army] of the Red [flag] & more."),
        hit.snippet().toString());
    assertEquals("Heading of d2", hit.title());
    assertEquals("1934-05", hit.date().orElseThrow());
    assertEquals("despatch", hit.type());
  }

  @Test
  void highlightsPrefixMatches() throws Exception {
    assertTrue(search("Bolshev*").hits().get(0).snippet().marked("[", "]").contains("[Bolshevik]"));
  }

  @Test
  void listsVolumes() throws Exception {
    assertEquals(
        List.of(new VolumeInfo("v1", "Volume One", 3), new VolumeInfo("v2", "Volume Two", 3)),
        backend.volumes());
    assertEquals(6, backend.count());
  }

  @Test
  void reportsTime() throws Exception {
    assertTrue(search("silver").tookMs() > 0);
  }
}
