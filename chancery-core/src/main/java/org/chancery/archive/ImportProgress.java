package org.chancery.archive;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How far an import has come, reported after each file.
 *
 * @param volumesDone files finished (imported or failed)
 * @param volumesTotal files to import
 * @param bytesDone bytes of the files finished
 * @param bytesTotal bytes of all the files
 * @param file the file just finished
 * @param failed whether it failed
 */
public record ImportProgress(
    int volumesDone, int volumesTotal, long bytesDone, long bytesTotal, Path file, boolean failed) {
  public ImportProgress {
    Objects.requireNonNull(file, "file");
  }
}
