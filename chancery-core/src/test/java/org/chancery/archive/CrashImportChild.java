package org.chancery.archive;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * The child process of {@link CrashImportTest}: imports made-up volumes into an archive and prints
 * {@code done N} as each is committed, until the test kills it.
 */
public final class CrashImportChild {
  private CrashImportChild() {}

  public static void main(String[] args) throws Exception {
    try (Archive a = Archive.open(Path.of(args[0]))) {
      a.importer(Duration.ZERO)
          .readers(f -> new FakeVolumeReader())
          .progress(p -> System.out.println("done " + p.volumesCommitted()))
          .importPaths(Arrays.stream(args).skip(1).map(Path::of).toList());
    }
    System.out.println("finished");
  }
}
