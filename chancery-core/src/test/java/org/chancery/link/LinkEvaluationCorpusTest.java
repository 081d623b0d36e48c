package org.chancery.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.chancery.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The link evaluation on the shared corpus, with and without footnotes; prints the figures. */
class LinkEvaluationCorpusTest {
  private static LinkEvaluation.DocumentSource docs;
  private static List<LinkEvaluation.GoldLine> gold;

  @BeforeAll
  static void load() throws IOException {
    List<Path> volumes = Corpus.volumes();
    gold = LinkEvaluation.readGold(Corpus.shared().resolve("gold/editor-links.jsonl"));
    docs = LinkEvaluation.readersOf(volumes);
  }

  @Test
  void withoutFootnotes() throws IOException {
    LinkEvaluation.Figures f = LinkEvaluation.run(docs, gold, Linker.Options.NO_FOOTNOTES);
    LinkEvaluation.print(f, new java.io.PrintWriter(System.out, true), true);
    // Floors just below what the linker reached (1.000 / 0.949: 169 of 178); the targets are 0.97 /
    // 0.92.
    assertTrue(f.precision() >= 0.99, f.summary());
    assertTrue(f.recall() >= 0.94, f.summary());
  }

  @Test
  void withFootnotes() throws IOException {
    LinkEvaluation.Figures f = LinkEvaluation.run(docs, gold, Linker.Options.DEFAULT);
    LinkEvaluation.print(f, new java.io.PrintWriter(System.out, true), true);
    // Floors just below what the linker reached (1.000 / 1.000: 178 of 178); the targets are 0.99 /
    // 0.98.
    assertTrue(f.precision() >= 0.99, f.summary());
    assertTrue(f.recall() >= 0.99, f.summary());
  }
}
