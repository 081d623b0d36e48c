package org.chancery.serve.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.link.ArchiveLinker;
import org.chancery.link.Link;
import org.chancery.link.LinkStore;
import org.chancery.link.Linker;
import org.chancery.serve.json.LinkJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chancery links}: every reference in the archive and the document it means, or why none.
 */
@Command(
    name = "links",
    description = {
      "Print the references found in the archive's documents and what each resolves to.",
      "Each is resolved, ambiguous, not-printed, not-in-archive or unresolved, as stored at"
          + " import."
    })
final class LinksCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SourceOptions source;

  @Option(names = "--volume", paramLabel = "V", description = "Only references made in volume V.")
  String volume;

  @Option(
      names = "--no-footnotes",
      description =
          "Resolve anew without reading any editors' footnote (how inference is measured).")
  boolean noFootnotes;

  @Option(names = "--json", description = "One JSON object per reference (JSON Lines).")
  boolean json;

  private static List<Link> stored(ArchiveSource a) throws IOException {
    try (LinkStore store = a.links()) {
      return store.all();
    }
  }

  @Override
  public Integer call() throws IOException {
    try (ArchiveSource a = source.open(spec)) {
      List<Link> links =
          noFootnotes ? ArchiveLinker.link(a.search(), Linker.Options.NO_FOOTNOTES) : stored(a);
      print(
          links.stream()
              .filter(l -> volume == null || l.source().startsWith(volume + "/"))
              .toList());
      return 0;
    }
  }

  private void print(List<Link> links) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!json) {
      for (Link l : links) {
        out.printf(
            "%s  \"%s\"  %s %s%n",
            l.source(),
            l.phrase(),
            l.status().label(),
            l.target().orElse(String.join(" ", l.candidates())));
      }
      return;
    }
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.setRootValueSeparator(null);
      for (Link l : links) {
        LinkJson.write(g, l);
        g.writeRaw('\n');
      }
    }
  }
}
