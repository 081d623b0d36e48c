package org.chancery.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.chancery.Corpus;
import org.chancery.model.Document;
import org.chancery.read.formats.Readers;
import org.chancery.search.Facet;
import org.chancery.search.IndexSchema;
import org.chancery.search.SearchRequest;
import org.chancery.search.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replacing a volume is all or nothing, for readers and for failures: while an importer in its own
 * process replaces a volume again and again (half of it, then the whole, each a generation), the
 * importer and a Solr node are killed in the middle of a replacement; every search, before, during
 * and after, sees either the whole of one version or the whole of the other, and the next import
 * leaves nothing of the old versions behind.
 */
class AtomicReplacementIT {
  static final String COLLECTION = "atomic";
  static final String VOLUME = "frus1934v04";
  static final Path LINKS = Path.of("target", "solrcloud-it", "atomic-links");

  static LocalSolrCloud cloud;
  static CloudJdkSolrClient client;

  @BeforeAll
  static void start() throws Exception {
    cloud = LocalSolrCloud.start(Path.of("target", "solrcloud-it", "atomic"));
    client = cloud.client();
    LocalSolrCloud.createCollection(client, COLLECTION, 2, 2);
  }

  @AfterAll
  static void stop() throws Exception {
    if (client != null) client.close();
    if (cloud != null) cloud.close();
  }

  @Test
  void everySearchSeesAWholeVersionWhenTheImporterAndANodeAreKilled() throws Exception {
    Path file = Corpus.volume(VOLUME);
    List<Document> docs = new ArrayList<>();
    Readers.forFile(file).read(file, docs::add);
    List<List<Document>> versions = ReplacingImporter.versions(docs);
    SolrSearchBackend solr = SolrSearchBackend.of(client, COLLECTION);
    // What one search sees of each version: how many documents, and how many of each year and type.
    SearchRequest query =
        SearchRequest.of("volume:" + VOLUME).facets(Set.of(Facet.YEAR, Facet.TYPE)).snippets(false);
    Set<List<Object>> whole = ConcurrentHashMap.newKeySet();
    for (int v = 0; v < versions.size(); v++) {
      ReplacingImporter.importVersion(new CollectionImport(client, COLLECTION, LINKS), file, v);
      whole.add(seen(solr, query));
    }
    assertEquals(2, whole.size(), "the two versions should look different: " + whole);

    Map<List<Object>, Integer> seen = new ConcurrentHashMap<>();
    AtomicInteger failed = new AtomicInteger();
    AtomicBoolean reading = new AtomicBoolean(true);
    Thread reader =
        new Thread(
            () -> {
              while (reading.get()) {
                try {
                  seen.merge(seen(solr, query), 1, Integer::sum);
                } catch (Exception e) {
                  failed.incrementAndGet();
                }
              }
            });
    reader.start();

    Process importer = startImporter(file);
    BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(importer.getInputStream(), StandardCharsets.UTF_8));
    // Past the first replacement, then into the middle of the next one.
    awaitLine(lines, "live ");
    awaitLine(lines, "writing ");
    long delay = 200 + new Random().nextInt(600);
    Thread.sleep(delay);
    cloud.killNode(2);
    importer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    System.out.printf("killed node 2 and the importer %d ms into a replacement%n", delay);
    int before = total(seen);
    Thread.sleep(3000);
    int whileDown = total(seen) - before;
    cloud.startNode(2);
    LocalSolrCloud.awaitActive(client, COLLECTION, 4);
    Thread.sleep(1000);
    reading.set(false);
    reader.join();

    System.out.printf(
        "searches: %s; %d answered while node 2 was down, %d failed%n",
        seen, whileDown, failed.get());
    assertEquals(
        Collections.emptySet(),
        seen.keySet().stream().filter(s -> !whole.contains(s)).collect(Collectors.toSet()),
        "searches saw a volume that was neither version whole: " + whole);
    assertTrue(whileDown > 0, "no search was answered while node 2 was down");

    // The next import finds what the killed one left, and leaves one version only.
    ReplacingImporter.importVersion(new CollectionImport(client, COLLECTION, LINKS), file, 1);
    assertEquals(docs.size(), solr.count(IndexSchema.VOLUME, VOLUME));
    assertEquals(docs.size(), everyVersion(VOLUME), "documents of old versions are left");
  }

  private static List<Object> seen(SolrSearchBackend solr, SearchRequest query) throws Exception {
    SearchResult r = solr.search(query);
    return List.of(r.total(), r.facets().toString());
  }

  private static int total(Map<List<Object>, Integer> seen) {
    return seen.values().stream().mapToInt(Integer::intValue).sum();
  }

  // The volume's documents of every version, live or not, committed.
  private static long everyVersion(String volume) throws Exception {
    SolrQuery q = new SolrQuery(SolrRequests.term(IndexSchema.VOLUME, volume)).setRows(0);
    return client.query(COLLECTION, q).getResults().getNumFound();
  }

  private Process startImporter(Path file) throws Exception {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx384m",
            "-cp",
            LocalSolrCloud.classpath(),
            ReplacingImporter.class.getName(),
            cloud.zkHost(),
            COLLECTION,
            file.toString(),
            LINKS.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static void awaitLine(BufferedReader lines, String prefix) throws Exception {
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.startsWith(prefix)) return;
    }
    throw new AssertionError("the importer ended before a line '" + prefix + "...'");
  }
}
