package org.chancery.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.chancery.archive.Archive;
import org.chancery.archive.ImportSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import throughput of the test volumes: the embedded archive, and SolrCloud collections of one and
 * of two shards (one replica each, so that the shards are what differs). Prints one line each;
 * asserts only that every import took every document.
 */
class SolrImportBenchTest {
  @TempDir Path dir;

  @Test
  void printsImportThroughput() throws Exception {
    // Once to warm the JVM up (reading, understanding), then measured.
    try (Archive warmUp = Archive.open(dir.resolve("warm-up"))) {
      SolrCloud.importEmbedded(warmUp);
    }
    ImportSummary embedded;
    try (Archive archive = Archive.open(dir.resolve("archive"))) {
      embedded = SolrCloud.importEmbedded(archive);
    }
    ImportSummary one = importInto("bench1", 1);
    ImportSummary two = importInto("bench2", 2);
    for (var e :
        java.util.Map.of("embedded Lucene", embedded, "Solr 1 shard", one, "Solr 2 shards", two)
            .entrySet()) {
      System.out.printf(
          "import bench: %-16s %d volumes, %d documents, %.1f MB in %.2f s = %.2f MB/s%n",
          e.getKey(),
          e.getValue().volumes(),
          e.getValue().documents(),
          e.getValue().megabytes(),
          e.getValue().seconds(),
          e.getValue().megabytesPerSecond());
    }
    assertEquals(embedded.documents(), one.documents());
    assertEquals(embedded.documents(), two.documents());
  }

  private static ImportSummary importInto(String collection, int shards) throws Exception {
    SolrCloud.createCollection(collection, shards, 1);
    try (CloudJdkSolrClient client = CloudJdkSolrClient.connect(SolrCloud.zkHost())) {
      ImportSummary s = SolrCloud.importInto(client, collection, SolrCloud.files());
      assertEquals(s.documents(), SolrSearchBackend.of(client, collection).count());
      return s;
    }
  }
}
