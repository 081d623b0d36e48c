package org.chancery.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.chancery.Corpus;
import org.chancery.archive.ImportSummary;
import org.chancery.search.IndexSchema;
import org.chancery.search.SearchRequest;
import org.junit.jupiter.api.Test;

/**
 * A collection of 2 shards × 2 replicas keeps answering, with the same answers, while one of the
 * two nodes is down, and loses nothing once it is back; importing a volume again replaces it.
 */
class SolrFaultToleranceTest {
  static final String COLLECTION = "fault";

  @Test
  void answersFromReplicasWhileANodeIsDownAndLosesNothing() throws Exception {
    MiniSolrCloudCluster cluster = SolrCloud.cluster();
    SolrCloud.createCollection(COLLECTION, 2, 2);
    try (CloudJdkSolrClient client = CloudJdkSolrClient.connect(SolrCloud.zkHost());
        SolrSearchBackend solr = SolrSearchBackend.of(client, COLLECTION)) {
      ImportSummary imported =
          SolrCloud.importInto(client, COLLECTION, List.of(Corpus.volume("frus1918Russiav03")));
      List<SearchRequest> requests =
          List.of(
              SearchRequest.of("Vladivostok"),
              SearchRequest.of("\"Red Army\""),
              SearchRequest.of("Czechoslovak troops"),
              SearchRequest.of("Archangel").sort(SearchRequest.Sort.DATE));
      List<Long> totals = totals(solr, requests);
      assertEquals(imported.documents(), solr.count());

      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger answered = new AtomicInteger();
      List<Throwable> failures = new ArrayList<>();
      Thread searcher =
          new Thread(
              () -> {
                while (running.get()) {
                  try {
                    assertEquals(totals, totals(solr, requests));
                    answered.incrementAndGet();
                  } catch (Throwable e) {
                    synchronized (failures) {
                      failures.add(e);
                    }
                  }
                }
              });
      searcher.start();
      Thread.sleep(300);
      JettySolrRunner stopped = cluster.stopJettySolrRunner(1);
      cluster.waitForJettyToStop(stopped);
      int before = answered.get();
      Thread.sleep(2000);
      int whileDown = answered.get() - before;
      running.set(false);
      searcher.join();
      assertEquals(
          List.of(),
          failures.stream().map(Throwable::toString).toList(),
          "searches failed while a node was down");
      assertTrue(whileDown > 0, "no search answered while the node was down");
      assertEquals(totals, totals(solr, requests));

      cluster.startJettySolrRunner(stopped);
      cluster.waitForNode(stopped, 60);
      cluster.waitForActiveCollection(COLLECTION, 60, TimeUnit.SECONDS, 2, 4);
      assertEquals(imported.documents(), solr.count());
      assertEquals(totals, totals(solr, requests));

      ImportSummary again =
          SolrCloud.importInto(client, COLLECTION, List.of(Corpus.volume("frus1918Russiav03")));
      assertEquals(1, again.replaced());
      assertEquals(imported.documents(), solr.count());
      assertEquals(imported.documents(), solr.count(IndexSchema.VOLUME, "frus1918Russiav03"));
      assertEquals(totals, totals(solr, requests));
    }
  }

  private static List<Long> totals(SolrSearchBackend solr, List<SearchRequest> requests)
      throws Exception {
    List<Long> totals = new ArrayList<>();
    for (SearchRequest r : requests) totals.add(solr.search(r).total());
    return totals;
  }
}
