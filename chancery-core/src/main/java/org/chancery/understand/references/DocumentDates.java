package org.chancery.understand.references;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.read.PrintedDateParser;

/**
 * The date a document bears: its dateline's, else the place-and-date line that notes and memoranda
 * carry at their foot instead of a dateline ("Washington, May 7, 1917."), printed as a paragraph of
 * its own, perhaps with the day it was received ("[Received November 2.]").
 */
public final class DocumentDates {
  private static final Pattern FOOT =
      Pattern.compile(
          "^(?:[A-Z][\\p{L} .'’-]{1,40},\\s+)?(?:January|February|March|April|May|June|July|August|"
              + "September|October|November|December)\\s+\\d{1,2},\\s+\\d{4}\\.?(?:\\s*\\[Received [^\\]]*\\]\\.?)?$");

  private DocumentDates() {}

  /**
   * The date of {@code doc}: the dateline's, else its own foot line's; empty when it has neither.
   */
  public static Optional<DocumentDate> of(Document doc) {
    Objects.requireNonNull(doc, "doc");
    if (doc.date().isPresent()) return doc.date();
    return doc.blocks().stream()
        .filter(b -> b.attachment() == 0 && b.kind() == Block.Kind.PARAGRAPH)
        .map(b -> b.text().strip())
        .filter(t -> FOOT.matcher(t).matches())
        .findFirst()
        .flatMap(PrintedDateParser::parse);
  }
}
