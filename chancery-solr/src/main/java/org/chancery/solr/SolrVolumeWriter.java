package org.chancery.solr;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest.ACTION;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.chancery.model.Document;
import org.chancery.search.ReadingOrder;
import org.chancery.search.VolumeWriter;
import org.chancery.understand.people.VolumeNames;

/**
 * Writes whole volumes into a SolrCloud collection, all or nothing: a volume's new documents are
 * written under a new version tag and committed, staged; no search sees them until a generation
 * that names the tag is published ({@link CollectionGenerations}, done by {@link CollectionImport}
 * once the volumes are linked), and then every search of that generation sees the whole new volume.
 *
 * <p><b>NOTE:</b> an import that dies before its publish leaves the last generation's versions
 * served and its own invisible; what it wrote is deleted by the next import ({@link
 * #dropUnpublished}). One import at a time per collection.
 */
public final class SolrVolumeWriter implements VolumeWriter {
  /** How many documents one update request carries. */
  static final int BATCH = 250;

  /**
   * How long the versions a generation replaced stay in the collection after its publish: longer
   * than a server takes to see the publish (it looks each second) and than any request on the
   * generation before takes.
   */
  public static final Duration GRACE = Duration.ofSeconds(5);

  private final CloudSolrClient client;
  private final String collection;
  private final Map<String, String> published;
  private final Map<String, String> staged = new ConcurrentHashMap<>();

  /**
   * A writer into {@code collection} through {@code client}, which the caller closes, over the
   * versions {@code published} (by volume id) that the new ones will replace.
   */
  SolrVolumeWriter(CloudSolrClient client, String collection, Map<String, String> published) {
    this.client = Objects.requireNonNull(client, "client");
    this.collection = Objects.requireNonNull(collection, "collection");
    this.published = Map.copyOf(published);
  }

  /** {@inheritDoc} The new version is staged, committed but not searched, when this returns. */
  @Override
  public CompletableFuture<Integer> replaceVolume(
      String volume, String volumeTitle, List<Document> documents) throws IOException {
    VolumeWriter.requireVolume(volume, documents);
    try {
      String old = published.get(volume);
      int previous = old == null ? 0 : count(old);
      String tag = CollectionGenerations.newTag();
      VolumeNames names = VolumeNames.of(documents);
      ReadingOrder order = ReadingOrder.of(volume);
      for (int i = 0; i < documents.size(); i += BATCH) {
        List<SolrInputDocument> batch = new ArrayList<>(BATCH);
        for (int k = i; k < Math.min(documents.size(), i + BATCH); k++) {
          batch.add(SolrDocuments.of(documents.get(k), volumeTitle, order.at(k), tag, names));
        }
        new UpdateRequest().add(batch).process(client, collection);
      }
      client.commit(collection, true, true);
      staged.put(volume, tag);
      return CompletableFuture.completedFuture(previous);
    } catch (SolrServerException e) {
      throw new IOException(
          "Solr collection '" + collection + "', volume " + volume + ": " + e.getMessage(), e);
    }
  }

  /** The tag of each volume written so far, by volume id. */
  Map<String, String> staged() {
    return Map.copyOf(staged);
  }

  private int count(String tag) throws IOException, SolrServerException {
    SolrQuery q = new SolrQuery(SolrRequests.term(SolrSchema.TAG, tag)).setRows(0);
    return (int) client.query(collection, q).getResults().getNumFound();
  }

  /** Nothing: each volume is committed as it is written, and old versions go after the publish. */
  @Override
  public void finish() {}

  @Override
  public void close() {}

  /**
   * Deletes every version of {@code collection} but those {@code published} names (by volume), once
   * {@code grace} has passed since {@code since}, its publish: the versions that publish replaced,
   * and what imports killed before a publish wrote. Drops the deleted documents, so that term
   * statistics are a fresh import's.
   */
  static void dropUnpublished(
      CloudSolrClient client,
      String collection,
      Map<String, String> published,
      Instant since,
      Duration grace)
      throws IOException {
    long waitMillis = Duration.between(Instant.now(), since.plus(grace)).toMillis();
    String all = "'" + SolrQueries.ALL + "'";
    String query =
        published.isEmpty()
            ? SolrQueries.ALL
            : "{!bool must="
                + all
                + " must_not='{!terms f="
                + SolrSchema.TAG
                + "}"
                + String.join(",", new TreeSet<>(published.values()))
                + "'}";
    try {
      if (waitMillis > 0) Thread.sleep(waitMillis);
      UpdateRequest delete = new UpdateRequest().deleteByQuery(query);
      delete.setAction(ACTION.COMMIT, true, true);
      delete.setParam("expungeDeletes", "true");
      delete.process(client, collection);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted before the old versions were deleted", e);
    } catch (SolrServerException e) {
      throw new IOException("Solr collection '" + collection + "': " + e.getMessage(), e);
    }
  }
}
