package org.chancery.archive;

import java.util.List;
import java.util.Set;
import org.chancery.read.ParseError;

/**
 * What an import did.
 *
 * @param volumes volumes imported (each committed whole)
 * @param documents documents in them
 * @param replaced how many of the volumes were already in the archive and were replaced
 * @param bytes size of the files imported
 * @param seconds wall-clock time of the whole import
 * @param failures the files that could not be imported
 * @param problems problems read past in imported files (at most {@link #MAX_PROBLEMS})
 * @param volumeIds the ids of the volumes imported
 */
public record ImportSummary(
    int volumes,
    int documents,
    int replaced,
    long bytes,
    double seconds,
    List<ImportFailure> failures,
    List<ParseError> problems,
    Set<String> volumeIds) {
  /** The most problems a summary keeps. */
  public static final int MAX_PROBLEMS = 1000;

  public ImportSummary {
    failures = List.copyOf(failures);
    problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
    volumeIds = Set.copyOf(volumeIds);
  }

  /** The size of the files imported, in megabytes (10^6 bytes). */
  public double megabytes() {
    return bytes / 1e6;
  }

  /** Megabytes imported per second, end to end. */
  public double megabytesPerSecond() {
    return seconds > 0 ? megabytes() / seconds : 0;
  }
}
