package org.chancery.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
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
import org.chancery.search.meaning.MeaningModel;
import org.chancery.understand.people.VolumeNames;

/**
 * Writes whole volumes into a Lucene index: each {@link #replaceVolume} deletes the volume's old
 * documents and adds the new ones as one atomic step, then has it committed.
 *
 * <p>Commits are checkpoints, taken at most once per {@code checkpoint} interval and when asked for
 * ({@link #commit}): each carries every volume replaced before it started. Every commit writes a
 * segment per indexing thread, and a search pays for every segment, so an import of a few volumes
 * ends as two segments rather than one per volume (a search of the 20 shared volumes took a third
 * less time), and writes its term dictionaries once.
 *
 * <p><b>NOTE:</b> thread-safe; several volumes may be replaced at once from several threads, and
 * each thread does the analysis of its own volume. A crash (even {@code kill -9}) leaves each
 * volume wholly as it was before or wholly replaced, never partly: the delete and the documents go
 * in as one block ({@link IndexWriter#updateDocuments}), which no flush or commit splits. What a
 * crash loses is the volumes replaced since the last checkpoint.
 */
public final class LuceneIndexWriter implements VolumeWriter {
  private static final double RAM_BUFFER_MB = 256;

  // A commit flushes the indexing threads' buffers one after another on the thread that commits,
  // and at the end of an import nothing else is left to run: the last commit of the 20 shared
  // volumes spent 0.8 s flushing on one core, 0.5 s with a buffer flushed on each of two.
  private static final int FLUSHERS = Runtime.getRuntime().availableProcessors();

  private final Directory directory;
  private final IndexWriter writer;
  private final Optional<MeaningModel> meaning;
  private final ExecutorService committer =
      Executors.newSingleThreadExecutor(r -> daemon(r, "chancery-index-committer"));
  private final ExecutorService flushers =
      Executors.newFixedThreadPool(
          Math.max(1, FLUSHERS - 1), r -> daemon(r, "chancery-index-flusher"));
  private final long checkpointNanos;
  private volatile boolean replacedAny;
  private IndexSearcher before;
  // Guarded by this: the commit the volumes replaced since the last one wait for, whether it is
  // queued on the committer, and when the last one started.
  private CompletableFuture<Void> nextCommit;
  private boolean commitQueued;
  private long lastCommit = System.nanoTime();

  private LuceneIndexWriter(
      Directory directory,
      IndexWriter writer,
      Duration checkpoint,
      Optional<MeaningModel> meaning) {
    this.directory = directory;
    this.writer = writer;
    this.checkpointNanos = checkpoint.toNanos();
    this.meaning = meaning;
  }

  /**
   * Opens the index in {@code indexDir} for writing, creating it if missing; replaced volumes are
   * committed at most once per {@code checkpoint} ({@link Duration#ZERO}: each as soon as it can
   * be), and when {@link #commit} is called.
   */
  public static LuceneIndexWriter open(Path indexDir, Duration checkpoint) throws IOException {
    return open(indexDir, checkpoint, () -> -1, Optional.empty());
  }

