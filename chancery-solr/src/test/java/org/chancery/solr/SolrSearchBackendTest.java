package org.chancery.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.chancery.Corpus;
import org.chancery.archive.Archive;
import org.chancery.archive.Generation;
import org.chancery.archive.Generations;
import org.chancery.archive.ImportSummary;
import org.chancery.link.ArchiveLinker;
import org.chancery.link.Link;
import org.chancery.link.LinkStore;
import org.chancery.link.Linker;
import org.chancery.model.Document;
import org.chancery.model.DocumentType;
import org.chancery.search.DocumentCodec;
import org.chancery.search.Hit;
import org.chancery.search.IndexSchema;
import org.chancery.search.SearchBackend;
import org.chancery.search.SearchRequest;
import org.chancery.search.SearchResult;
import org.chancery.search.VolumeInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Solr backend over a collection of 2 shards × 2 replicas answers as the embedded Lucene
 * backend over the same volumes: totals, facet counts and first pages, for every query of the
 * benchmark and its filtered, sorted and paged variants; the same documents; the same links.
 */
class SolrSearchBackendTest {
  static final String COLLECTION = "frus";

  @TempDir static Path dir;
  static Archive archive;
  static SearchBackend lucene;
  static SolrSearchBackend solr;
  static ImportSummary solrImport;

  @BeforeAll
  static void importBoth() throws Exception {
    archive = Archive.open(dir.resolve("archive"));
    ImportSummary embedded = SolrCloud.importEmbedded(archive);
    lucene = archive.search();
    SolrCloud.createCollection(COLLECTION, 2, 2);
    solr = SolrSearchBackend.connect(SolrCloud.zkHost(), COLLECTION);
    try (CloudJdkSolrClient client = CloudJdkSolrClient.connect(SolrCloud.zkHost())) {
      solrImport = SolrCloud.importInto(client, COLLECTION, SolrCloud.files());
    }
    System.out.printf(
        "import of %d volumes (%.1f MB): embedded %.1f MB/s, Solr 2 shards x 2 replicas %.1f MB/s%n",
        embedded.volumes(),
        embedded.megabytes(),
        embedded.megabytesPerSecond(),
        solrImport.megabytesPerSecond());
  }

  @AfterAll
  static void close() throws IOException {
    if (solr != null) solr.close();
    if (archive != null) archive.close();
  }

  static List<String> queries() throws IOException {
    Path file = Corpus.shared().resolve("bench/queries.txt");
    List<String> queries =
        new ArrayList<>(
            Files.readAllLines(file).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList());
    // The rest of the query language: fields, prefixes, exclusions, OR, stop words only.
    queries.addAll(
        List.of(
            "sender:Henderson",
            "recipient:\"Secretary of State\"",
            "type:telegram Soviet",
            "file:861.*",
            "negotiat*",
            "Bolshev* -Trotsky",
            "Chaco OR Paraguay",
            "-Soviet",
            "the of",
            "place:Moscow",
            "class:7",
            "country:Bolivia",
            "subject:political",
            "person:Litvinov",
            "serial:131",
            "volume:frus1861 cotton",
            "U.S.",
            "most-favored"));
    return queries;
  }

  static List<SearchRequest> variants(String query) throws Exception {
    SearchRequest r = SearchRequest.of(query);
    return List.of(
        r,
        r.dates(Optional.of(LocalDate.of(1918, 1, 1)), Optional.of(LocalDate.of(1934, 12, 31))),
        r.dates(Optional.empty(), Optional.of(LocalDate.of(1900, 1, 1))),
        r.types(Set.of(DocumentType.TELEGRAM)),
        r.volumes(Set.of("frus1934v04", "frus1861")),
        r.sort(SearchRequest.Sort.DATE),
        r.page(20, 20).snippets(false).facets(Set.of()));
  }

  @Test
  void answersEveryQueryAsLucene() throws Exception {
    int compared = 0;
    long matches = 0;
    for (String q : queries()) {
      for (SearchRequest r : variants(q)) {
        SearchResult expected = lucene.search(r);
        SearchResult actual = solr.search(r);
        String what = "'" + q + "' " + r;
        assertEquals(expected.total(), actual.total(), "total of " + what);
        assertEquals(expected.facets(), actual.facets(), "facets of " + what);
        assertSamePage(expected.hits(), actual.hits(), what);
        compared++;
        matches += expected.total();
      }
    }
    System.out.printf("compared %d searches, %d matches in all%n", compared, matches);
    assertTrue(matches > 1000, "the queries should find something: " + matches);
  }

