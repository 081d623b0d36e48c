package org.chancery.archive;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How far an import has come, reported after each file and each commit.
 *
 * @param volumesDone files finished (read into the index, or failed)
 * @param volumesCommitted volumes committed: safe from a crash
 * @param volumesTotal files to import
 * @param bytesDone bytes of the files finished
 * @param bytesTotal bytes of all the files
 * @param file the file just finished
 * @param failed whether it failed
 */
public record ImportProgress(
    int volumesDone,
    int volumesCommitted,
    int volumesTotal,
    long bytesDone,
    long bytesTotal,
    Path file,
    boolean failed) {
  public ImportProgress {
    Objects.requireNonNull(file, "file");
  }
}
