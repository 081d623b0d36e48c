package org.chancery.search;

import static org.chancery.search.TestDocuments.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chancery.model.Document;
import org.chancery.search.meaning.MeaningModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related documents and hybrid search over an index whose documents carry their meaning, from the
 * real model: two documents on fighting, two on silver and tariffs, one on credentials, with few
 * words in common within a pair.
 */
class MeaningSearchTest {
  @TempDir static Path dir;
  @TempDir static Path plainDir;
  static LuceneSearchBackend backend;
  static LuceneSearchBackend plain;

  static List<Document> volume(String v) {
    return List.of(
        doc(v, "d1", "The Red Army advanced on the Chinese positions; heavy fighting goes on.")
            .head("Fighting")
            .date("1934-04-30")
            .build(),
        doc(v, "d2", "Troops attacked along the frontier and the battle lasted three days.")
            .head("Battle")
            .date("1934-05-02")
            .build(),
        doc(v, "d3", "Memorandum on silver purchases and the tariff.").head("Silver").build(),
        doc(v, "d4", "The price of bullion and customs duties were discussed with the Treasury.")
            .head("Bullion")
            .date("1919-01-02")
            .build(),
        doc(v, "d5", "The Minister presented his letters of credence to the King at the palace.")
            .head("Credentials")
            .build());
  }

  @BeforeAll
  static void index() throws Exception {
    try (LuceneIndexWriter w =
        LuceneIndexWriter.open(dir, Duration.ZERO, () -> -1, Optional.of(MeaningModel.shared()))) {
      w.replaceVolume("v1", "Volume One", volume("v1"));
    }
    try (LuceneIndexWriter w = LuceneIndexWriter.open(plainDir, Duration.ZERO)) {
      w.replaceVolume("v1", "Volume One", volume("v1"));
    }
    backend = LuceneSearchBackend.open(dir);
    plain = LuceneSearchBackend.open(plainDir);
  }

  @AfterAll
  static void close() throws Exception {
    backend.close();
    plain.close();
  }

  private static List<String> keys(List<RelatedDocument> related) {
    return related.stream().map(r -> r.hit().key()).toList();
  }

  private static List<String> keys(SearchResult r) {
    return r.hits().stream().map(Hit::key).toList();
  }

  @Test
  void anImportThatEmbedsStoresEveryDocumentsMeaning() throws Exception {
    assertEquals(5, backend.meanings());
    assertEquals(0, plain.meanings());
  }

  @Test
  void theNearestInMeaningComeFirstWithHowClose() throws Exception {
    List<RelatedDocument> related = backend.related("v1/d1", 4, RelatedBy.MEANING);
    assertEquals("v1/d2", related.get(0).hit().key(), keys(related).toString());
    assertFalse(keys(related).contains("v1/d1"), "never itself");
    for (int i = 1; i < related.size(); i++) {
      assertTrue(
          related.get(i - 1).closeness().getAsDouble() >= related.get(i).closeness().getAsDouble());
    }
    assertEquals("v1/d4", backend.related("v1/d3", 1, RelatedBy.MEANING).get(0).hit().key());
  }

  @Test
  void relatedByWordsAlsoSaysHowCloseInMeaning() throws Exception {
    List<RelatedDocument> byWords = backend.related("v1/d1", 3, RelatedBy.WORDS);
    assertTrue(byWords.stream().allMatch(r -> r.closeness().isPresent()));
    List<RelatedDocument> both = backend.related("v1/d1", 4, RelatedBy.BOTH);
    assertEquals("v1/d2", both.get(0).hit().key(), keys(both).toString());
  }

  @Test
  void anArchiveWithoutMeaningsRelatesByWordsAndByMeaningNotAtAll() throws Exception {
    assertEquals(List.of(), plain.related("v1/d1", 3, RelatedBy.MEANING));
    List<RelatedDocument> both = plain.related("v1/d1", 3, RelatedBy.BOTH);
    assertEquals(keys(plain.related("v1/d1", 3, RelatedBy.WORDS)), keys(both));
    assertTrue(both.stream().allMatch(r -> r.closeness().isEmpty()));
  }

  @Test
  void hybridSearchAddsTheDocumentsNearInMeaning() throws Exception {
    SearchRequest keyword = SearchRequest.of("battle");
    assertEquals(List.of("v1/d2"), keys(backend.search(keyword)));
    SearchResult hybrid = backend.search(keyword.mode(SearchRequest.Mode.HYBRID));
    assertEquals("v1/d2", hybrid.hits().get(0).key(), "holding the word and near: first");
    assertTrue(keys(hybrid).contains("v1/d1"), "the other fight, by meaning: " + keys(hybrid));
    assertFalse(keys(hybrid).contains("v1/d5"), "credentials are not near a battle");
    assertEquals(hybrid.hits().size(), hybrid.total(), "the total counts what is listed");
    int counted = hybrid.facet(Facet.VOLUME).stream().mapToInt(FacetCount::count).sum();
    assertEquals(hybrid.total(), counted, "facets count the same documents");
  }

  @Test
  void documentsFoundByMeaningMeetTheQuerysConditionsAndFilters() throws Exception {
    // "fighting" is in d1 only, of April 30; d2, of May 2, tells of a battle.
    SearchRequest dated =
        SearchRequest.of("fighting")
            .dates(Optional.of(java.time.LocalDate.of(1934, 5, 1)), Optional.empty())
            .mode(SearchRequest.Mode.HYBRID);
    assertEquals(List.of("v1/d2"), keys(backend.search(dated)));
    SearchRequest excluded = SearchRequest.of("fighting -frontier").mode(SearchRequest.Mode.HYBRID);
    assertFalse(keys(backend.search(excluded)).contains("v1/d2"), "-frontier holds for meaning");
    SearchRequest onlyTelegrams =
        SearchRequest.of("war")
            .types(Set.of())
            .volumes(Set.of("v2"))
            .mode(SearchRequest.Mode.HYBRID);
    assertEquals(0, backend.search(onlyTelegrams).total());
  }

  @Test
  void sortedByDateAHybridSearchListsTheSameDocumentsByDate() throws Exception {
    SearchRequest r = SearchRequest.of("battle").mode(SearchRequest.Mode.HYBRID);
    SearchResult byDate = backend.search(r.sort(SearchRequest.Sort.DATE));
    assertEquals(List.of("v1/d1", "v1/d2"), keys(byDate));
  }

  @Test
  void withoutMeaningsOrWordsAHybridSearchIsAKeywordSearch() throws Exception {
    SearchRequest r = SearchRequest.of("battle");
    assertEquals(keys(plain.search(r)), keys(plain.search(r.mode(SearchRequest.Mode.HYBRID))));
    SearchRequest browse = SearchRequest.of(UserQuery.ALL).sort(SearchRequest.Sort.DATE);
    assertEquals(
        keys(backend.search(browse)), keys(backend.search(browse.mode(SearchRequest.Mode.HYBRID))));
  }
}
