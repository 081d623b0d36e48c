package org.chancery.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.chancery.model.Document;

/**
 * Writes whole volumes into a Lucene index: each {@link #replaceVolume} deletes the volume's old
 * documents, adds the new ones and commits, all as one atomic step.
 *
 * <p><b>NOTE:</b> thread-safe; several volumes may be replaced at once from several threads, and
 * each thread does the analysis of its own volume. A crash (even {@code kill -9}) leaves each
 * volume wholly as it was before or wholly replaced, never partly: the delete and the documents
 * go in as one block ({@link IndexWriter#updateDocuments}), which no flush or commit splits.
 */
public final class LuceneIndexWriter implements Closeable {
  private static final double RAM_BUFFER_MB = 256;

  private final Directory directory;
  private final IndexWriter writer;
  private volatile boolean replacedAny;
  private IndexSearcher before;

  private LuceneIndexWriter(Directory directory, IndexWriter writer) {
    this.directory = directory;
    this.writer = writer;
  }

  /** Opens the index in {@code indexDir} for writing, creating it if missing. */
  public static LuceneIndexWriter open(Path indexDir) throws IOException {
    Directory dir = FSDirectory.open(indexDir);
    try {
      IndexWriter writer = new IndexWriter(dir, config());
      if (!DirectoryReader.indexExists(dir)) writer.commit();
      return new LuceneIndexWriter(dir, writer);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  // A large RAM buffer and no flush by document count: segments are flushed by the per-volume
  // commits. No compound files (faster to write; the index is few segments). One merge thread,
  // so merging does not take the second core from the readers.
  static IndexWriterConfig config() {
    IndexWriterConfig c = new IndexWriterConfig(new HistorianAnalyzer());
    c.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    c.setRAMBufferSizeMB(RAM_BUFFER_MB);
    c.setUseCompoundFile(false);
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setNoCFSRatio(0.0);
    c.setMergePolicy(merges);
    ConcurrentMergeScheduler scheduler = new ConcurrentMergeScheduler();
    scheduler.setMaxMergesAndThreads(2, 1);
    c.setMergeScheduler(scheduler);
    c.setCommitOnClose(false);
    return c;
  }

  /** Creates an empty index in {@code indexDir} if there is none, so that it can be searched. */
  public static void create(Path indexDir) throws IOException {
    try (Directory dir = FSDirectory.open(indexDir);
        IndexWriter w = new IndexWriter(dir, config())) {
      w.commit();
    }
  }

  /**
   * Replaces every document of {@code volume} by {@code documents} and commits.
   *
   * @param volume the volume id; every document must belong to it
   * @param volumeTitle the volume's title, kept with each document
   * @return how many documents the volume had before
   */
  public int replaceVolume(String volume, String volumeTitle, List<Document> documents) throws IOException {
    List<org.apache.lucene.document.Document> docs = new ArrayList<>(documents.size());
    for (Document d : documents) {
      if (!d.volume().equals(volume)) {
        throw new IllegalArgumentException("document " + d.key() + " is not in volume '" + volume + "'");
      }
      docs.add(LuceneDocuments.of(d, volumeTitle));
    }
    int previous = count(volume);
    writer.updateDocuments(new Term(IndexSchema.VOLUME.name(), volume), docs);
    writer.commit();
    if (previous > 0) replacedAny = true;
    return previous;
  }

  // Documents of the volume as the index stood when this writer was opened: the volumes of one
  // import are distinct, so this is what the volume had before being replaced.
  private int count(String volume) throws IOException {
    return before().count(new TermQuery(new Term(IndexSchema.VOLUME.name(), volume)));
  }

  private synchronized IndexSearcher before() throws IOException {
    if (before == null) before = new IndexSearcher(DirectoryReader.open(directory));
    return before;
  }

  /**
   * Drops what replaced volumes left behind, so that term statistics (and so scores) are those of
   * a fresh import. Call once after a batch of {@link #replaceVolume} calls.
   */
  public void expungeReplaced() throws IOException {
    if (!replacedAny) return;
    writer.forceMergeDeletes(true);
    writer.commit();
    replacedAny = false;
  }

  /** Closes the writer; what was not committed by {@link #replaceVolume} is dropped. */
  @Override
  public void close() throws IOException {
    try (directory) {
      if (before != null) before.getIndexReader().close();
      writer.rollback();
    }
  }
}
