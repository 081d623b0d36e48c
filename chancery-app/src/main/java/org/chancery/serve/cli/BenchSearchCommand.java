package org.chancery.serve.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.search.QuerySyntaxException;
import org.chancery.search.SearchBench;
import org.chancery.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code chancery bench search --queries FILE}: search latency over a query list. */
@Command(
    name = "search",
    description = {
      "Time the searches of a query list and print p50, p90, p99 and max in ms.",
      "Each query of FILE (one a line, # comments) is run for the top 20 by relevance with"
          + " snippets and the volume facet: warm-up passes, then timed passes."
    })
final class BenchSearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SourceOptions source;

  @Option(
      names = "--queries",
      required = true,
      paramLabel = "FILE",
      description = "The query list.")
  Path queries;

  @Option(
      names = "--warmups",
      defaultValue = "" + SearchBench.WARMUPS,
      description = "Untimed passes first (default: ${DEFAULT-VALUE}).")
  int warmups;

  @Option(
      names = "--passes",
      defaultValue = "" + SearchBench.PASSES,
      description = "Timed passes (default: ${DEFAULT-VALUE}).")
  int passes;

  @Option(
      names = "--mode",
      defaultValue = "keyword",
      description =
          "keyword (default: ${DEFAULT-VALUE}) or hybrid (words and meaning fused; an archive"
              + " imported with --embed).")
  String mode;

  @Override
  public Integer call() throws Exception {
    List<String> list = SearchBench.readQueries(queries);
    try (ArchiveSource a = source.open(spec)) {
      SearchBench.FirstResult first = SearchBench.firstResult(a::search, list.get(0));
      SearchBench.Result r = SearchBench.run(first.backend(), list, warmups, passes, mode());
      var out = spec.commandLine().getOut();
      out.printf(
          "archive=%s documents=%d open_and_first_query_ms=%.0f%n",
          a.name(), first.backend().count(), first.millis());
      out.printf("mode=%s warmups=%d %s%n", mode, warmups, r);
      return 0;
    } catch (QuerySyntaxException e) {
      throw new ParameterException(
          spec.commandLine(), "a query in " + queries + " is malformed: " + e.getMessage());
    }
  }

  private SearchRequest.Mode mode() {
    return switch (mode) {
      case "keyword" -> SearchRequest.Mode.KEYWORD;
      case "hybrid" -> SearchRequest.Mode.HYBRID;
      default ->
          throw new ParameterException(
              spec.commandLine(), "--mode must be keyword or hybrid, not '" + mode + "'");
    };
  }
}
