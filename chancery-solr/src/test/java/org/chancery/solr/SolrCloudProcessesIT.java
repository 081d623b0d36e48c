package org.chancery.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.chancery.archive.Archive;
import org.chancery.search.SearchBackend;
import org.chancery.search.SearchRequest;
import org.chancery.search.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a cluster of separate processes (scripts/solrcloud.sh), a collection of 2 shards × 2 replicas
 * answers the benchmark searches as the embedded archive does, and goes on answering them, the
 * same, when a node is killed and after it is back.
 */
class SolrCloudProcessesIT {
  static final String COLLECTION = "frus";

  @TempDir static Path dir;
  static LocalSolrCloud cloud;
  static CloudJdkSolrClient client;
  static Archive archive;
  static SearchBackend lucene;
  static SolrSearchBackend solr;

  @BeforeAll
  static void importBoth() throws Exception {
    cloud = LocalSolrCloud.start(Path.of("target", "solrcloud-it", "processes"));
    client = cloud.client();
    LocalSolrCloud.createCollection(client, COLLECTION, 2, 2);
    SolrCloud.importInto(client, COLLECTION, SolrCloud.files());
    solr = SolrSearchBackend.of(client, COLLECTION);
    archive = Archive.open(dir.resolve("archive"));
    SolrCloud.importEmbedded(archive);
    lucene = archive.search();
  }

  @AfterAll
  static void stop() throws Exception {
    if (archive != null) archive.close();
    if (client != null) client.close();
    if (cloud != null) cloud.close();
  }

  @Test
  void answersTheBenchmarkSearchesAsTheEmbeddedArchive() throws Exception {
    int compared = 0;
    for (String q : SolrSearchBackendTest.queries()) {
      for (SearchRequest r : SolrSearchBackendTest.variants(q)) {
        SearchResult expected = lucene.search(r);
        SearchResult actual = solr.search(r);
        String what = "'" + q + "' " + r;
        assertEquals(expected.total(), actual.total(), "total of " + what);
        assertEquals(expected.facets(), actual.facets(), "facets of " + what);
        assertEquals(keys(expected), keys(actual), "first page of " + what);
        compared++;
      }
    }
    System.out.printf("compared %d searches on the cluster of processes%n", compared);
    assertEquals(476, compared);
    assertEquals(lucene.count(), solr.count());
    assertEquals(lucene.volumes(), solr.volumes());
  }

  @Test
  void answersTheSameWhileANodeIsKilledAndAfterItIsBack() throws Exception {
    List<SearchRequest> requests =
        List.of(
            SearchRequest.of("Vladivostok"),
            SearchRequest.of("\"Red Army\""),
            SearchRequest.of("Chaco OR Paraguay").sort(SearchRequest.Sort.DATE));
    List<Long> totals = totals(requests);
    cloud.killNode(2);
    // Searches answered while the node is dead (its replicas refuse connections) are the same.
    int answered = 0;
    for (int i = 0; i < 20; i++) {
      assertEquals(totals, totals(requests), "with node 2 killed");
      answered++;
    }
    assertEquals(20, answered);
    cloud.startNode(2);
    LocalSolrCloud.awaitActive(client, COLLECTION, 4);
    assertEquals(totals, totals(requests), "with node 2 back");
    assertEquals(lucene.count(), solr.count());
  }

  private static List<Long> totals(List<SearchRequest> requests) throws Exception {
    List<Long> totals = new ArrayList<>();
    for (SearchRequest r : requests) totals.add(solr.search(r).total());
    return totals;
  }

  // Scores of the two backends differ in the last bits; the first page as a set of keys.
  private static Set<String> keys(SearchResult r) {
    Set<String> keys = new TreeSet<>();
    r.hits().forEach(h -> keys.add(h.key()));
    return keys;
  }
}
