package org.chancery.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.impl.LBSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;

/**
 * A SolrCloud client that reads the cluster's state from ZooKeeper and talks to the nodes with
 * {@link HttpJdkSolrClient} (java.net.http): it routes updates to shard leaders and spreads queries
 * over live replicas like {@code CloudHttp2SolrClient}, but needs no Jetty, so it runs in the same
 * JVM as the web server's Jetty 12 (SolrJ's own cloud client is built on Jetty 10's HTTP client).
 *
 * <p>Thread-safe; close it when done.
 */
public final class CloudJdkSolrClient extends CloudSolrClient {
  private final ZkClientClusterStateProvider state;
  private final NodeClients nodes = new NodeClients();

  private CloudJdkSolrClient(ZkClientClusterStateProvider state) {
    super(true, true, false);
    this.state = state;
  }

  /**
   * A client of the cluster whose ZooKeeper ensemble is {@code zkHost}: {@code
   * host:port[,host:port...][/chroot]}.
   *
   * @throws IllegalArgumentException if {@code zkHost} names no host
   */
  public static CloudJdkSolrClient connect(String zkHost) {
    int slash = zkHost.indexOf('/');
    String hosts = slash < 0 ? zkHost : zkHost.substring(0, slash);
    Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zkHost.substring(slash));
    List<String> list =
        Arrays.stream(hosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
    if (list.isEmpty())
      throw new IllegalArgumentException(
          "no ZooKeeper host in '" + zkHost + "' (expected host:port[,host:port][/chroot])");
    var provider = new ZkClientClusterStateProvider(list, chroot.orElse(null));
    CloudJdkSolrClient client = new CloudJdkSolrClient(provider);
    client.connect();
    return client;
  }

  @Override
  protected LBSolrClient getLbClient() {
    return nodes;
  }

  @Override
  public ClusterStateProvider getClusterStateProvider() {
    return state;
  }

  @Override
  public void close() throws IOException {
    try (state;
        nodes) {
      super.close();
    }
  }

  /**
   * One HTTP client per node, chosen by base URL; failed nodes are skipped and retried by
   * LBSolrClient.
   */
  private static final class NodeClients extends LBSolrClient {
    private final Map<String, HttpJdkSolrClient> clients = new ConcurrentHashMap<>();

    NodeClients() {
      super(List.of());
    }

    @Override
    protected SolrClient getClient(String baseUrl) {
      return clients.computeIfAbsent(baseUrl, NodeClients::open);
    }

    @Override
    protected SolrClient getClient(Endpoint endpoint) {
      return getClient(endpoint.getBaseUrl());
    }

    // HTTP/1.1: the JDK client's cleartext HTTP/2 upgrade does not carry request bodies well.
    private static HttpJdkSolrClient open(String baseUrl) {
      return new HttpJdkSolrClient.Builder(baseUrl)
          .useHttp1_1(true)
          .withConnectionTimeout(10, TimeUnit.SECONDS)
          .withIdleTimeout(120, TimeUnit.SECONDS)
          .build();
    }

    @Override
    public void close() {
      List<HttpJdkSolrClient> all = new ArrayList<>(clients.values());
      clients.clear();
      for (HttpJdkSolrClient c : all) {
        try {
          c.close();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException("cannot close the client of " + c.getBaseURL(), e);
        }
      }
      super.close();
    }
  }
}
