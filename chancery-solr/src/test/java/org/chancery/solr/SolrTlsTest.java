package org.chancery.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.apache.solr.client.solrj.embedded.SSLConfig;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.ZkStateReader;
import org.chancery.Corpus;
import org.chancery.archive.Archive;
import org.chancery.archive.ImportSummary;
import org.chancery.search.Hit;
import org.chancery.search.SearchRequest;
import org.chancery.search.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a cluster that speaks HTTPS only, with a certificate of a test authority and Basic
 * authentication on, a client that trusts the authority ({@link SolrTrust}) imports and searches as
 * the embedded archive does; one that trusts only what the JVM trusts fails the handshake, and
 * plain HTTP is not answered.
 */
class SolrTlsTest {
  static final String COLLECTION = "sealed";
  static final String VOLUME = "frus1861";

  @TempDir static Path dir;
  static TestCertificates certs;
  static SSLContext trust;
  static SolrCredentials credentials;
  static MiniSolrCloudCluster cluster;

  @BeforeAll
  static void start() throws Exception {
    certs = TestCertificates.create(dir.resolve("certs"));
    trust = SolrTrust.from(certs.environment()).orElseThrow();
    credentials = new SolrCredentials("chancery", UUID.randomUUID().toString());
    Path configset = SolrSchema.write(dir.resolve("configset")).get(0).getParent();
    SSLConfig ssl =
        new SSLConfig(
            true,
            false,
            certs.serverKeyStore().toString(),
            certs.password(),
            certs.trustStore().toString(),
            certs.password());
    // JettySolrRunner gives its nodes an HTTPS connector only in test mode, and the nodes' own
    // clients (to each other, to themselves) take the trust of Http2SolrClient's default: both are
    // global to the JVM, which the other tests' cluster shares, so both are put back once the
    // nodes and their clients exist.
    String testMode = System.getProperty("jetty.testMode");
    System.setProperty("jetty.testMode", "true");
    Http2SolrClient.setDefaultSSLConfig(ssl);
    try {
      // MiniSolrCloudCluster sets the cluster property urlScheme=https for an SSL configuration.
      cluster =
          new MiniSolrCloudCluster.Builder(1, dir.resolve("nodes"))
              .addConfig(SolrCloud.CONFIG, configset)
              .withSecurityJson(SolrBasicAuthTest.securityJson(credentials))
              .withJettyConfig(jetty -> jetty.withSSLConfig(ssl))
              .configure();
      try (CloudJdkSolrClient client = connect(Optional.of(trust))) {
        SolrBasicAuthTest.createCollection(client, COLLECTION);
      }
    } finally {
      if (testMode == null) System.clearProperty("jetty.testMode");
      else System.setProperty("jetty.testMode", testMode);
      Http2SolrClient.resetSslContextFactory();
    }
  }

  private static CloudJdkSolrClient connect(Optional<SSLContext> trust) {
    return CloudJdkSolrClient.connect(
        cluster.getZkServer().getZkAddress(), Optional.of(credentials), trust);
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) cluster.shutdown();
  }

  @Test
  void importsAndSearchesAsTheEmbeddedArchiveWhenTrustingTheAuthority() throws Exception {
    SearchRequest cotton = SearchRequest.of("cotton").sort(SearchRequest.Sort.DATE).page(0, 1000);
    SearchResult expected;
    try (Archive archive = Archive.open(dir.resolve("archive"))) {
      archive.importer().importPaths(List.of(Corpus.volume(VOLUME)));
      expected = archive.search().search(cotton);
    }
    try (CloudJdkSolrClient client = connect(Optional.of(trust))) {
      String node = client.getClusterState().getLiveNodes().iterator().next();
      assertTrue(
          ZkStateReader.from(client).getBaseUrlForNodeName(node).startsWith("https://"), node);
      ImportSummary s = SolrCloud.importInto(client, COLLECTION, List.of(Corpus.volume(VOLUME)));
      assertEquals(1, s.volumes());
      SolrSearchBackend solr = SolrSearchBackend.of(client, COLLECTION);
      SearchResult actual = solr.search(cotton);
      assertTrue(expected.total() > 0, "cotton is in " + VOLUME);
      assertEquals(expected.total(), actual.total());
      assertEquals(keys(expected), keys(actual));
    }
  }

  @Test
  void failsTheHandshakeTrustingOnlyWhatTheJvmTrusts() throws Exception {
    try (CloudJdkSolrClient client = connect(Optional.empty())) {
      SolrSearchBackend solr = SolrSearchBackend.of(client, COLLECTION);
      IOException e =
          assertThrows(IOException.class, () -> solr.search(SearchRequest.of("cotton")));
      assertTrue(causes(e, SSLHandshakeException.class), "no handshake failure in " + trace(e));
    }
  }

  @Test
  void answersNoPlainHttp() throws Exception {
    int port = cluster.getJettySolrRunner(0).getLocalPort();
    assertEquals("https", cluster.getJettySolrRunner(0).getBaseUrl().getProtocol());
    HttpRequest plain =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/solr/admin/info/system"))
            .build();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    IOException e =
        assertThrows(
            IOException.class, () -> http.send(plain, HttpResponse.BodyHandlers.ofString()));
    assertFalse(causes(e, SSLHandshakeException.class), trace(e));
  }

  private static List<String> keys(SearchResult r) {
    return r.hits().stream().map(Hit::key).toList();
  }

  private static boolean causes(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
    return false;
  }

  private static String trace(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) b.append(t).append(" <- ");
    return b.toString();
  }
}
