package org.chancery.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient.RemoteSolrException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.ZkStateReader;
import org.apache.solr.security.Sha256AuthenticationProvider;
import org.chancery.Corpus;
import org.chancery.archive.ImportSummary;
import org.chancery.search.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a cluster with Solr's authentication plugin on (Basic, unknown users refused), a client
 * with the credentials imports and searches, and one without them is refused.
 */
class SolrBasicAuthTest {
  static final String COLLECTION = "guarded";

  @TempDir static Path dir;
  static MiniSolrCloudCluster cluster;
  static SolrCredentials credentials;

  @BeforeAll
  static void start() throws Exception {
    credentials = new SolrCredentials("chancery", UUID.randomUUID().toString());
    Path configset = SolrSchema.write(dir.resolve("configset")).get(0).getParent();
    cluster =
        new MiniSolrCloudCluster.Builder(1, dir.resolve("nodes"))
            .addConfig(SolrCloud.CONFIG, configset)
            .withSecurityJson(securityJson(credentials))
            .configure();
    try (CloudJdkSolrClient client = connect(Optional.of(credentials))) {
      createCollection(client, COLLECTION);
    }
  }

  // A collection of one shard and one replica, once its replica serves.
  static void createCollection(CloudJdkSolrClient client, String name) throws Exception {
    CollectionAdminRequest.createCollection(name, SolrCloud.CONFIG, 1, 1).process(client);
    ZkStateReader.from(client)
        .waitForState(
            name,
            60,
            TimeUnit.SECONDS,
            (live, c) -> c != null && c.getReplicas().stream().allMatch(r -> r.isActive(live)));
  }

  // Basic authentication for every request, and every permission to the one user.
  static String securityJson(SolrCredentials c) {
    String hash = Sha256AuthenticationProvider.getSaltedHashedValue(c.password());
    return """
        {"authentication": {"class": "solr.BasicAuthPlugin", "blockUnknown": true,
                            "credentials": {"%s": "%s"}},
         "authorization": {"class": "solr.RuleBasedAuthorizationPlugin",
                           "permissions": [{"name": "all", "role": "admin"}],
                           "user-role": {"%s": "admin"}}}
        """
        .formatted(c.user(), hash, c.user());
  }

  private static CloudJdkSolrClient connect(Optional<SolrCredentials> c) throws Exception {
    return CloudJdkSolrClient.connect(cluster.getZkServer().getZkAddress(), c);
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) cluster.shutdown();
  }

  @Test
  void importsAndSearchesWithTheCredentialsAndIsRefusedWithout() throws Exception {
    try (CloudJdkSolrClient client = connect(Optional.of(credentials))) {
      ImportSummary s =
          SolrCloud.importInto(client, COLLECTION, List.of(Corpus.volume("frus1861")));
      assertEquals(1, s.volumes());
      SolrSearchBackend solr = SolrSearchBackend.of(client, COLLECTION);
      assertEquals(s.documents(), solr.count());
      assertTrue(solr.search(SearchRequest.of("cotton")).total() > 0);
    }
    try (CloudJdkSolrClient anonymous = connect(Optional.empty())) {
      SolrSearchBackend solr = SolrSearchBackend.of(anonymous, COLLECTION);
      RemoteSolrException e =
          assertThrows(RemoteSolrException.class, () -> solr.search(SearchRequest.of("cotton")));
      assertEquals(401, e.code(), e.toString());
    }
  }
}
