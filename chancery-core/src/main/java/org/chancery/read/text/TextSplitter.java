package org.chancery.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the lines of a plain-text file into one run of lines per document. Documents are separated
 * by a rule line ({@code ---}, {@code ===}, {@code ***}) or a form feed, as when several published
 * pages are saved into one file, or simply follow one another: a new source-note line ({@code
 * 861.20/407: Telegram}) after the previous document's footnotes starts a new document.
 */
final class TextSplitter {
  private static final Pattern RULE =
      Pattern.compile("^\\s*(?:-{3,}|={3,}|\\*{3,}|_{3,}|\\f)\\s*$");

  private TextSplitter() {}

  /** Runs of {@link Line}s, one per document, blank-only runs dropped. */
  static List<List<Line>> split(List<Line> lines) {
    List<List<Line>> docs = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    boolean inFootnotes = false;
    for (Line line : lines) {
      boolean rule = RULE.matcher(line.text()).matches() || line.text().indexOf('\f') >= 0;
      boolean newDoc =
          inFootnotes && !line.isBlank() && !Lines.isFootnote(line) && Lines.isSourceNote(line);
      if (rule || newDoc) {
        add(docs, current);
        current = new ArrayList<>();
        inFootnotes = false;
        if (rule) continue;
      }
      if (!line.isBlank()) inFootnotes = Lines.isFootnote(line);
      current.add(line);
    }
    add(docs, current);
    return docs;
  }

  private static void add(List<List<Line>> docs, List<Line> run) {
    if (run.stream().anyMatch(l -> !l.isBlank())) docs.add(run);
  }
}
