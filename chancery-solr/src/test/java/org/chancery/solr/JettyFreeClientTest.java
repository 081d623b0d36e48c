package org.chancery.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.chancery.Corpus;
import org.chancery.archive.ImportSummary;
import org.chancery.search.SearchRequest;
import org.junit.jupiter.api.Test;

/**
 * The client side runs without Jetty, as in the app (whose Jetty 12 would clash with SolrJ's Jetty
 * 10): a child JVM whose class path holds no Jetty and no Solr server imports into the test cluster
 * and searches it.
 */
class JettyFreeClientTest {
  static final String COLLECTION = "nojetty";

  /**
   * The child: imports the seed into the collection, then prints the count and a search's total.
   */
  public static void main(String[] args) throws Exception {
    try (CloudJdkSolrClient client = CloudJdkSolrClient.connect(args[0])) {
      ImportSummary s =
          new CollectionImport(client, args[1], Path.of(args[3]))
              .importPaths(List.of(Path.of(args[2])))
              .imported();
      SolrSearchBackend solr = SolrSearchBackend.of(client, args[1]);
      System.out.println(
          "imported="
              + s.documents()
              + " count="
              + solr.count()
              + " henderson="
              + solr.search(SearchRequest.of("Henderson")).total());
    }
  }

  @Test
  void importsAndSearchesWithoutJetty() throws Exception {
    SolrCloud.createCollection(COLLECTION, 2, 1);
    String classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(
                p ->
                    !p.contains("jetty")
                        && !p.contains("solr-core")
                        && !p.contains("solr-test-framework"))
            .collect(Collectors.joining(File.pathSeparator));
    assertFalse(classPath.contains("jetty"));
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classPath,
                JettyFreeClientTest.class.getName(),
                SolrCloud.zkHost(),
                COLLECTION,
                Corpus.shared().resolve("seed").toString(),
                Path.of("target", "solr-links", "jettyfree-" + System.nanoTime()).toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(child.getInputStream().readAllBytes());
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), out);
    assertEquals(0, child.exitValue(), out);
    assertTrue(out.contains("imported=1 count=1 henderson=1"), out);
  }
}
