package org.chancery.understand.references;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.Footnote;
import org.chancery.model.FootnoteMarker;

/**
 * Finds the {@link Retransmission}s of a document: notes on its heading or first paragraph that say
 * it was repeated, transmitted or sent on as another numbered message. A note elsewhere in the body
 * speaks of a message the text cites, not of the document, and is left alone.
 */
public final class Retransmissions {
  // A sentence of the note opening with what went on ("Text", "Substance of this telegram", "This
  // telegram, except
  // first and last paragraphs,") and how ("repeated", "transmitted", "sent", "forwarded").
  private static final Pattern OPENING =
      Pattern.compile(
          "(?:^|\\.\\s+)(?:this \\p{L}+(?:, [^,]{1,60},)?\\s+|(?:text|substance|copy|translation|paraphrase)"
              + "(?: of (?:this|the) \\p{L}+)?\\s+)?(?:was\\s+)?"
              + "(?:repeated|transmitted|sent|forwarded|cabled)\\b",
          Pattern.CASE_INSENSITIVE);
  // Where an office's name ends: before "as", "in his despatch", "in telegram No.", "by", "on".
  private static final String END =
      "(?= as\\b| in (?:his|its|their)\\b| in (?:the |a )?\\p{L}+ No\\.| by\\b| on\\b|[,;]|$)";
  private static final Pattern TO = Pattern.compile("\\bto (the [^,;]+?)" + END);
  private static final Pattern BY =
      Pattern.compile("\\bby ((?i:the) [^,;]+?)(?= to\\b|" + END.substring(3));
  private static final Pattern SAME_DAY =
      Pattern.compile("(?i)\\bon (?:the )?same (?:date|day)\\b");

  private static final int SENT_ON_WITHIN_DAYS = 92;

  private Retransmissions() {}

  /** The document's retransmissions, in the order of their notes. */
  public static List<Retransmission> of(Document doc) {
    List<Retransmission> out = new ArrayList<>(0);
    Optional<LocalDate> anchor = ReferenceGrammar.anchorOf(doc);
    for (Footnote note : notesOnOpening(doc)) read(note.text(), anchor).ifPresent(out::add);
    return List.copyOf(out);
  }

  /**
   * The retransmission one note's text states, if it states one; dates without a year are of the
   * year of {@code anchor}, the printed document's day.
   */
  static Optional<Retransmission> read(String note, Optional<LocalDate> anchor) {
    String text = note.strip();
    if (!OPENING.matcher(text).find()) return Optional.empty();
    // A date without a year is the latest one not after the anchor; a message went on after the
    // printed one, within weeks, so its year is that of the printed day plus this margin.
    Optional<LocalDate> later = anchor.map(d -> d.plusDays(SENT_ON_WITHIN_DAYS));
    List<Reference> found =
        ReferenceGrammar.parse(text, 0, later).stream()
            .filter(r -> r.items().size() == 1 && r.items().get(0).number().isPresent())
            .toList();
    // A note naming several messages ("to London as No. 5 and to Paris as No. 7") does not say
    // which office each went to.
    if (found.size() != 1) return Optional.empty();
    Reference as = found.get(0);
    return Optional.of(
        new Retransmission(
            office(BY, text, as.start()),
            office(TO, text, as.start()),
            as,
            SAME_DAY.matcher(text).find()));
  }

  // The office the pattern names before the message itself.
  private static Optional<String> office(Pattern p, String text, int message) {
    Matcher m = p.matcher(text);
    return m.find() && m.start() < message ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  // Notes marked in the heading, or in the first paragraph before anything it cites ("35. Repeat
  // to London.", where a note after "Your December 8" would speak of that message).
  private static List<Footnote> notesOnOpening(Document doc) {
    List<String> ids = new ArrayList<>(2);
    for (Block b : doc.blocks()) {
      if (b.attachment() != 0) break;
      if (b.kind() == Block.Kind.HEADING) ids.addAll(markers(b, b.text().length()));
      if (b.kind() == Block.Kind.PARAGRAPH) {
        int cited =
            ReferenceGrammar.parse(b.text(), 0, Optional.empty()).stream()
                .mapToInt(Reference::start)
                .min()
                .orElse(b.text().length());
        ids.addAll(markers(b, cited));
        break;
      }
    }
    return doc.footnotes().stream().filter(f -> ids.contains(f.id())).toList();
  }

  private static List<String> markers(Block b, int before) {
    return b.anchors().stream()
        .filter(a -> a instanceof FootnoteMarker m && m.offset() <= before)
        .map(a -> ((FootnoteMarker) a).footnoteId())
        .toList();
  }
}
