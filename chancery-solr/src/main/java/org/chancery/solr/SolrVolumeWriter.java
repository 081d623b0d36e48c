package org.chancery.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest.ACTION;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.chancery.archive.Importer;
import org.chancery.model.Document;
import org.chancery.search.IndexSchema;
import org.chancery.search.VolumeWriter;

/**
 * Writes whole volumes into a SolrCloud collection, all or nothing: a volume's new documents are
 * written under a new version tag, committed, and then made live in one write to ZooKeeper ({@link
 * LiveVolumes}); searches see only live versions, so they see the whole old volume until the switch
 * and the whole new one after it. The old version is deleted when the import finishes, at least
 * {@link #GRACE} after its switch, so that no search still running on it loses it.
 *
 * <p><b>NOTE:</b> an import that dies before a volume's switch leaves the old version live and the
 * new documents invisible; one that dies after it leaves the new version live and the old one
 * invisible. What either leaves behind is deleted when the volume is imported again. One import at
 * a time per collection.
 */
public final class SolrVolumeWriter implements VolumeWriter {
  /** How many documents one update request carries. */
  static final int BATCH = 250;

  /**
   * How long an old version stays in the collection after its switch: longer than any search takes,
   * and than ZooKeeper takes to tell the readers of the switch.
   */
  public static final Duration GRACE = Duration.ofSeconds(5);

  private final CloudSolrClient client;
  private final String collection;
  private final LiveVolumes live;
  private final Duration grace;
  private final List<String> retired = new ArrayList<>();
  private long lastSwitchNanos;

  /** A writer into {@code collection} through {@code client}, which the caller closes. */
  public SolrVolumeWriter(CloudSolrClient client, String collection) {
    this(client, collection, GRACE);
  }

  /** A writer that keeps old versions {@code grace} after their switch. */
  SolrVolumeWriter(CloudSolrClient client, String collection, Duration grace) {
    this.client = Objects.requireNonNull(client, "client");
    this.collection = Objects.requireNonNull(collection, "collection");
    this.live = new LiveVolumes(client, collection);
    this.grace = Objects.requireNonNull(grace, "grace");
  }

  /** An importer into {@code collection} through {@code client}. */
  public static Importer importer(CloudSolrClient client, String collection) {
    return new Importer(() -> new SolrVolumeWriter(client, collection));
  }

  /** {@inheritDoc} The new version is live when this returns. */
  @Override
  public CompletableFuture<Integer> replaceVolume(
      String volume, String volumeTitle, List<Document> documents) throws IOException {
    VolumeWriter.requireVolume(volume, documents);
    try {
      Optional<String> old = live.tag(volume);
      int previous = old.isPresent() ? count(old.get()) : 0;
      dropLeftovers(volume, old);
      String tag = LiveVolumes.newTag();
      for (int i = 0; i < documents.size(); i += BATCH) {
        List<SolrInputDocument> batch = new ArrayList<>(BATCH);
        for (int k = i; k < Math.min(documents.size(), i + BATCH); k++) {
          batch.add(SolrDocuments.of(documents.get(k), volumeTitle, k, tag));
        }
        new UpdateRequest().add(batch).process(client, collection);
      }
      client.commit(collection, true, true);
      live.publish(volume, tag);
      old.ifPresent(this::retire);
      return CompletableFuture.completedFuture(previous);
    } catch (SolrServerException e) {
      throw new IOException(
          "Solr collection '" + collection + "', volume " + volume + ": " + e.getMessage(), e);
    }
  }

  private int count(String tag) throws IOException, SolrServerException {
    SolrQuery q = new SolrQuery(SolrRequests.term(SolrSchema.TAG, tag)).setRows(0);
    return (int) client.query(collection, q).getResults().getNumFound();
  }

  // What a failed import of the volume left: any version but the live one. It is invisible, so
  // deleting it needs no commit of its own.
  private void dropLeftovers(String volume, Optional<String> live)
      throws IOException, SolrServerException {
    String query = "+" + SolrRequests.term(IndexSchema.VOLUME, volume);
    if (live.isPresent()) query += " -" + SolrRequests.term(SolrSchema.TAG, live.get());
    new UpdateRequest().deleteByQuery(query).process(client, collection);
  }

  private synchronized void retire(String tag) {
    retired.add(tag);
    lastSwitchNanos = System.nanoTime();
  }

  /** Deletes the versions switched off, once {@link #GRACE} has passed since the last switch. */
  @Override
  public void finish() throws IOException {
    List<String> tags;
    long waitNanos;
    synchronized (this) {
      if (retired.isEmpty()) return;
      tags = List.copyOf(retired);
      retired.clear();
      waitNanos = lastSwitchNanos + grace.toNanos() - System.nanoTime();
    }
    try {
      if (waitNanos > 0) Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
      UpdateRequest delete = new UpdateRequest();
      for (String tag : tags) delete.deleteByQuery(SolrRequests.term(SolrSchema.TAG, tag));
      delete.setAction(ACTION.COMMIT, true, true);
      // Drops what replaced volumes left behind, so term statistics are a fresh import's.
      delete.setParam("expungeDeletes", "true");
      delete.process(client, collection);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted before the old versions were deleted", e);
    } catch (SolrServerException e) {
      throw new IOException("Solr collection '" + collection + "': " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {}
}
