package org.chancery.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest.ACTION;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.chancery.archive.ImportFiles;
import org.chancery.archive.ImportProgress;
import org.chancery.archive.ImportSummary;
import org.chancery.archive.Tally;
import org.chancery.model.Document;
import org.chancery.read.ParseError;
import org.chancery.read.ReadException;
import org.chancery.read.ReadSummary;
import org.chancery.read.Readers;
import org.chancery.search.IndexSchema;

/**
 * Imports files into a SolrCloud collection, as {@link org.chancery.archive.Importer} imports them
 * into an archive: each file is one volume, read on one of a few threads; the volume's old
 * documents are deleted, the new ones added, then committed. Importing a volume again replaces it.
 *
 * <p><b>NOTE:</b> searches see a volume's delete and its new documents together, at its commit (the
 * configset opens no searcher otherwise). Solr has no transactions, though: an import that dies
 * between a volume's delete and its commit leaves that volume partly imported once the nodes replay
 * their logs; import it again.
 *
 * <p>Configure with the fluent setters, then call {@link #importPaths}. Not thread-safe.
 */
public final class SolrImporter {
  /** How many documents one update request carries. */
  static final int BATCH = 250;

  private final SolrClient client;
  private final String collection;
  private int threads = 2;
  private Consumer<ImportProgress> progress = p -> {};

  /** An importer into {@code collection} through {@code client}. */
  public SolrImporter(SolrClient client, String collection) {
    this.client = Objects.requireNonNull(client, "client");
    this.collection = Objects.requireNonNull(collection, "collection");
  }

  /** Reads {@code n} files at once (default 2). */
  public SolrImporter threads(int n) {
    if (n < 1) throw new IllegalArgumentException("threads must be at least 1: " + n);
    this.threads = n;
    return this;
  }

  /**
   * Reports progress to {@code listener} after each file is committed or has failed, one report at
   * a time.
   */
  public SolrImporter progress(Consumer<ImportProgress> listener) {
    this.progress = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /**
   * Imports the files at {@code paths}; folders are walked for {@code .xml} and {@code .txt} files.
   *
   * @throws IOException if a path does not exist, or Solr fails (the volumes committed before stay)
   */
  public ImportSummary importPaths(List<Path> paths) throws IOException {
    long start = System.nanoTime();
    Map<Path, Long> files = ImportFiles.inOrder(paths);
    Tally count = new Tally(files, progress);
    ImportFiles.runAll(files.keySet(), threads, f -> importFile(f, count));
    if (count.replaced() > 0) expungeDeletes();
    return count.summary((System.nanoTime() - start) / 1e9);
  }

  private void importFile(Path file, Tally count) throws IOException {
    List<Document> docs = new ArrayList<>();
    ReadSummary read;
    try {
      read = Readers.forFile(file).read(file, docs::add);
    } catch (ReadException e) {
      count.failed(file, e.error());
      return;
    } catch (IOException | RuntimeException e) {
      count.failed(file, new ParseError(file.toString(), 0, 0, "cannot read: " + e));
      return;
    }
    int previous = replaceVolume(read.volume().id(), read.volume().title(), docs);
    count.imported(file, read, previous > 0);
  }

  /**
   * Replaces every document of {@code volume} by {@code documents}, in reading order, and commits.
   *
   * @return how many documents the volume had before
   */
  public int replaceVolume(String volume, String volumeTitle, List<Document> documents)
      throws IOException {
    for (Document d : documents) {
      if (!d.volume().equals(volume))
        throw new IllegalArgumentException(
            "document " + d.key() + " is not in volume '" + volume + "'");
    }
    try {
      int previous =
          (int)
              client
                  .query(
                      collection,
                      new SolrQuery(SolrRequests.term(IndexSchema.VOLUME, volume)).setRows(0))
                  .getResults()
                  .getNumFound();
      if (previous > 0)
        new UpdateRequest()
            .deleteByQuery(SolrRequests.term(IndexSchema.VOLUME, volume))
            .process(client, collection);
      for (int i = 0; i < documents.size(); i += BATCH) {
        List<SolrInputDocument> batch = new ArrayList<>(BATCH);
        for (int k = i; k < Math.min(documents.size(), i + BATCH); k++) {
          batch.add(SolrDocuments.of(documents.get(k), volumeTitle, k));
        }
        new UpdateRequest().add(batch).process(client, collection);
      }
      client.commit(collection, true, true);
      return previous;
    } catch (SolrServerException e) {
      throw new IOException(
          "Solr collection '" + collection + "', volume " + volume + ": " + e.getMessage(), e);
    }
  }

  // Drops what replaced volumes left behind, so that term statistics (and so scores) are those of a
  // fresh import.
  private void expungeDeletes() throws IOException {
    try {
      UpdateRequest commit = new UpdateRequest();
      commit.setAction(ACTION.COMMIT, true, true);
      commit.setParam("expungeDeletes", "true");
      commit.process(client, collection);
    } catch (SolrServerException e) {
      throw new IOException("Solr collection '" + collection + "': " + e.getMessage(), e);
    }
  }
}
