package org.chancery.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest.ACTION;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.chancery.archive.Importer;
import org.chancery.model.Document;
import org.chancery.search.IndexSchema;
import org.chancery.search.VolumeWriter;

/**
 * Writes whole volumes into a SolrCloud collection: the volume's old documents are deleted, the new
 * ones added, then committed, one volume at a time per thread.
 *
 * <p><b>NOTE:</b> searches see a volume's delete and its new documents together, at its commit (the
 * configset opens no searcher otherwise). Solr has no transactions, though: an import that dies
 * between a volume's delete and its commit leaves that volume partly imported once the nodes replay
 * their logs; import it again.
 */
public final class SolrVolumeWriter implements VolumeWriter {
  /** How many documents one update request carries. */
  static final int BATCH = 250;

  private final SolrClient client;
  private final String collection;
  private final AtomicBoolean replacedAny = new AtomicBoolean();

  /** A writer into {@code collection} through {@code client}, which the caller closes. */
  public SolrVolumeWriter(SolrClient client, String collection) {
    this.client = Objects.requireNonNull(client, "client");
    this.collection = Objects.requireNonNull(collection, "collection");
  }

  /** An importer into {@code collection} through {@code client}. */
  public static Importer importer(SolrClient client, String collection) {
    return new Importer(() -> new SolrVolumeWriter(client, collection));
  }

  /** {@inheritDoc} The replacement is committed when this returns. */
  @Override
  public CompletableFuture<Integer> replaceVolume(
      String volume, String volumeTitle, List<Document> documents) throws IOException {
    VolumeWriter.requireVolume(volume, documents);
    try {
      String inVolume = SolrRequests.term(IndexSchema.VOLUME, volume);
      int previous =
          (int)
              client
                  .query(collection, new SolrQuery(inVolume).setRows(0))
                  .getResults()
                  .getNumFound();
      if (previous > 0) {
        new UpdateRequest().deleteByQuery(inVolume).process(client, collection);
        replacedAny.set(true);
      }
      for (int i = 0; i < documents.size(); i += BATCH) {
        List<SolrInputDocument> batch = new ArrayList<>(BATCH);
        for (int k = i; k < Math.min(documents.size(), i + BATCH); k++) {
          batch.add(SolrDocuments.of(documents.get(k), volumeTitle, k));
        }
        new UpdateRequest().add(batch).process(client, collection);
      }
      client.commit(collection, true, true);
      return CompletableFuture.completedFuture(previous);
    } catch (SolrServerException e) {
      throw new IOException(
          "Solr collection '" + collection + "', volume " + volume + ": " + e.getMessage(), e);
    }
  }

  // Every volume is committed as it is replaced; what is left is to expunge what replaced volumes
  // left behind.
  @Override
  public void finish() throws IOException {
    if (!replacedAny.getAndSet(false)) return;
    try {
      UpdateRequest commit = new UpdateRequest();
      commit.setAction(ACTION.COMMIT, true, true);
      commit.setParam("expungeDeletes", "true");
      commit.process(client, collection);
    } catch (SolrServerException e) {
      throw new IOException("Solr collection '" + collection + "': " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {}
}
