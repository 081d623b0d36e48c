package org.chancery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancery.model.Document;
import org.chancery.read.tei.TeiVolumeReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classification, precedence, archive and participants as facets and query fields, and the subject
 * a document prints as a query field and in its hit, on the modern fixtures of read/tei/modern
 * indexed whole.
 */
class ModernFacetsTest {
  private static final Set<Facet> NEW =
      Set.of(Facet.CLASSIFICATION, Facet.PRECEDENCE, Facet.ARCHIVE, Facet.PARTICIPANT);

  @TempDir static Path dir;
  static LuceneSearchBackend backend;

  @BeforeAll
  static void index() throws Exception {
    try (LuceneIndexWriter w = LuceneIndexWriter.open(dir, Duration.ZERO)) {
      for (String v :
          List.of("frus1948v05p1", "frus1955-57v24", "frus1964-68v14", "frus1969-76v12")) {
        List<Document> docs = new ArrayList<>();
        Path file =
            Path.of(
                ModernFacetsTest.class
                    .getResource("/org/chancery/read/tei/modern/" + v + ".xml")
                    .toURI());
        new TeiVolumeReader().read(file, docs::add);
        w.replaceVolume(v, v, docs);
      }
    }
    backend = LuceneSearchBackend.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    backend.close();
  }

  private static Map<String, Long> counts(SearchResult r, Facet f) {
    return r.facet(f).stream().collect(Collectors.toMap(FacetCount::value, c -> (long) c.count()));
  }

  @Test
  void countsTheSourceNotesMarkingsAndArchives() throws Exception {
    SearchResult r = backend.search(SearchRequest.of(UserQuery.ALL).facets(NEW));
    assertEquals(NEW, r.facets().keySet());
    Map<String, Long> classification = counts(r, Facet.CLASSIFICATION);
    // frus1969-76v12 d2 "Confidential.", d4 "Secret."; the 1948 notes are bare file numbers.
    assertTrue(classification.getOrDefault("secret", 0L) >= 1, classification.toString());
    assertTrue(classification.getOrDefault("confidential", 0L) >= 1, classification.toString());
    assertTrue(
        counts(r, Facet.ARCHIVE).getOrDefault("National Archives", 0L) >= 2,
        counts(r, Facet.ARCHIVE).toString());
    assertTrue(!counts(r, Facet.PRECEDENCE).isEmpty(), "a Niact or priority telegram is counted");
  }

  @Test
  void countsAndFindsTheParticipantsOfAConversation() throws Exception {
    SearchResult r = backend.search(SearchRequest.of(UserQuery.ALL).facets(NEW));
    assertEquals(1L, counts(r, Facet.PARTICIPANT).get("Mr. Breakey"));
    SearchResult sanger = backend.search(SearchRequest.of("participant:\"Mr. Sanger\""));
    assertEquals(List.of("frus1948v05p1/d2"), sanger.hits().stream().map(Hit::key).toList());
  }

  @Test
  void aParticipantIdentifiedByHisOfficeIsAPersonTheDocumentNames() throws Exception {
    // frus1964-68v14 d178: "The President" at a conversation of 10 October 1966 is Johnson.
    String johnson = "chancery-president-johnson-lyndon-b";
    List<String> named = List.of("frus1964-68v14/d178");
    assertEquals(named, keys(backend.search(SearchRequest.of("mentioned:" + johnson))));
    assertEquals(1, backend.count(IndexSchema.MENTIONED_PERSON, johnson));
    SearchResult r =
        backend.search(SearchRequest.of("person:Johnson").facets(Set.of(Facet.PERSON)));
    assertTrue(keys(r).containsAll(named), keys(r).toString());
    assertEquals(1L, counts(r, Facet.PERSON).get("Lyndon B. Johnson"));
  }

  @Test
  void findsADocumentByTheSubjectItPrints() throws Exception {
    SearchResult r = backend.search(SearchRequest.of("subject:\"Miscellaneous Matters\""));
    assertEquals(List.of("frus1964-68v14/d178"), keys(r));
    assertEquals(Optional.of("Miscellaneous Matters"), r.hits().get(0).subject());
  }

  @Test
  void searchesTheSubjectPrintedNotTheText() throws Exception {
    // frus1969-76v12 d4 asks for an "inventory" of the world; its subject is the situation.
    assertEquals(
        List.of("frus1969-76v12/d4"), keys(backend.search(SearchRequest.of("subject:situation"))));
    assertEquals(List.of(), keys(backend.search(SearchRequest.of("subject:inventory"))));
    assertTrue(keys(backend.search(SearchRequest.of("inventory"))).contains("frus1969-76v12/d4"));
  }

  private static List<String> keys(SearchResult r) {
    return r.hits().stream().map(Hit::key).toList();
  }

  @Test
  void filtersOnTheClassification() throws Exception {
    SearchResult r = backend.search(SearchRequest.of("classification:confidential"));
    assertTrue(
        r.hits().stream().map(Hit::key).toList().contains("frus1969-76v12/d2"), r.toString());
  }
}
