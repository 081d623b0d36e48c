package org.chancery.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Measures search latency the way every engine in the comparison is measured: each query for the
 * top 20 by relevance, with snippets and the volume facet; warm-up passes first, then timed passes
 * over the whole list; percentiles ({@link Percentile}) over all timed searches.
 */
public final class SearchBench {
  /** Passes timed by default. */
  public static final int PASSES = 3;

  /**
   * Warm-up passes by default: enough for the JIT to compile the search path (one pass leaves the
   * first timed pass partly interpreted, and p99 then measures the compiler).
   */
  public static final int WARMUPS = 5;

  private SearchBench() {}

  /** Opens a search backend (for {@link #firstResult}). */
  @FunctionalInterface
  public interface Opener {
    SearchBackend open() throws IOException;
  }

  /**
   * The time from opening a backend to the first result of {@code query} (snippets and every
   * facet), the backend left open for the caller to use and close.
   *
   * @param millis the time taken, in milliseconds
   */
  public record FirstResult(SearchBackend backend, SearchResult result, double millis) {}

  /** Opens a backend with {@code opener} and times it until {@code query} is answered. */
  public static FirstResult firstResult(Opener opener, String query)
      throws IOException, QuerySyntaxException {
    long start = System.nanoTime();
    SearchBackend backend = opener.open();
    SearchResult result = backend.search(SearchRequest.of(query));
    return new FirstResult(backend, result, (System.nanoTime() - start) / 1e6);
  }

  /**
   * The figures of a run, in milliseconds.
   *
   * @param queries queries in the list
   * @param searches searches timed (queries × passes)
   * @param hits hits returned by one pass (at most 20 per query)
   * @param matches total matches of one pass (exact totals summed)
   * @param heapMb heap in use after the run, after a full collection
   */
  public record Result(
      int queries,
      int searches,
      long hits,
      long matches,
      double p50,
      double p90,
      double p99,
      double max,
      double heapMb) {
    @Override
    public String toString() {
      return String.format(
          "queries=%d x%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f hits=%d matches=%d heap_mb=%.0f",
          queries, searches / Math.max(1, queries), p50, p90, p99, max, hits, matches, heapMb);
    }
  }

  /**
   * The queries in {@code file}: one per line; blank lines and lines starting with {@code #} are
   * skipped. Plain words must all match; quoted text is a phrase (our query language).
   */
  public static List<String> readQueries(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  /** Runs {@code queries}: {@link #WARMUPS} warm-up passes, then {@link #PASSES} timed. */
  public static Result run(SearchBackend backend, List<String> queries)
      throws IOException, QuerySyntaxException {
    return run(backend, queries, WARMUPS, PASSES, SearchRequest.Mode.KEYWORD);
  }

  /**
   * Runs {@code queries} in {@code mode}: {@code warmups} untimed passes, then {@code passes} timed
   * passes.
   *
   * @throws QuerySyntaxException if a query is malformed (before anything is run)
   */
  public static Result run(
      SearchBackend backend, List<String> queries, int warmups, int passes, SearchRequest.Mode mode)
      throws IOException, QuerySyntaxException {
    List<SearchRequest> requests = requests(queries, mode);
    for (int i = 0; i < warmups; i++) {
      for (SearchRequest r : requests) backend.search(r);
    }
    double[] times = new double[requests.size() * passes];
    long[] counts = new long[2];
    for (int i = 0; i < times.length; i++)
      times[i] =
          timed(backend, requests.get(i % requests.size()), i < requests.size() ? counts : null);
    return result(requests.size(), times, counts[0], counts[1]);
  }

  // One search's time in ms; hits and matches added to counts when given.
  private static double timed(SearchBackend backend, SearchRequest request, long[] counts)
      throws IOException {
    long start = System.nanoTime();
    SearchResult result = backend.search(request);
    double ms = (System.nanoTime() - start) / 1e6;
    if (counts != null) {
      counts[0] += result.hits().size();
      counts[1] += result.total();
    }
    return ms;
  }

  private static List<SearchRequest> requests(List<String> queries, SearchRequest.Mode mode)
      throws QuerySyntaxException {
    List<SearchRequest> requests = new ArrayList<>();
    for (String q : queries)
      requests.add(SearchRequest.of(q).facets(Set.of(Facet.VOLUME)).mode(mode));
    return requests;
  }

  private static Result result(int queries, double[] times, long hits, long matches) {
    double[] t = times.clone();
    Arrays.sort(t);
    return new Result(
        queries,
        t.length,
        hits,
        matches,
        Percentile.of(t, 0.5),
        Percentile.of(t, 0.9),
        Percentile.of(t, 0.99),
        t.length == 0 ? 0 : t[t.length - 1],
        heapMb());
  }

  private static double heapMb() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return (rt.totalMemory() - rt.freeMemory()) / 1e6;
  }
}
