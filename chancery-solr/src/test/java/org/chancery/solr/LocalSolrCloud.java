package org.chancery.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.ZkStateReader;

/**
 * A SolrCloud cluster of separate processes (one ZooKeeper, two Solr nodes) that {@code
 * scripts/solrcloud.sh} starts and stops, for the integration tests ({@code *IT}, Maven profile
 * {@code solrcloud}, here and in chancery-app); the generated configset is uploaded as {@link
 * SolrCloud#CONFIG}.
 */
public final class LocalSolrCloud implements AutoCloseable {
  private final Path dir;
  private final String zkHost;

  private LocalSolrCloud(Path dir, String zkHost) {
    this.dir = dir;
    this.zkHost = zkHost;
  }

  /** Starts a cluster in {@code dir} (emptied first), and uploads the configset. */
  public static LocalSolrCloud start(Path dir) throws Exception {
    if (Files.exists(dir)) {
      try (var files = Files.walk(dir)) {
        files
            .sorted(java.util.Comparator.reverseOrder())
            .map(Path::toFile)
            .forEach(f -> f.delete());
      }
    }
    Files.createDirectories(dir);
    List<String> out = script("start", dir.toString());
    LocalSolrCloud cloud = new LocalSolrCloud(dir, out.get(out.size() - 1).strip());
    try (CloudJdkSolrClient client = cloud.client()) {
      Path configset = SolrSchema.write(dir.resolve("configset")).get(0).getParent();
      SolrSchema.upload(client, configset, SolrCloud.CONFIG);
    }
    return cloud;
  }

  /** The ZooKeeper address, with its chroot. */
  public String zkHost() {
    return zkHost;
  }

  /** A new client of the cluster; the caller closes it. */
  public CloudJdkSolrClient client() throws IOException {
    return CloudJdkSolrClient.connect(zkHost);
  }

  /** Kills Solr node {@code n} (1 or 2) at once, as a crash would. */
  void killNode(int n) throws Exception {
    script("stop-node", dir.toString(), Integer.toString(n));
  }

  /** Starts Solr node {@code n} again, with its data. */
  void startNode(int n) throws Exception {
    script("start-node", dir.toString(), Integer.toString(n));
  }

  /** Creates {@code name} with the configset and waits until every replica is active. */
  public static void createCollection(CloudSolrClient client, String name, int shards, int replicas)
      throws Exception {
    CollectionAdminRequest.createCollection(name, SolrCloud.CONFIG, shards, replicas)
        .process(client);
    awaitActive(client, name, shards * replicas);
  }

  /** Waits until {@code replicas} replicas of {@code name} are active on live nodes. */
  static void awaitActive(CloudSolrClient client, String name, int replicas) throws Exception {
    ZkStateReader.from(client)
        .waitForState(
            name,
            120,
            TimeUnit.SECONDS,
            (live, c) -> c != null && activeReplicas(c, new HashSet<>(live)) == replicas);
  }

  private static long activeReplicas(DocCollection c, Set<String> live) {
    return c.getReplicas().stream().filter(r -> r.isActive(live)).count();
  }

  /** The classpath of this test JVM: what the script starts the nodes and an importer with. */
  static String classpath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
  }

  // A test JVM without Solr's server (chancery-app's) leaves the script to build the nodes'
  // classpath from chancery-solr's with Maven, which may fetch the dependency plugin: on a fresh
  // machine the build that runs the test has not (offline, CI failed with "No plugin found").
  private static void nodeClasspath(ProcessBuilder pb) {
    String cp = classpath();
    if (cp.contains("solr-core")) pb.environment().put("CHANCERY_SOLR_CLASSPATH", cp);
  }

  private static List<String> script(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of("..", "scripts", "solrcloud.sh").toAbsolutePath().normalize().toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    nodeClasspath(pb);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0)
      throw new IOException("scripts/solrcloud.sh " + String.join(" ", args) + " failed:\n" + out);
    return out.lines().toList();
  }

  /** Stops every process of the cluster. */
  @Override
  public void close() throws Exception {
    script("stop", dir.toString());
  }
}
