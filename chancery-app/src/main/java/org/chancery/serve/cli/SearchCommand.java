package org.chancery.serve.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.chancery.search.Facet;
import org.chancery.search.FacetCount;
import org.chancery.search.Hit;
import org.chancery.search.QueryField;
import org.chancery.search.SearchInput;
import org.chancery.search.SearchInputException;
import org.chancery.search.SearchResult;
import org.chancery.serve.json.SearchJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chancery search QUERY}: finds documents in an archive, with facets and snippets. */
@Command(
    name = "search",
    description = "Search an archive for documents, with facets and snippets.",
    modelTransformer = SearchCommand.QueryHelp.class)
final class SearchCommand implements Callable<Integer> {
  /** Puts the query help, made from the list of query fields, below the options. */
  static final class QueryHelp implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      spec.usageMessage().footerHeading("%nQuery syntax:%n");
      spec.usageMessage().footer(QueryField.help().toArray(String[]::new));
      return spec;
    }
  }

  @Spec CommandSpec spec;
  @Mixin SourceOptions source;

  @Parameters(
      arity = "1..*",
      paramLabel = "QUERY",
      description = "The query (several arguments are joined with spaces).")
  List<String> query;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Only documents dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Only documents dated on or before DATE.")
  String to;

  @Option(
      names = "--type",
      paramLabel = "T",
      description =
          "Only documents of type T (telegram, despatch, instruction, memorandum, note, letter, circular, minutes, \"editorial note\", other).")
  List<String> types = List.of();

  @Option(names = "--volume", paramLabel = "V", description = "Only documents of volume V.")
  List<String> volumes = List.of();

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "relevance",
      description = "relevance or date (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = "keyword",
      description =
          "keyword (default), or hybrid: words and meaning fused, in an archive imported with"
              + " --embed")
  String mode;

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--offset",
      defaultValue = "0",
      description = "Hits to skip (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    SearchInput input;
    try {
      input = SearchInput.parse(form(), SearchInput.Limits.REQUEST);
    } catch (SearchInputException e) {
      if (e.parameter() != SearchInput.Parameter.Q)
        throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
      spec.commandLine().getErr().println("error: query " + e.problem());
      return 2;
    }
    try (ArchiveSource a = source.open(spec)) {
      SearchResult r = a.search().search(input.request());
      if (json) printJson(r);
      else new ResultPrinter(spec.commandLine().getOut()).print(r, input.offset());
      return 0;
    }
  }

  // The options as typed, for the one reader of search input.
  private SearchInput.Form form() {
    return new SearchInput.Form(
        String.join(" ", query),
        types,
        volumes,
        Objects.requireNonNullElse(from, ""),
        Objects.requireNonNullElse(to, ""),
        sort,
        String.valueOf(offset),
        String.valueOf(limit),
        mode);
  }

  private void printJson(SearchResult r) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      SearchJson.write(g, r);
    }
    out.println();
  }

  /** Prints a result for a person at a terminal. */
  private record ResultPrinter(PrintWriter out) {
    void print(SearchResult r, int offset) {
      out.printf("%,d documents (%.1f ms)%n", r.total(), r.tookMs());
      int i = offset;
      for (Hit h : r.hits()) {
        out.printf(
            "%n%3d. %s  %s  %s%n     %s%n",
            ++i, h.key(), h.date().orElse("undated"), h.type(), h.title());
        if (!h.snippet().isEmpty()) out.printf("     %s%n", h.snippet().marked("«", "»"));
      }
      out.println();
      for (Map.Entry<Facet, List<FacetCount>> f : r.facets().entrySet()) {
        String counts =
            f.getValue().stream()
                .limit(8)
                .map(c -> c.value() + " " + c.count())
                .collect(Collectors.joining(", "));
        if (!counts.isEmpty()) out.printf("%s: %s%n", SearchJson.name(f.getKey()), counts);
      }
    }
  }
}
