package org.chancery.serve.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.chancery.archive.Archive;
import org.chancery.archive.ImportSummary;
import org.chancery.search.Percentile;
import org.chancery.serve.Plural;
import org.chancery.serve.web.ReadingRoom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code chancery bench serve}: drives the reading room's search API with concurrent clients on
 * loopback for a bounded time and prints throughput, latency percentiles, errors and memory.
 */
@Command(
    name = "serve",
    description =
        "Start the reading room in-process (or target --url) and drive /api/v1/search with concurrent clients.")
final class BenchServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SourceOptions source;

  @Option(
      names = "--import",
      paramLabel = "PATH",
      description = "Import these volumes into the archive first.")
  List<Path> imports = List.of();

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "Drive a running server at URL instead (http://127.0.0.1:7070).")
  String url;

  @Option(
      names = "--clients",
      defaultValue = "32",
      description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--seconds",
      defaultValue = "10",
      description = "Measured seconds (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--warmup",
      defaultValue = "3",
      description = "Unmeasured seconds first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--queries",
      paramLabel = "FILE",
      description = "Queries, one a line ('#' comments); default: a built-in set.")
  Path queries;

  @Option(
      names = "--cache",
      defaultValue = "10000",
      paramLabel = "N",
      description = "Search results the in-process server keeps (0: none).")
  int cache;

  static final List<String> DEFAULT_QUERIES =
      List.of(
          "Chaco",
          "\"most-favored-nation\"",
          "Bolshevik",
          "\"Red Army\"",
          "recognition Soviet",
          "boundary dispute",
          "\"Secretary of State\"",
          "Lansing",
          "Trotsky",
          "Vladivostok",
          "Czechoslovak troops",
          "reparations",
          "Manchuria",
          "silver",
          "tariff",
          "extradition",
          "\"Open Door\"");

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || seconds < 1 || warmup < 0)
      throw new ParameterException(spec.commandLine(), "--clients and --seconds must be positive");
    PrintWriter out = spec.commandLine().getOut();
    List<String> paths = paths(readQueries());
    if (url != null) return drive(out, url.replaceAll("/+$", ""), paths);
    if (source.collection(spec).isPresent() && !imports.isEmpty())
      throw new ParameterException(spec.commandLine(), "--import needs --archive, not --solr");
    if (!imports.isEmpty()) {
      try (Archive a = Archive.open(source.archive.dir)) {
        ImportSummary s = a.importer().importPaths(imports);
        out.printf("imported into %s: %s%n", source.archive.dir, s);
      }
    }
    try (ArchiveSource a = source.open(spec)) {
      try (ReadingRoom room = ReadingRoom.start(a.search(), "127.0.0.1", 0, cache, List.of())) {
        out.printf(
            "server: in-process, %s, cache %d%n", Plural.of(a.search().count(), "document"), cache);
        return drive(out, "http://127.0.0.1:" + room.port(), paths);
      }
    }
  }

  private List<String> readQueries() throws IOException {
    if (queries == null) return DEFAULT_QUERIES;
    return Files.readAllLines(queries).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  private static List<String> paths(List<String> qs) {
    return qs.stream()
        .map(q -> "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
        .toList();
  }

  private int drive(PrintWriter out, String base, List<String> paths) throws Exception {
    out.printf(
        "clients=%d seconds=%d warmup=%d queries=%d target=%s/api/v1/search%n",
        clients, seconds, warmup, paths.size(), base);
    out.flush();
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Runnable::run)
            .build(); // no hand-off between client threads
    if (warmup > 0) out.printf("warm-up: %d s%n", warmUp(http, base, paths));
    out.flush(); // the measured run begins now: a script may act on it (scripts/bench-scale.sh)
    CpuShare.Reading before = CpuShare.read();
    Run r = run(http, base, paths, seconds);
    CpuShare cpu = before.until(CpuShare.read());
    double[] ms = Arrays.stream(r.latencies()).mapToDouble(ns -> ns / 1e6).sorted().toArray();
    out.printf(
        "requests=%d errors=%d throughput=%.0f req/s%n",
        ms.length, r.errors(), ms.length / r.seconds());
    out.printf(
        "latency ms: p50=%.2f p90=%.2f p99=%.2f max=%.2f%n",
        Percentile.of(ms, 0.5),
        Percentile.of(ms, 0.9),
        Percentile.of(ms, 0.99),
        Percentile.of(ms, 1));
    out.printf(
        "cpu: %.2f ms per request (%s), this process %.0f%% of the machine, all processes %s%n",
        cpu.msPerRequest(ms.length),
        url == null ? "server and clients" : "clients only",
        100 * cpu.processNanos() / (r.seconds() * 1e9 * Runtime.getRuntime().availableProcessors()),
        cpu.machineBusy().map(b -> String.format("%.0f%%", 100 * b)).orElse("unknown"));
    if (url == null)
      out.printf(
          "memory: heap used %d MB after GC, process RSS %s (server and clients)%n",
          heapAfterGc(), rss());
    return r.errors() == 0 ? ExitCodes.OK : ExitCodes.REQUESTS_FAILED;
  }

  /** The most seconds a warm-up goes on past --warmup waiting for the compiler to be done. */
  static final int MAX_EXTRA_WARMUP = 30;

  /** Compiler milliseconds in one second of warm-up below which the server counts as warm. */
  static final long QUIET_COMPILER_MS = 20;

  // The --warmup seconds, then on a second at a time while the JIT compiler is still busy: on a
  // busy machine the compiler falls behind, and a measure taken before it is done counted its
  // work and the slower code as the server's (runs of the same jar differed by five times).
  private int warmUp(HttpClient http, String base, List<String> paths) throws InterruptedException {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    if (url != null || jit == null || !jit.isCompilationTimeMonitoringSupported()) {
      run(http, base, paths, warmup);
      return warmup;
    }
    long compiled = jit.getTotalCompilationTime();
    run(http, base, paths, warmup);
    int took = warmup;
    while (took < warmup + MAX_EXTRA_WARMUP
        && jit.getTotalCompilationTime() - compiled > QUIET_COMPILER_MS) {
      compiled = jit.getTotalCompilationTime();
      run(http, base, paths, 1);
      took++;
    }
    return took;
  }

  /** What the clients measured: each request's latency in nanoseconds, and the failures. */
  private record Run(long[] latencies, long errors, double seconds) {}

  private Run run(HttpClient http, String base, List<String> paths, int forSeconds)
      throws InterruptedException {
    long end = System.nanoTime() + forSeconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    long[][] latencies = new long[clients][];
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int i = c;
      Thread t =
          new Thread(
              () -> latencies[i] = client(http, base, paths, i, end, errors), "bench-client-" + c);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) t.join();
    double took = (System.nanoTime() - start) / 1e9;
    return new Run(
        Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray(), errors.get(), took);
  }

  // One client: queries in turn from its own starting point until the end, one request at a time.
  private static long[] client(
      HttpClient http, String base, List<String> paths, int first, long end, AtomicLong errors) {
    long[] lat = new long[1024];
    int n = 0;
    for (int i = first; System.nanoTime() < end; i++) {
      HttpRequest req =
          HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
              .timeout(Duration.ofSeconds(10))
              .build();
      long t0 = System.nanoTime();
      try {
        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) errors.incrementAndGet();
      } catch (IOException e) {
        errors.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      if (n == lat.length) lat = Arrays.copyOf(lat, n * 2);
      lat[n++] = System.nanoTime() - t0;
    }
    return Arrays.copyOf(lat, n);
  }

  private static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
  }

  private static String rss() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(l -> l.startsWith("VmRSS:"))
          .map(l -> l.replaceAll("\\D+", "") + " kB")
          .findFirst()
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
