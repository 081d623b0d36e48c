package org.chancery.read.tei;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every volume of a folder on one thread and prints MB/s; for one's own checks, not a test.
 * Usage: {@code ReadBenchmark [folder] [rounds]}, the folder defaulting to ../shared/frus.
 */
public final class ReadBenchmark {
  private ReadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "../shared/frus");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<Path> volumes;
    try (Stream<Path> s = Files.list(folder)) {
      volumes = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    long bytes = 0;
    for (Path v : volumes) bytes += Files.size(v);
    for (int round = 1; round <= rounds; round++) {
      long t0 = System.nanoTime();
      int docs = 0;
      for (Path v : volumes) docs += new TeiVolumeReader().read(v, d -> {}).documents();
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "round %d: %d documents, %.1f MB in %.2f s = %.1f MB/s%n",
          round, docs, bytes / 1e6, s, bytes / 1e6 / s);
    }
  }
}
