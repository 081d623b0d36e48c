package org.chancery.read;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.Block;

/**
 * Finds the subject a document prints before its text: the item under a heading "SUBJECT" (a
 * memorandum's subject list), or a paragraph "Subject: ..." or "SUBJECT: ...", in a telegram after
 * its number ({@code 17743. Subject: (C) Initial Moscow Views on the U.S. Election. Ref: ...}),
 * without the classification marking, the references after it or the closing full stop.
 */
public final class SubjectParser {
  // A subject line stands before the text proper: one further on is a carried memorandum's, or a
  // line of prose.
  private static final int PARAGRAPHS = 3;
  private static final Pattern LABEL = Pattern.compile("(?i:subject)s?:?");
  // Only with the colon: "Subject to the approval of the Senate" is prose. A telegram prints its
  // number first, and may put a sentence of handling before it ("3137. S/S only for clearance.").
  private static final Pattern LINE =
      Pattern.compile("(?:\\d{1,6}\\.\\s+(?:[^.]+\\.\\s+)?)?(?:Subject|SUBJECT):\\s*(.+)");
  private static final Pattern MARKING =
      Pattern.compile("^\\((?:TS|S|C|U|LOU|SBU)(?:/[A-Z]+)*\\)\\s*");
  private static final Pattern REFERENCES =
      Pattern.compile("\\s+(?:Refs?|REFS?|Reference|REFERENCE):.*$");
  // Not the stop of an initial: "the U.S." keeps it.
  private static final Pattern STOP = Pattern.compile("(?<=[^A-Z.\\s])\\.$");

  private SubjectParser() {}

  /** The subject the document of {@code blocks} prints; empty when it prints none. */
  public static Optional<String> of(List<Block> blocks) {
    int paragraphs = 0;
    boolean labelled = false;
    for (Block b : blocks) {
      if (b.attachment() != 0 || b.kind() == Block.Kind.DATELINE) continue;
      if (labelled) return subject(b.text());
      labelled = label(b);
      if (labelled || b.kind() != Block.Kind.PARAGRAPH) continue;
      Matcher line = LINE.matcher(b.text().strip());
      if (line.matches()) return subject(line.group(1));
      if (++paragraphs == PARAGRAPHS) break;
    }
    return Optional.empty();
  }

  // "SUBJECT" over a memorandum's subject list, or "Subject:" alone before the line it names.
  private static boolean label(Block b) {
    return (b.kind() == Block.Kind.HEADING || b.kind() == Block.Kind.PARAGRAPH)
        && LABEL.matcher(b.text().strip()).matches();
  }

  private static Optional<String> subject(String printed) {
    String s = MARKING.matcher(printed.strip()).replaceFirst("");
    s = REFERENCES.matcher(s).replaceFirst("");
    s = STOP.matcher(s).replaceFirst("").strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
