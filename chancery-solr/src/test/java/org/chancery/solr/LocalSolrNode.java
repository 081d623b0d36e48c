package org.chancery.solr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * One Solr node in its own process, as {@code scripts/solrcloud.sh} starts it: Solr's embedded
 * Jetty runner from the Maven artifacts, with a solr home of its own and the cluster's ZooKeeper.
 *
 * <p>Arguments: {@code ZKHOST[/chroot] PORT HOME}. Prints {@code serving URL} once the node has
 * joined the cluster, and stops the node on SIGTERM.
 */
final class LocalSolrNode {
  private LocalSolrNode() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: LocalSolrNode ZKHOST[/chroot] PORT HOME");
      System.exit(2);
    }
    String zkHost = args[0];
    int port = Integer.parseInt(args[1]);
    Path home = Files.createDirectories(Path.of(args[2]));
    // The cluster settings the test clusters use (127.0.0.1, no metrics); the chroot is made on
    // first start, as 'bin/solr start -z' does.
    Files.writeString(
        home.resolve("solr.xml"),
        MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML,
        StandardCharsets.UTF_8);
    System.setProperty("createZkChroot", "true");
    Properties node = new Properties();
    node.setProperty("zkHost", zkHost);
    node.setProperty("hostPort", Integer.toString(port));
    JettyConfig jetty = JettyConfig.builder().setPort(port).setContext("/solr").build();
    JettySolrRunner runner = new JettySolrRunner(home.toString(), node, jetty);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(runner)));
    runner.start();
    System.out.println("serving " + runner.getBaseUrl());
  }

  private static void stop(JettySolrRunner runner) {
    try {
      runner.stop();
    } catch (Exception e) {
      System.err.println("cannot stop the Solr node: " + e);
    }
  }
}
