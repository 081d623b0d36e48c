package org.chancery.serve.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chancery.archive.Archive;
import org.chancery.archive.ImportSummary;
import org.chancery.link.Threads;
import org.chancery.search.Hit;
import org.chancery.search.SearchRequest;
import org.chancery.search.SearchResult;
import org.chancery.serve.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code chancery demo}: the bundled samples imported into a fresh archive, searched, linked and
 * served.
 */
@Command(
    name = "demo",
    description = {
      "Import the bundled samples into a fresh archive, search them, then serve the reading room.",
      "The samples are the seed telegram and two FRUS volumes; a few searches and a correspondence"
          + " thread are shown before the reading room is served."
    })
final class DemoCommand implements Callable<Integer> {
  /**
   * What the demo shows: a phrase, a file-number prefix, a person, and the Chaco telegrams of 1934.
   */
  static final List<String> QUERIES =
      List.of("\"Red Army\"", "file:724.3415* Wilson", "person:Coulondre", "Chaco arbitration");

  static final String THREAD_OF = "frus1934v04/d102";

  @Spec CommandSpec spec;

  @Option(
      names = "--samples",
      paramLabel = "DIR",
      description = "The samples folder (default: samples/ beside the launcher).")
  Path samples = Path.of(System.getProperty("chancery.home", "."), "samples");

  @Option(
      names = "--archive",
      paramLabel = "DIR",
      description = "The demo archive, emptied first (default: ./data/demo).")
  Path dir = Path.of("data", "demo");

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "The port to serve on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--no-serve", description = "Stop after the searches instead of serving.")
  boolean noServe;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(samples))
      throw new ParameterException(spec.commandLine(), "no samples folder at " + samples);
    PrintWriter out = spec.commandLine().getOut();
    Archive.delete(dir);
    try (Archive a = Archive.open(dir)) {
      ImportSummary s =
          ImportCommand.importAndLink(
              a, List.of(samples), Optional.empty(), out, spec.commandLine().getErr());
      if (!s.failures().isEmpty()) return ExitCodes.INPUT_FAILED;
      show(a, out);
      if (!noServe) ServeCommand.serve(a, "127.0.0.1", port, 10_000, out);
    }
    return 0;
  }

  private static void show(Archive a, PrintWriter out) throws Exception {
    for (String q : QUERIES) {
      SearchResult r = a.search().search(SearchRequest.of(q).page(0, 3));
      out.printf("%nsearch %s: %s%n", q, Plural.of(r.total(), "document"));
      for (Hit h : r.hits())
        out.printf("  %-26s %-17s %s%n", h.key(), h.date().orElse("undated"), h.title());
    }
    out.printf("%nthread of %s (\"Your 237, April 30, 2 p.m.\"):%n", THREAD_OF);
    for (String k : Threads.open(a.dir()).threadOf(THREAD_OF)) {
      out.printf("  %-26s %s%n", k, a.search().document(k).map(d -> d.head()).orElse(""));
    }
    out.println();
    out.flush();
  }
}
