package org.chancery.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.chancery.search.LuceneIndexWriter;
import org.chancery.search.LuceneSearchBackend;
import org.chancery.search.SearchBackend;
import org.chancery.search.meaning.MeaningModel;

/**
 * An archive folder: the documents imported so far, held in a search index.
 *
 * <p>Layout: {@code archive.properties} (marks the folder as an archive, with its format) and
 * {@code index/} (the Lucene index); once linked, {@code links/}, the threads and {@link
 * Generation}'s {@code generation.properties}, which names the last whole import of all three.
 * Opening an archive is cheap; the searcher is opened on first use and sees each import once it is
 * done.
 *
 * <p><b>NOTE:</b> one process at a time may import into an archive (the index is locked while an
 * import runs); any number may search it.
 */
public final class Archive implements Closeable {
  /** Where the archive lives unless told otherwise: {@code ./data/archive}. */
  public static final Path DEFAULT_DIR = Path.of("data", "archive");

  /**
   * How often an import commits by default: an import of a few hundred megabytes commits a few
   * times, each commit a segment per thread that every later search pays for.
   */
  public static final Duration CHECKPOINT = Duration.ofSeconds(30);

  private static final String MARKER = "archive.properties";
  // 3: every document has its reading order, the tie-break of sorts (2 had none: its ties would
  // fall to the index's order). An archive of another format is refused when opened, not misread.
  private static final String FORMAT = "3";

  private final Path dir;
  private LuceneSearchBackend search;

  private Archive(Path dir) {
    this.dir = dir;
  }

  /**
   * Opens the archive in {@code dir}, creating it (and the folder) if missing.
   *
   * @throws IOException if {@code dir} holds other files but no archive, or cannot be written
   */
  public static Archive open(Path dir) throws IOException {
    Files.createDirectories(dir);
    if (!Files.exists(dir.resolve(MARKER))) {
      if (!isEmpty(dir))
        throw new IOException("not a Chancery archive (no " + MARKER + "), and not empty: " + dir);
      LuceneIndexWriter.create(dir.resolve("index"));
      Files.writeString(dir.resolve(MARKER), "format=" + FORMAT + "\n");
    }
    checkFormat(dir);
    return new Archive(dir);
  }

  /**
   * Opens the archive in {@code dir}, which must exist.
   *
   * @throws NoSuchFileException if there is no archive in {@code dir}
   */
  public static Archive openExisting(Path dir) throws IOException {
    if (!Files.exists(dir.resolve(MARKER)))
      throw new NoSuchFileException(dir.toString(), null, "no archive here");
    checkFormat(dir);
    return new Archive(dir);
  }

  private static void checkFormat(Path dir) throws IOException {
    Properties marker = new Properties();
    try (Reader in = Files.newBufferedReader(dir.resolve(MARKER))) {
      marker.load(in);
    }
    String format = marker.getProperty("format", "none");
    if (!format.equals(FORMAT)) {
      throw new IOException(
          "the archive at "
              + dir
              + " has format "
              + format
              + ", and this Chancery reads format "
              + FORMAT
              + ": import the volumes again into a new archive folder");
    }
  }

  /**
   * Deletes the archive in {@code dir} and the folder, for a fresh start; does nothing if there is
   * no folder.
   *
   * @throws IOException if {@code dir} holds something that is not an archive (nothing is deleted
   *     then)
   */
  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    if (!Files.exists(dir.resolve(MARKER)))
      throw new IOException("not a Chancery archive (no " + MARKER + "), not deleting: " + dir);
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  /** The archive folder. */
  public Path dir() {
    return dir;
  }

  /** The folder of the search index. */
  Path indexDir() {
    return dir.resolve("index");
  }

  /**
   * An importer into this archive ({@link Importer#THREADS} reading threads, no progress reports),
   * committing every {@link #CHECKPOINT}.
   */
  public Importer importer() {
    return importer(CHECKPOINT);
  }

  /**
   * An importer into this archive that commits at most once per {@code checkpoint} ({@link
   * Duration#ZERO}: after every volume) and at the end: a crash loses at most the volumes read
   * since the last checkpoint, never part of one.
   */
  public Importer importer(Duration checkpoint) {
    return importer(checkpoint, Optional.empty());
  }

  /**
   * As {@link #importer(Duration)}; with a {@code meaning} model, each document's meaning is stored
   * beside its words, for related documents and hybrid search.
   */
  public Importer importer(Duration checkpoint, Optional<MeaningModel> meaning) {
    if (checkpoint.isNegative())
      throw new IllegalArgumentException("negative interval: " + checkpoint);
    return new Importer(
            () -> LuceneIndexWriter.open(indexDir(), checkpoint, this::pinnedCommit, meaning))
        .afterwards(this::imported);
  }

  // The search commit a server may be reading: the last whole generation's (a commit of a later
  // import is not served until the import has linked it).
  private long pinnedCommit() {
    try {
      return Generation.read(dir).map(Generation::searchCommit).orElse(-1L);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The generations of this archive, in its folder: each names the search commit that {@link
   * #search()} reads when it is made.
   */
  public Generations generations() {
    return new Generations() {
      @Override
      public Optional<Generation> last() throws IOException {
        return Generation.read(dir);
      }

      @Override
      public Generation next(Optional<Generation> last, long linksCommit, String threads)
          throws IOException {
        return Generation.next(last, searchCommit(), Map.of(), linksCommit, threads);
      }

      @Override
      public void publish(Generation g) throws IOException {
        g.write(dir);
      }
    };
  }

  /** The generation of the search index commit that {@link #search()} reads. */
  public synchronized long searchCommit() throws IOException {
    search();
    return search.commitGeneration();
  }

  /** The search backend over this archive, opened on first call and shared. */
  public synchronized SearchBackend search() throws IOException {
    if (search == null) search = LuceneSearchBackend.open(indexDir());
    return search;
  }

  // Called by the importer when it is done, so that searches see what it committed.
  private synchronized void imported() throws IOException {
    if (search != null) search.refresh();
  }

  @Override
  public synchronized void close() throws IOException {
    if (search != null) search.close();
    search = null;
  }
}