  // The same documents in the same order (ties are broken by reading order on both). Where the
  // order
  // differs, only within scores that tie to float error (the Lucene hits carry no scores when
  // sorted: Solr's tell the ties), and then as sets.
  private static void assertSamePage(List<Hit> expected, List<Hit> actual, String what) {
    List<String> want = expected.stream().map(Hit::key).toList();
    List<String> got = actual.stream().map(Hit::key).toList();
    if (want.equals(got)) return;
    assertEquals(want.size(), got.size(), "hits of " + what);
    int i = 0;
    while (i < actual.size()) {
      int j = i + 1;
      while (j < actual.size() && close(actual.get(j).score(), actual.get(i).score())) j++;
      assertEquals(
          keys(expected.subList(i, j)),
          keys(actual.subList(i, j)),
          "hits " + i + ".." + (j - 1) + " of " + what);
      i = j;
    }
  }

  private static boolean close(float a, float b) {
    return Math.abs(a - b) <= 1e-4f * Math.max(1f, Math.abs(a));
  }

  private static Set<String> keys(List<Hit> hits) {
    Set<String> keys = new HashSet<>();
    hits.forEach(h -> keys.add(h.key()));
    return keys;
  }

  @Test
  void hitsCarryTheSameFieldsAndHighlightedSnippets() throws Exception {
    SearchRequest r = SearchRequest.of("\"Red Army\"").sort(SearchRequest.Sort.DATE);
    List<Hit> expected = lucene.search(r).hits();
    List<Hit> actual = solr.search(r).hits();
    assertFalse(actual.isEmpty());
    for (int i = 0; i < expected.size(); i++) {
      Hit e = expected.get(i);
      Hit a = actual.get(i);
      assertEquals(
          List.of(e.key(), e.volume(), e.id(), e.title(), e.date(), e.type()),
          List.of(a.key(), a.volume(), a.id(), a.title(), a.date(), a.type()));
      String marked = a.snippet().marked("[", "]");
      assertTrue(marked.contains("[Red] [Army]") || marked.contains("[Red Army]"), marked);
      assertFalse(marked.contains("[the"), marked);
    }
  }

  @Test
  void snippetsAreTextWithTheMatchesAsRanges() throws Exception {
    for (Hit h : solr.search(SearchRequest.of("Soviet").page(0, 100)).hits()) {
      String text = h.snippet().text();
      assertFalse(text.contains("\u0002") || text.contains("\u0003"), text);
      assertFalse(text.contains("&lt;") || text.contains("<b>"), text);
      assertFalse(h.snippet().highlights().isEmpty(), h.snippet().toString());
    }
  }

  @Test
  void holdsTheSameDocuments() throws Exception {
    assertEquals(lucene.count(), solr.count());
    assertEquals(lucene.volumes(), solr.volumes());
    for (VolumeInfo v : lucene.volumes()) {
      assertEquals(
          lucene.count(IndexSchema.VOLUME, v.id()), solr.count(IndexSchema.VOLUME, v.id()));
    }
    assertEquals(
        lucene.count(IndexSchema.TYPE, "telegram"), solr.count(IndexSchema.TYPE, "telegram"));
    assertThrows(IllegalArgumentException.class, () -> solr.count(IndexSchema.TEXT, "soviet"));
    for (Hit h : lucene.search(SearchRequest.of("Moscow").page(0, 50)).hits()) {
      var expected = lucene.document(h.key()).orElseThrow();
      var actual = solr.document(h.key()).orElseThrow();
      assertEquals(
          List.of(DocumentCodec.encode(expected).length, expected),
          List.of(DocumentCodec.encode(actual).length, actual));
    }
    assertTrue(solr.document("frus1934v04/no-such").isEmpty());
  }

  @Test
  void fetchesManyDocumentsByKeyAsOneAtATime() throws Exception {
    // More keys than one request names, one twice, and one that no document has.
    List<String> keys = new ArrayList<>();
    for (Hit h : lucene.search(SearchRequest.of("Department").page(0, 450)).hits())
      keys.add(h.key());
    assertTrue(keys.size() > 400, "keys: " + keys.size());
    keys.add(keys.get(0));
    keys.add("frus1934v04/no-such");
    Map<String, Document> fetched = solr.documents(keys);
    assertEquals(keys.size() - 2, fetched.size());
    for (String k : keys.subList(0, keys.size() - 2))
      assertEquals(lucene.document(k).orElseThrow(), fetched.get(k), k);
    assertEquals(lucene.documents(keys), fetched);
  }

