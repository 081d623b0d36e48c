package org.chancery.serve.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.archive.Archive;
import org.chancery.link.EditorResolvedEvaluation;
import org.chancery.link.LinkEvaluation;
import org.chancery.link.Linker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chancery eval links --gold FILE}: precision and recall of reference resolution. */
@Command(
    name = "links",
    description = {
      "Resolve the references of the archive's documents and score them against the editors' links.",
      "The editors' links are the relation \"direct\" lines of the gold file; references are"
          + " resolved with and without reading the editors' footnotes.",
      "Then every message whose target the editors give in a footnote is resolved again without"
          + " it, by volume, reference family and filing era."
    })
final class EvalLinksCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveOption archive;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "FILE",
      description = "The gold file (JSON Lines), such as ../shared/gold/editor-links.jsonl.")
  Path gold;

  @Option(
      names = "--failures",
      description =
          "Also list each gold link and editor-resolved message not resolved right, with what the"
              + " linker said.")
  boolean failures;

  @Override
  public Integer call() throws Exception {
    List<LinkEvaluation.GoldLine> lines = LinkEvaluation.readGold(gold);
    try (Archive a = archive.openExisting(spec)) {
      PrintWriter out = spec.commandLine().getOut();
      for (Linker.Options options : List.of(Linker.Options.NO_FOOTNOTES, Linker.Options.DEFAULT)) {
        LinkEvaluation.print(
            LinkEvaluation.run(a.search()::forEachDocument, lines, options), out, failures);
      }
      EditorResolvedEvaluation.print(
          EditorResolvedEvaluation.run(a.search()::forEachDocument), out, failures);
      out.flush();
      return 0;
    }
  }
}