  /**
   * As {@link #open(Path, Duration)}, keeping the commit whose generation {@code pinned} gives
   * besides the newest ({@link PinnedCommits}), and, with a {@code meaning} model, storing each
   * document's meaning as a vector ({@link IndexSchema#MEANING}).
   */
  public static LuceneIndexWriter open(
      Path indexDir, Duration checkpoint, LongSupplier pinned, Optional<MeaningModel> meaning)
      throws IOException {
    if (checkpoint.isNegative()) throw new IllegalArgumentException("negative checkpoint");
    Directory dir = FSDirectory.open(indexDir);
    try {
      IndexWriter writer =
          new IndexWriter(dir, config().setIndexDeletionPolicy(new PinnedCommits(pinned)));
      if (!DirectoryReader.indexExists(dir)) writer.commit();
      return new LuceneIndexWriter(dir, writer, checkpoint, meaning);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  // A large RAM buffer and no flush by document count: segments are flushed by the commits. No
  // compound files (faster to write; the index is few segments). Up to 20 segments a tier, so an
  // import of the corpus (one or two segments per commit) rarely merges its large segments while
  // it runs: merging costs more than it saves a search at this size. But a segment under 64 MB
  // counts as 64 MB: every search pays the same for a small segment as for a large one (term
  // look-ups, the sort's set-up), and checkpoints and single volumes leave small ones behind; at
  // full size they were half of 28 segments. One merge thread, so a merge does not take the second
  // core from the readers.
  static IndexWriterConfig config() {
    IndexWriterConfig c = new IndexWriterConfig(new HistorianAnalyzer());
    c.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    c.setRAMBufferSizeMB(RAM_BUFFER_MB);
    c.setUseCompoundFile(false);
    c.setMergePolicy(mergePolicy());
    ConcurrentMergeScheduler scheduler = new ConcurrentMergeScheduler();
    scheduler.setMaxMergesAndThreads(2, 1);
    c.setMergeScheduler(scheduler);
    // Closing waits for running merges and commits them. What it commits besides is whole
    // volumes too: each volume goes into the writer as one block.
    c.setCommitOnClose(true);
    return c;
  }

  private static TieredMergePolicy mergePolicy() {
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setNoCFSRatio(0.0);
    merges.setSegmentsPerTier(20);
    merges.setFloorSegmentMB(64);
    return merges;
  }

  /** Creates an empty index in {@code indexDir} if there is none, so that it can be searched. */
  public static void create(Path indexDir) throws IOException {
    try (Directory dir = FSDirectory.open(indexDir);
        IndexWriter w = new IndexWriter(dir, config())) {
      w.commit();
    }
  }

  /**
   * Replaces every document of {@code volume} by {@code documents} at once, to be committed at the
   * next checkpoint. Returns as soon as the documents are analysed; the commit follows on the
   * committer thread, so that this thread can read the next volume meanwhile.
   *
   * @param volume the volume id; every document must belong to it
   * @param volumeTitle the volume's title, kept with each document
   * @return how many documents the volume had before, once the replacement is committed
   */
  @Override
  public CompletableFuture<Integer> replaceVolume(
      String volume, String volumeTitle, List<Document> documents) throws IOException {
    VolumeWriter.requireVolume(volume, documents);
    List<org.apache.lucene.document.Document> docs = new ArrayList<>(documents.size());
    List<Optional<float[]>> meanings =
        meaning.isPresent()
            ? meaning.get().documents(documents.stream().map(LuceneDocuments::meaningText).toList())
            : null;
    VolumeNames names = VolumeNames.of(documents);
    ReadingOrder order = ReadingOrder.of(volume);
    for (int i = 0; i < documents.size(); i++) {
      org.apache.lucene.document.Document doc =
          LuceneDocuments.of(documents.get(i), volumeTitle, names, order.at(i));
      if (meanings != null) meanings.get(i).ifPresent(v -> LuceneDocuments.addMeaning(doc, v));
      docs.add(doc);
    }
    int previous = count(volume);
    writer.updateDocuments(new Term(IndexSchema.VOLUME.name(), volume), docs);
    if (previous > 0) replacedAny = true;
    return commitAfter(false).thenApply(v -> previous);
  }

  /** Has every volume replaced so far committed; done when it is. */
  public CompletableFuture<Void> commit() {
    return commitAfter(true);
  }

  // The commit that will carry what was replaced before this call; queued on the committer now if
  // asked for or if the checkpoint interval has passed, else by a later call.
  private synchronized CompletableFuture<Void> commitAfter(boolean now) {
    if (nextCommit == null) nextCommit = new CompletableFuture<>();
    if (!commitQueued && (now || System.nanoTime() - lastCommit >= checkpointNanos)) {
      commitQueued = true;
      committer.execute(this::commitQueued);
    }
    return nextCommit;
  }

  private void commitQueued() {
    CompletableFuture<Void> done;
    synchronized (this) {
      done = nextCommit;
      nextCommit = null;
      commitQueued = false;
      lastCommit = System.nanoTime();
    }
    try {
      flushSideBySide();
      writer.commit();
      done.complete(null);
    } catch (Throwable e) {
      done.completeExceptionally(e);
    }
  }

  // Flushes up to FLUSHERS buffers at once, one here and the others on the flushers: each call
  // takes the largest buffer that no thread is indexing into, so a volume being added stays whole.
  private void flushSideBySide() throws IOException {
    List<Future<Boolean>> others = new ArrayList<>();
    for (int i = 1; i < FLUSHERS; i++) others.add(flushers.submit(writer::flushNextBuffer));
    writer.flushNextBuffer();
    for (Future<Boolean> f : others) await(f);
  }

  private static void await(Future<?> running) throws IOException {
    try {
      running.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the index", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
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

  private void awaitCommitter() throws IOException {
    try {
      committer.awaitTermination(1, TimeUnit.HOURS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the last commit", e);
    }
  }

  @Override
  public void finish() throws IOException {
    await(commit());
    if (!replacedAny) return;
    writer.forceMergeDeletes(true);
    writer.commit();
    replacedAny = false;
  }

  /**
   * Closes the writer after the commits asked for and the merges running; what was replaced since
   * the last commit is committed too.
   */
  @Override
  public void close() throws IOException {
    synchronized (this) {
      if (nextCommit != null) commit();
    }
    committer.shutdown();
    try (directory) {
      awaitCommitter();
      flushers.shutdown();
      if (before != null) before.getIndexReader().close();
      writer.close();
    }
  }
}
