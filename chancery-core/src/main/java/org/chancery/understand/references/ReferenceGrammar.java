package org.chancery.understand.references;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;

/**
 * The reference grammar: finds every reference to another message in a document's body (its own
 * heading and dateline excluded) and parses it into a {@link Reference}.
 *
 * <p>Dates without a year, and "instant", "ultimo", "yesterday", are made absolute from the
 * document's own date; where the document has no date they stay empty. A reference in a {@link
 * Block.Kind#QUOTATION} block or inside open quotation marks is marked quoted.
 */
public final class ReferenceGrammar {
  private ReferenceGrammar() {}

  /** Every reference in the body of {@code doc}, in reading order. */
  public static List<Reference> find(Document doc) {
    Objects.requireNonNull(doc, "doc");
    Optional<LocalDate> anchor = anchorOf(doc);
    List<Reference> out = new ArrayList<>();
    List<Block> blocks = doc.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      if (!block.isBody() || block.kind() == Block.Kind.TABLE) continue;
      for (Reference r : parse(block.text(), b, anchor)) {
        boolean quoted =
            block.kind() == Block.Kind.QUOTATION || insideQuotes(block.text(), r.start());
        out.add(r.quoted(quoted));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The references in one text, as block {@code block}, dates made absolute from {@code anchor}.
   * Nothing is marked quoted here; {@link #find(Document)} judges that from the block.
   */
  public static List<Reference> parse(String text, int block, Optional<LocalDate> anchor) {
    return new ReferenceParser(text, block, anchor).parseAll();
  }

  /** The day a document's relative dates count from: its own date, when known to the day. */
  public static Optional<LocalDate> anchorOf(Document doc) {
    return DocumentDates.of(doc)
        .filter(
            d ->
                d.precision() == DocumentDate.Precision.DAY
                    || d.precision() == DocumentDate.Precision.MINUTE)
        .map(DocumentDate::day);
  }

  // Curly quotes opened and not yet closed before the offset; straight quotes by parity.
  static boolean insideQuotes(String text, int offset) {
    int open = 0;
    int straight = 0;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '“') open++;
      else if (c == '”') open = Math.max(0, open - 1);
      else if (c == '"') straight++;
    }
    return open > 0 || straight % 2 == 1;
  }
}
