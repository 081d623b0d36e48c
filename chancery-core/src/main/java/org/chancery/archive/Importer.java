package org.chancery.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.chancery.model.Document;
import org.chancery.read.DocumentReader;
import org.chancery.read.ParseError;
import org.chancery.read.ReadException;
import org.chancery.read.ReadSummary;
import org.chancery.read.formats.Readers;
import org.chancery.search.VolumeWriter;

/**
 * Imports files through a {@link VolumeWriter} (an archive's Lucene index, or a Solr collection):
 * each file is one volume, read on one of a few threads and replaced whole. Importing a volume
 * again replaces it; importing the same files twice leaves the same index. A file that cannot be
 * read is reported and nothing of it is written; the other files are imported.
 *
 * <p>Configure with the fluent setters, then call {@link #importPaths}. Not thread-safe.
 */
public final class Importer {
  /** Chooses the reader for a file (by default {@link Readers#forFile}). */
  @FunctionalInterface
  public interface ReaderChoice {
    DocumentReader forFile(Path file) throws IOException;
  }

  /** Opens the writer that one import writes through. */
  @FunctionalInterface
  public interface Destination {
    VolumeWriter open() throws IOException;
  }

  /** Runs when an import is done, whether it succeeded or not. */
  @FunctionalInterface
  public interface Completion {
    void run() throws IOException;
  }

  /**
   * How many files are read at once by default: one a core, up to 8. Each reading thread holds a
   * whole volume and fills a segment of its own; on 2 cores a third thread was no faster, a fourth
   * slower. More than 8 has not been measured.
   */
  public static final int THREADS = Math.min(8, Runtime.getRuntime().availableProcessors());

  private final Destination destination;
  private ReaderChoice readers = Readers::forFile;
  private int threads = THREADS;
  private Consumer<ImportProgress> progress = p -> {};
  private Completion afterwards = () -> {};

  /** An importer that writes through what {@code destination} opens. */
  public Importer(Destination destination) {
    this.destination = Objects.requireNonNull(destination, "destination");
  }

  /** Reads with {@code choice} instead of the readers by file type. */
  public Importer readers(ReaderChoice choice) {
    this.readers = Objects.requireNonNull(choice, "choice");
    return this;
  }

  /** Reads {@code n} files at once (default {@link #THREADS}). */
  public Importer threads(int n) {
    if (n < 1) throw new IllegalArgumentException("threads must be at least 1: " + n);
    this.threads = n;
    return this;
  }

  /**
   * Reports progress to {@code listener} after each file is read into the index or has failed, and
   * after each commit, one report at a time.
   */
  public Importer progress(Consumer<ImportProgress> listener) {
    this.progress = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /** Runs {@code completion} once an import is done, whether it succeeded or not. */
  public Importer afterwards(Completion completion) {
    this.afterwards = Objects.requireNonNull(completion, "completion");
    return this;
  }

  /**
   * Imports the files at {@code paths}; folders are walked for {@code .xml} and {@code .txt} files.
   *
   * @throws IOException if a path does not exist, or the index cannot be written (the volumes
   *     committed before stay)
   */
  public ImportSummary importPaths(List<Path> paths) throws IOException {
    long start = System.nanoTime();
    Map<Path, Long> files = ImportFiles.inOrder(paths);
    Tally tally = new Tally(files, progress);
    List<CompletableFuture<?>> commits = Collections.synchronizedList(new ArrayList<>());
    try (VolumeWriter writer = destination.open()) {
      ImportFiles.runAll(files.keySet(), threads, file -> importFile(writer, file, tally, commits));
      writer.finish();
      for (CompletableFuture<?> c : commits) ImportFiles.await(c);
    } finally {
      afterwards.run();
    }
    return tally.summary((System.nanoTime() - start) / 1e9);
  }

  // Reads the file whole, then hands it to the writer; the tally counts it once committed.
  private void importFile(
      VolumeWriter writer, Path file, Tally tally, List<CompletableFuture<?>> commits)
      throws IOException {
    List<Document> docs = new ArrayList<>();
    ReadSummary read;
    try {
      read = readers.forFile(file).read(file, docs::add);
    } catch (ReadException e) {
      tally.failed(file, e.error());
      return;
    } catch (IOException | RuntimeException e) {
      tally.failed(file, new ParseError(file.toString(), 0, 0, "cannot read: " + e));
      return;
    }
    CompletableFuture<Integer> committed =
        writer.replaceVolume(read.volume().id(), read.volume().title(), docs);
    tally.indexed(file);
    commits.add(committed.thenAccept(previous -> tally.committed(file, read, previous > 0)));
  }
}
