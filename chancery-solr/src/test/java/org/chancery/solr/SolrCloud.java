package org.chancery.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.chancery.Corpus;
import org.chancery.archive.Archive;
import org.chancery.archive.ImportSummary;

/**
 * The test cluster: one MiniSolrCloudCluster (two nodes, embedded ZooKeeper) with the generated
 * configset uploaded, started once for every test class of the module and shut down when the JVM
 * ends.
 */
final class SolrCloud {
  /** The configset's name in the cluster. */
  static final String CONFIG = "chancery";

  /** The volumes the tests import: three of the corpus and the seed. */
  static final List<String> VOLUMES = List.of("frus1934v04", "frus1918Russiav03", "frus1861");

  private static MiniSolrCloudCluster cluster;
  private static Path base;

  private SolrCloud() {}

  /** The running cluster, started on first call. */
  static synchronized MiniSolrCloudCluster cluster() throws Exception {
    if (cluster == null) {
      base = Files.createTempDirectory("chancery-solr");
      Path configset = SolrSchema.write(base.resolve("configset")).get(0).getParent();
      cluster =
          new MiniSolrCloudCluster.Builder(2, base.resolve("nodes"))
              .addConfig(CONFIG, configset)
              .configure();
      Runtime.getRuntime().addShutdownHook(new Thread(SolrCloud::shutdown));
    }
    return cluster;
  }

  /** The ZooKeeper address of the cluster, with its chroot. */
  static String zkHost() throws Exception {
    return cluster().getZkServer().getZkAddress();
  }

  /** Creates {@code name} with the Chancery configset, and waits until every replica is active. */
  static void createCollection(String name, int shards, int replicas) throws Exception {
    CollectionAdminRequest.createCollection(name, CONFIG, shards, replicas)
        .process(cluster().getSolrClient());
    cluster().waitForActiveCollection(name, 60, TimeUnit.SECONDS, shards, shards * replicas);
  }

  /** The files of the test volumes, and the seed. */
  static List<Path> files() {
    List<Path> files = new java.util.ArrayList<>(VOLUMES.stream().map(Corpus::volume).toList());
    files.add(Corpus.shared().resolve("seed"));
    return files;
  }

  /** An embedded Lucene archive of the test volumes in {@code dir}. */
  /**
   * Imports {@code files} into {@code collection} as {@code chancery import --solr} does, its links
   * kept in a folder of its own under target/, and publishes them.
   */
  static ImportSummary importInto(CloudSolrClient client, String collection, List<Path> files)
      throws IOException {
    Path links = Path.of("target", "solr-links", collection + "-" + System.nanoTime());
    return new CollectionImport(client, collection, links).importPaths(files).imported();
  }

  static ImportSummary importEmbedded(Archive archive) throws IOException {
    return archive.importer().importPaths(files());
  }

  private static synchronized void shutdown() {
    try {
      if (cluster != null) cluster.shutdown();
    } catch (Exception e) {
      System.err.println("cannot shut the test cluster down: " + e);
    }
  }
}
