package org.chancery.serve.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.chancery.archive.Archive;
import org.chancery.model.DocumentType;
import org.chancery.search.DateBound;
import org.chancery.search.Facet;
import org.chancery.search.FacetCount;
import org.chancery.search.Hit;
import org.chancery.search.QuerySyntaxException;
import org.chancery.search.SearchRequest;
import org.chancery.search.SearchResult;
import org.chancery.serve.json.SearchJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chancery search QUERY}: finds documents in an archive, with facets and snippets. */
@Command(
    name = "search",
    description = {
      "Search an archive for documents, with facets and snippets.",
      "Words must all match (English stemming); \"quoted phrases\", OR, -exclusion, prefix*, and"
          + " fields sender: recipient: type: file: serial: place: volume: (file:861.* for a file"
          + " prefix)."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveOption archive;

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
    SearchRequest request;
    try {
      request = request();
    } catch (QuerySyntaxException e) {
      spec.commandLine().getErr().println("error: query " + e.getMessage());
      return 2;
    }
    try (Archive a = archive.openExisting(spec)) {
      SearchResult r = a.search().search(request);
      if (json) printJson(r);
      else new ResultPrinter(spec.commandLine().getOut()).print(r, offset);
      return 0;
    }
  }

  private SearchRequest request() throws QuerySyntaxException {
    try {
      if (limit < 0 || limit > SearchRequest.MAX_LIMIT)
        throw new IllegalArgumentException("--limit must be 0.." + SearchRequest.MAX_LIMIT);
      if (offset < 0) throw new IllegalArgumentException("--offset must not be negative");
      return SearchRequest.of(String.join(" ", query))
          .dates(from == null ? null : DateBound.from(from), to == null ? null : DateBound.to(to))
          .types(types.stream().map(SearchCommand::type).collect(Collectors.toSet()))
          .volumes(Set.copyOf(volumes))
          .sort(order(sort))
          .page(offset, limit);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  static DocumentType type(String label) {
    try {
      return DocumentType.ofLabel(label);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown type '"
              + label
              + "': use one of "
              + EnumSet.allOf(DocumentType.class).stream()
                  .map(DocumentType::label)
                  .collect(Collectors.joining(", ")));
    }
  }

  private static SearchRequest.Sort order(String s) {
    return switch (s) {
      case "relevance" -> SearchRequest.Sort.RELEVANCE;
      case "date" -> SearchRequest.Sort.DATE;
      default ->
          throw new IllegalArgumentException("unknown sort '" + s + "': use relevance or date");
    };
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
        if (!h.snippet().isEmpty()) out.printf("     %s%n", plain(h.snippet()));
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

    // Snippets are HTML; a terminal gets «marked» text.
    private static String plain(String html) {
      return html.replace("<b>", "«")
          .replace("</b>", "»")
          .replace("&lt;", "<")
          .replace("&gt;", ">")
          .replace("&quot;", "\"")
          .replace("&#39;", "'")
          .replace("&#x2F;", "/")
          .replace("&amp;", "&")
          .replaceAll("\\s+", " ");
    }
  }
}
