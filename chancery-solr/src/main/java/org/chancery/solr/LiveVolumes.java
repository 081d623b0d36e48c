package org.chancery.solr;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.ZkStateReader;

/**
 * Which version of each volume of a collection searches see. Every import of a volume writes its
 * documents under a new version tag ({@link SolrSchema#TAG}); the live tag of each volume is a
 * collection property in ZooKeeper ({@code chancery.live.VOLUME}), so switching a volume from its
 * old version to its new one is one atomic write, and every search filters on the live tags.
 *
 * <p>Readers cache the properties and ZooKeeper tells them of a change (a watch), so a reader may
 * see the old version for a moment after the switch: the writer deletes an old version only some
 * seconds after it was switched off ({@link SolrVolumeWriter#GRACE}).
 */
final class LiveVolumes {
  /** The prefix of the collection property that names a volume's live tag. */
  static final String PREFIX = "chancery.live.";

  // Long enough that a busy reader asks ZooKeeper rarely; the watch keeps the copy current.
  private static final long CACHE_MILLIS = 60_000;

  // How long this client may take to hear of its own switch (a ZooKeeper watch: milliseconds).
  private static final long SEEN_WITHIN_NANOS = 30_000_000_000L;

  private final CloudSolrClient client;
  private final String collection;

  LiveVolumes(CloudSolrClient client, String collection) {
    this.client = Objects.requireNonNull(client, "client");
    this.collection = Objects.requireNonNull(collection, "collection");
  }

  /** A new version tag, unique to one import of one volume. */
  static String newTag() {
    return Long.toString(System.currentTimeMillis(), 36)
        + "-"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** The live tag of each volume, by volume id. */
  Map<String, String> tags() {
    Map<String, String> props =
        ZkStateReader.from(client).getCollectionProperties(collection, CACHE_MILLIS);
    Map<String, String> tags = new TreeMap<>();
    props.forEach(
        (name, tag) -> {
          if (name.startsWith(PREFIX)) tags.put(name.substring(PREFIX.length()), tag);
        });
    return tags;
  }

  /** The live tag of {@code volume}; empty if the volume was never imported whole. */
  Optional<String> tag(String volume) {
    return Optional.ofNullable(tags().get(volume));
  }

  /** The filter query that every search adds: the documents of live versions only. */
  String filter() {
    TreeSet<String> tags = new TreeSet<>(tags().values());
    // A negative query alone matches nothing: no volume is live yet.
    if (tags.isEmpty()) return "-" + SolrQueries.ALL;
    return "{!terms f=" + SolrSchema.TAG + "}" + String.join(",", tags);
  }

  /**
   * Makes {@code tag} the live version of {@code volume}: one write, atomic for readers. Returns
   * once this client sees it, so that searches through it see the new version from then on.
   */
  void publish(String volume, String tag) throws IOException {
    try {
      CollectionAdminRequest.setCollectionProperty(collection, PREFIX + volume, tag)
          .process(client);
      long deadline = System.nanoTime() + SEEN_WITHIN_NANOS;
      while (!tag.equals(tags().get(volume))) {
        if (System.nanoTime() > deadline)
          throw new IOException(
              "Solr collection '" + collection + "': ZooKeeper did not tell of " + tag + " live");
        Thread.sleep(5);
      }
    } catch (SolrServerException e) {
      throw new IOException(
          "Solr collection '" + collection + "': cannot make " + tag + " live for " + volume, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while " + tag + " went live for " + volume, e);
    }
  }
}
