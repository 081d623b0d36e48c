package org.chancery.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.chancery.model.Document;
import org.chancery.read.DocumentReader;
import org.chancery.read.ParseError;
import org.chancery.read.ReadException;
import org.chancery.read.ReadSummary;
import org.chancery.read.Readers;
import org.chancery.search.LuceneIndexWriter;

/**
 * Imports files into an {@link Archive}: each file is one volume, read on one of a few threads and
 * committed whole. Importing a volume again replaces it; importing the same files twice leaves the
 * same archive. A file that cannot be read is reported and nothing of it is committed; the other
 * files are imported.
 *
 * <p>Configure with the fluent setters, then call {@link #importPaths}. Not thread-safe.
 */
public final class Importer {
  /** Chooses the reader for a file (by default {@link Readers#forFile}). */
  @FunctionalInterface
  public interface ReaderChoice {
    DocumentReader forFile(Path file) throws IOException;
  }

  private final Archive archive;
  private ReaderChoice readers = Readers::forFile;
  private int threads = 2;
  private Consumer<ImportProgress> progress = p -> {};

  Importer(Archive archive) {
    this.archive = archive;
  }

  /** Reads with {@code choice} instead of the readers by file type. */
  public Importer readers(ReaderChoice choice) {
    this.readers = Objects.requireNonNull(choice, "choice");
    return this;
  }

  /** Reads {@code n} files at once (default 2). */
  public Importer threads(int n) {
    if (n < 1) throw new IllegalArgumentException("threads must be at least 1: " + n);
    this.threads = n;
    return this;
  }

  /**
   * Reports progress to {@code listener} after each file is committed or has failed, one report at
   * a time.
   */
  public Importer progress(Consumer<ImportProgress> listener) {
    this.progress = Objects.requireNonNull(listener, "listener");
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
    List<Path> files = ImportFiles.inOrder(paths);
    Tally tally = new Tally(files.size(), ImportFiles.bytes(files), progress);
    try (LuceneIndexWriter writer = LuceneIndexWriter.open(archive.indexDir())) {
      ImportFiles.runAll(files, threads, file -> importFile(writer, file, tally));
      writer.finish();
    } finally {
      archive.imported();
    }
    return tally.summary((System.nanoTime() - start) / 1e9);
  }

  // Reads the file whole, then hands it to the writer; the tally counts it once committed.
  private CompletableFuture<?> importFile(LuceneIndexWriter writer, Path file, Tally tally)
      throws IOException {
    List<Document> docs = new ArrayList<>();
    ReadSummary read;
    try {
      read = readers.forFile(file).read(file, docs::add);
    } catch (ReadException e) {
      tally.failed(file, e.error());
      return CompletableFuture.completedFuture(null);
    } catch (IOException | RuntimeException e) {
      tally.failed(file, new ParseError(file.toString(), 0, 0, "cannot read: " + e));
      return CompletableFuture.completedFuture(null);
    }
    return writer
        .replaceVolume(read.volume().id(), read.volume().title(), docs)
        .thenAccept(previous -> tally.imported(file, read, previous > 0));
  }
}
