package org.chancery.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.chancery.read.ParseError;
import org.chancery.read.ReadSummary;

/** The running count of an import, reported to the progress listener; thread-safe. */
final class Tally {
  private final Map<Path, Long> sizes;
  private final long bytesTotal;
  private final Consumer<ImportProgress> listener;
  private final List<ImportFailure> failures = new ArrayList<>();
  private final List<ParseError> problems = new ArrayList<>();
  private final Set<String> volumeIds = new HashSet<>();
  private int done;
  private int volumes;
  private int documents;
  private int replaced;
  private long bytesDone;
  private long bytesImported;

  /**
   * A count of the files {@code sizes} gives (as {@link ImportFiles#inOrder} does), reporting to
   * {@code listener}.
   */
  Tally(Map<Path, Long> sizes, Consumer<ImportProgress> listener) {
    this.sizes = Map.copyOf(sizes);
    this.bytesTotal = ImportFiles.bytes(sizes);
    this.listener = listener;
  }

  /** Counts {@code file} as read into the index, to be committed. */
  synchronized void indexed(Path file) {
    finished(file, false);
  }

  /** Counts {@code file}, reported {@link #indexed} before, as committed. */
  synchronized void committed(Path file, ReadSummary read, boolean wasThere) {
    count(file, read, wasThere);
    report(file, false);
  }

  /** Counts {@code file} as failed with {@code error}. */
  synchronized void failed(Path file, ParseError error) {
    failures.add(new ImportFailure(file, error));
    finished(file, true);
  }

  private void finished(Path file, boolean failed) {
    done++;
    bytesDone += size(file);
    report(file, failed);
  }

  private void count(Path file, ReadSummary read, boolean wasThere) {
    volumes++;
    volumeIds.add(read.volume().id());
    documents += read.documents();
    if (wasThere) replaced++;
    bytesImported += size(file);
    if (problems.size() < ImportSummary.MAX_PROBLEMS) problems.addAll(read.problems());
  }

  private long size(Path file) {
    return sizes.getOrDefault(file, 0L);
  }

  private void report(Path file, boolean failed) {
    listener.accept(
        new ImportProgress(done, volumes, sizes.size(), bytesDone, bytesTotal, file, failed));
  }

  /** The summary of the import, which took {@code seconds}. */
  synchronized ImportSummary summary(double seconds) {
    List<ImportFailure> sorted = new ArrayList<>(failures);
    sorted.sort((a, b) -> a.file().compareTo(b.file()));
    return new ImportSummary(
        volumes, documents, replaced, bytesImported, seconds, sorted, problems, volumeIds);
  }
}
