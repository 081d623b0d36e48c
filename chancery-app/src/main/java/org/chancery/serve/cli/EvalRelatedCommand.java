package org.chancery.serve.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.chancery.archive.Archive;
import org.chancery.link.EditorResolvedEvaluation;
import org.chancery.link.RelatedEvaluation;
import org.chancery.search.RelatedBy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code chancery eval related}: how often a cited document is among the related documents of the
 * one citing it.
 */
@Command(
    name = "related",
    description = {
      "For every message whose target the editors give in a footnote, ask for the 10 documents"
          + " related to the citing one and count how often the cited document is among them:"
          + " by BM25 more-like-this, and, in an archive imported with --embed, by meaning"
          + " vectors alone and by the two fused."
    })
final class EvalRelatedCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveOption archive;

  @Override
  public Integer call() throws Exception {
    try (Archive a = archive.openExisting(spec)) {
      PrintWriter out = spec.commandLine().getOut();
      var cases = EditorResolvedEvaluation.run(a.search()::forEachDocument);
      var pairs = RelatedEvaluation.pairs(cases);
      boolean meanings = a.search().meanings() > 0;
      for (RelatedBy by : RelatedBy.values()) {
        if (by != RelatedBy.WORDS && !meanings) continue;
        RelatedEvaluation.print(RelatedEvaluation.run(pairs, a.search(), by), out);
      }
      if (!meanings) out.println("(no meanings stored: import with --embed to compare vectors)");
      out.flush();
      return 0;
    }
  }
}
