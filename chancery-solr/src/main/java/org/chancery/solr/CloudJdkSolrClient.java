package org.chancery.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.impl.LBSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;

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
  private final NodeClients nodes;

  private CloudJdkSolrClient(
      ZkClientClusterStateProvider state,
      Optional<SolrCredentials> credentials,
      Optional<SSLContext> trust) {
    super(true, true, false);
    this.state = state;
    this.nodes = new NodeClients(credentials, trust);
  }

  /**
   * A client of the cluster whose ZooKeeper ensemble is {@code zkHost}, with the credentials
   * ({@link SolrCredentials#fromEnvironment()}) and the trust store ({@link
   * SolrTrust#fromEnvironment()}) of the environment, where it gives them.
   *
   * @throws IOException if the credentials or the trust store the environment names cannot be used
   *     (a {@link SolrTrustException} for the trust store); the message says which and why
   * @throws IllegalArgumentException if {@code zkHost} names no host
   */
  public static CloudJdkSolrClient connect(String zkHost) throws IOException {
    Optional<SolrCredentials> credentials = credentialsFromEnvironment();
    Optional<SSLContext> trust = SolrTrust.fromEnvironment();
    try {
      return connect(zkHost, credentials, trust);
    } catch (SolrException e) {
      // A cluster that cannot be reached is the user's to fix, like a missing archive: one line.
      if (!unreachable(e)) throw e;
      throw new IOException(
          "cannot reach the SolrCloud cluster's ZooKeeper at " + zkHost + " (is it running?)", e);
    }
  }

  private static boolean unreachable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause())
      if (t instanceof TimeoutException) return true;
    return false;
  }

  // SolrCredentials throws unchecked exceptions; a setting that cannot be used is an IOException
  // here, so that the command line reports it in one line as it does a trust store.
  private static Optional<SolrCredentials> credentialsFromEnvironment() throws IOException {
    try {
      return SolrCredentials.fromEnvironment();
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause();
      String why =
          cause instanceof NoSuchFileException
              ? "no such file"
              : cause instanceof AccessDeniedException ? "access denied" : cause.getMessage();
      throw new IOException(e.getMessage() + ": " + why, cause);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * A client of the cluster whose ZooKeeper ensemble is {@code zkHost}, trusting what the JVM
   * trusts: {@link #connect(String, Optional, Optional)} with no trust store.
   *
   * @throws IllegalArgumentException if {@code zkHost} names no host
   */
  public static CloudJdkSolrClient connect(String zkHost, Optional<SolrCredentials> credentials) {
    return connect(zkHost, credentials, Optional.empty());
  }

  /**
   * A client of the cluster whose ZooKeeper ensemble is {@code zkHost}: {@code
   * host:port[,host:port...][/chroot]}; every request to the nodes carries {@code credentials}
   * (Basic authentication). The nodes' addresses, and so whether TLS is used, come from the cluster
   * state (the cluster property {@code urlScheme}); TLS trusts the certificates of {@code trust}
   * ({@link SolrTrust}), or where it is empty what the JVM trusts ({@code
   * javax.net.ssl.trustStore}). Host names are verified either way.
   *
   * @throws IllegalArgumentException if {@code zkHost} names no host
   */
  public static CloudJdkSolrClient connect(
      String zkHost, Optional<SolrCredentials> credentials, Optional<SSLContext> trust) {
    int slash = zkHost.indexOf('/');
    String hosts = slash < 0 ? zkHost : zkHost.substring(0, slash);
    Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zkHost.substring(slash));
    List<String> list =
        Arrays.stream(hosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
    if (list.isEmpty())
      throw new IllegalArgumentException(
          "no ZooKeeper host in '" + zkHost + "' (expected host:port[,host:port][/chroot])");
    var provider = new ZkClientClusterStateProvider(list, chroot.orElse(null));
    CloudJdkSolrClient client = new CloudJdkSolrClient(provider, credentials, trust);
    try {
      client.connect();
    } catch (RuntimeException e) {
      // Its ZooKeeper client and thread pools would otherwise outlive the failure.
      try {
        client.close();
      } catch (IOException | RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
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
  static final class NodeClients extends LBSolrClient {
    private final Map<String, HttpJdkSolrClient> clients = new ConcurrentHashMap<>();
    private final Optional<SolrCredentials> credentials;
    private final Optional<SSLContext> trust;
    // HttpJdkSolrClient's own pool runs 4 threads until 1024 tasks wait; a request body is written
    // by one of them while another sends it, so 16 concurrent searches starved it (every one timed
    // out). Threads as needed, shared by the nodes' clients.
    private final ExecutorService executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "chancery-solr-http");
              t.setDaemon(true);
              return t;
            });

    NodeClients(Optional<SolrCredentials> credentials, Optional<SSLContext> trust) {
      super(List.of());
      this.credentials = credentials;
      this.trust = trust;
    }

    @Override
    protected SolrClient getClient(String baseUrl) {
      return clients.computeIfAbsent(baseUrl, this::open);
    }

    @Override
    protected SolrClient getClient(Endpoint endpoint) {
      return getClient(endpoint.getBaseUrl());
    }

    // The JDK client throws the I/O error of a connection that a node dropped mid-answer ("header
    // parser received no bytes" when it was killed) as is; LBSolrClient tries the next replica only
    // on a SocketException or a SolrServerException caused by one, so such a search failed while
    // another replica could have answered. Wrapped, a read goes to the next replica; an update is
    // still not retried, since the node may have applied it.
    @Override
    protected NamedList<Object> doRequest(String baseUrl, SolrRequest<?> request, String collection)
        throws SolrServerException, IOException {
      try {
        return super.doRequest(baseUrl, request, collection);
      } catch (SocketException | SocketTimeoutException e) {
        throw e;
      } catch (IOException e) {
        throw new SolrServerException(baseUrl + ": " + e.getMessage(), e);
      }
    }

    // HTTP/1.1: the JDK client's cleartext HTTP/2 upgrade does not carry request bodies well.
    private HttpJdkSolrClient open(String baseUrl) {
      HttpJdkSolrClient.Builder b =
          new HttpJdkSolrClient.Builder(baseUrl)
              .useHttp1_1(true)
              .withConnectionTimeout(10, TimeUnit.SECONDS)
              .withIdleTimeout(120, TimeUnit.SECONDS)
              .withExecutor(executor);
      credentials.ifPresent(c -> b.withBasicAuthCredentials(c.user(), c.password()));
      trust.ifPresent(b::withSSLContext);
      return b.build();
    }

    @Override
    public void close() {
      List<HttpJdkSolrClient> all = new ArrayList<>(clients.values());
      clients.clear();
      for (HttpJdkSolrClient c : all) {
        try {
          c.close();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot close the client of " + c.getBaseURL(), e);
        }
      }
      executor.shutdown();
      super.close();
    }
  }
}
