package org.chancery.serve.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.chancery.archive.ImportFiles;
import org.chancery.read.ReadException;
import org.chancery.read.formats.Readers;
import org.chancery.search.Percentile;
import org.chancery.serve.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chancery bench read FILE...}: how fast the readers turn files into documents. */
@Command(
    name = "read",
    description =
        "Read the files several times, volumes in parallel, and print documents/s and MB/s per pass.")
final class BenchReadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "TEI volumes, plain-text pages or folders of them.")
  List<Path> files;

  @Option(
      names = "--passes",
      defaultValue = "5",
      description = "Measured passes after one warm-up (default: ${DEFAULT-VALUE}).")
  int passes;

  @Option(
      names = "--threads",
      description = "Volumes read at once (default: the number of processors).")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    InputFiles inputs = InputFiles.expand(files, spec.commandLine().getErr());
    // Larger files first, as an import reads them, so the last one to finish is a small one.
    Map<Path, Long> sizes = ImportFiles.inOrder(inputs.files());
    List<Path> order = List.copyOf(sizes.keySet());
    long bytes = ImportFiles.bytes(sizes);
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    out.printf(
        "files=%d mb=%.1f threads=%d passes=%d (+1 warm-up)%n",
        inputs.files().size(), bytes / 1e6, n, passes);
    List<Double> rates = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      for (int pass = 0; pass <= passes; pass++) {
        long t0 = System.nanoTime();
        long docs = readAll(pool, order);
        double s = (System.nanoTime() - t0) / 1e9;
        if (pass == 0) continue;
        rates.add(bytes / 1e6 / s);
        out.printf(
            "pass %d: %s in %.2f s, %.0f documents/s, %.1f MB/s%n",
            pass, Plural.of(docs, "document"), s, docs / s, bytes / 1e6 / s);
        out.flush();
      }
    } finally {
      pool.shutdownNow();
    }
    double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    out.printf(
        "median %.1f MB/s, best %.1f MB/s%n", Percentile.of(sorted, 0.5), Percentile.of(sorted, 1));
    return inputs.missing() == 0 ? 0 : ExitCodes.INPUT_FAILED;
  }

  private static long readAll(ExecutorService pool, List<Path> order) throws Exception {
    AtomicLong chars = new AtomicLong();
    List<Future<Integer>> done = new ArrayList<>();
    for (Path f : order) done.add(pool.submit(() -> read(f, chars)));
    long docs = 0;
    for (Future<Integer> d : done) docs += d.get();
    if (chars.get() < 0) throw new IllegalStateException("unreachable: keeps the text computed");
    return docs;
  }

  private static int read(Path f, AtomicLong chars) throws IOException, ReadException {
    return Readers.forFile(f).read(f, d -> chars.addAndGet(d.text().length())).documents();
  }
}
