package org.chancery.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One block of a document's text in reading order, with its page breaks, footnote markers and
 * listed persons' names at their places.
 *
 * <p>{@code attachment} is 0 for the document itself and k for the k-th enclosure or attachment
 * printed with it. {@code label} is a printed item label such as {@code 1.} or {@code (a)}, kept
 * apart from the text.
 */
public record Block(
    Kind kind, int attachment, Optional<String> label, String text, List<Anchor> anchors) {

  /** What a block is on the page. */
  public enum Kind {
    /** The document's (or attachment's) heading: sender to recipient. */
    HEADING,
    /** Place, date and received line. */
    DATELINE,
    /** A salutation or other opening formula. */
    OPENER,
    PARAGRAPH,
    /** An item of a numbered, lettered or plain list. */
    ITEM,
    /** A table, cells separated by tabs and rows by newlines. */
    TABLE,
    /** A quoted message or passage set apart from the text. */
    QUOTATION,
    /** The closing formula and signature. */
    CLOSER,
    POSTSCRIPT
  }

  public Block {
    Objects.requireNonNull(kind, "kind");
    if (attachment < 0)
      throw new IllegalArgumentException("attachment must not be negative: " + attachment);
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
    anchors = List.copyOf(anchors);
    for (Anchor a : anchors) {
      int end = a instanceof PersonName p ? p.end() : a.offset();
      if (end > text.length()) {
        throw new IllegalArgumentException(
            "anchor " + a + " lies beyond the text (" + text.length() + " chars)");
      }
    }
  }

  /**
   * Whether this block belongs to the body (not the heading or dateline of the document itself).
   */
  public boolean isBody() {
    return attachment > 0 || (kind != Kind.HEADING && kind != Kind.DATELINE);
  }
}