  @Test
  void readsAGenerationAsLargeAsTheWholeFrus() throws Exception {
    // Every query names each volume's version: the whole FRUS has more than a thousand volumes.
    try (CloudJdkSolrClient client = CloudJdkSolrClient.connect(SolrCloud.zkHost())) {
      Map<String, String> tags =
          new TreeMap<>(new CollectionGenerations(client, COLLECTION).published());
      for (int i = 0; i < 1040; i++) tags.put("absent" + i, CollectionGenerations.newTag());
      SolrSearchBackend whole = SolrSearchBackend.at(client, COLLECTION, tags);
      assertEquals(lucene.count(), whole.count());
      assertEquals(lucene.volumes(), whole.volumes());
      assertEquals(
          lucene.search(SearchRequest.of("Moscow")).total(),
          whole.search(SearchRequest.of("Moscow")).total());
      assertEquals(
          lucene.count(IndexSchema.TYPE, "telegram"), whole.count(IndexSchema.TYPE, "telegram"));
    }
  }

  @Test
  void forEachDocumentPassesEveryDocumentOnce() throws Exception {
    Set<String> lucenes = new HashSet<>();
    lucene.forEachDocument(d -> lucenes.add(d.key()));
    List<String> solrs = new ArrayList<>();
    solr.forEachDocument(d -> solrs.add(d.key()));
    assertEquals(lucenes.size(), solrs.size());
    assertEquals(lucenes, new HashSet<>(solrs));
  }

  @Test
  void linksAsOverLucene() throws Exception {
    List<String> expected = sorted(ArchiveLinker.link(lucene, Linker.Options.DEFAULT));
    List<String> actual = sorted(ArchiveLinker.link(solr, Linker.Options.DEFAULT));
    assertTrue(expected.size() > 100, "links: " + expected.size());
    List<String> missing = expected.stream().filter(l -> !actual.contains(l)).toList();
    List<String> extra = actual.stream().filter(l -> !expected.contains(l)).toList();
    assertEquals(List.of(), missing, "links found over Lucene only; over Solr only: " + extra);
    assertEquals(expected, actual);
  }

  // The links of a collection are made at import and kept in a folder, as an archive's are; an
  // update after a volume is imported again links only what it changed, with the same result.
  @Test
  void storesTheSameLinksForACollectionAndUpdatesThem() throws Exception {
    Path links = dir.resolve("solr-links");
    Set<String> volumes = new HashSet<>();
    solr.volumes().forEach(v -> volumes.add(v.id()));
    ArchiveLinker.afterImport(links, solr, volumes, inFolder(links));
    List<String> expected = sorted(ArchiveLinker.link(lucene, Linker.Options.DEFAULT));
    try (LinkStore stored = LinkStore.open(links)) {
      assertEquals(expected, sorted(stored.all()));
    }
    ArchiveLinker.Summary again =
        ArchiveLinker.afterImport(links, solr, Set.of("frus1861"), inFolder(links));
    assertTrue(again.relinked() < again.documents(), again.toString());
    try (LinkStore stored = LinkStore.open(links)) {
      assertEquals(expected, sorted(stored.all()));
    }
  }

  // Generations kept in the links folder, not published to the collection: linking alone.
  private static Generations inFolder(Path links) {
    return new Generations() {
      @Override
      public Optional<Generation> last() throws IOException {
        return Generation.read(links);
      }

      @Override
      public Generation next(Optional<Generation> last, long linksCommit, String threads) {
        return Generation.next(last, 0, Map.of(), linksCommit, threads);
      }

      @Override
      public void publish(Generation g) throws IOException {
        g.write(links);
      }
    };
  }

  // The candidates of an ambiguous link come in the order the archive is read (Lucene: as
  // imported; Solr: by key), so they are compared as sets.
  // A link as text, its grounds in their declared order: a Set.copyOf iterates in no set order, so
  // a link read back from the link index may print its grounds in another.
  private static String printed(Link l) {
    return l.toString()
        .replace(
            l.basis().toString(),
            "Basis[grounds="
                + l.basis().ordered()
                + ", confidence="
                + l.basis().confidence()
                + "]");
  }

  private static List<String> sorted(List<Link> links) {
    return links.stream()
        .map(
            l ->
                new Link(
                    l.source(),
                    l.phrase(),
                    l.target(),
                    l.status(),
                    l.evidence(),
                    l.candidates().stream().sorted().toList(),
                    l.kind(),
                    l.item(),
                    l.block(),
                    l.start(),
                    l.end(),
                    l.reason(),
                    l.basis()))
        .map(SolrSearchBackendTest::printed)
        .sorted()
        .toList();
  }
}
