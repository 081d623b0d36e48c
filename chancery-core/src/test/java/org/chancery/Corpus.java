package org.chancery;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the shared FRUS corpus lies for integration tests: the {@code chancery.corpus} system
 * property (the build sets it to ../shared/frus). On a fresh clone without the corpus these tests
 * are skipped; with {@code -Dchancery.corpus.required=true} (as .ci/run sets) a missing corpus
 * fails them instead, so CI never skips silently.
 */
public final class Corpus {
  private Corpus() {}

  /** The folder of FRUS TEI volumes. */
  public static Path frus() {
    return existing(System.getProperty("chancery.corpus", "../../shared/frus"), "chancery.corpus");
  }

  /** The shared folder (seed, gold, bench, decimal, pocom). */
  public static Path shared() {
    return existing(System.getProperty("chancery.shared", "../../shared"), "chancery.shared");
  }

  /** Every TEI volume of the corpus, sorted by name. */
  public static List<Path> volumes() {
    try (Stream<Path> files = Files.list(frus())) {
      return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list the corpus at " + frus(), e);
    }
  }

  /** One volume of the corpus by id, such as {@code frus1934v04}. */
  public static Path volume(String id) {
    return frus().resolve(id + ".xml");
  }

  private static Path existing(String path, String property) {
    Path p = Path.of(path).toAbsolutePath().normalize();
    if (!Files.isDirectory(p)) {
      String msg = "corpus not found at " + p + " (set -D" + property + "=...)";
      if (Boolean.getBoolean("chancery.corpus.required")) {
        fail(msg);
      }
      assumeTrue(false, msg);
    }
    return p;
  }
}
