package org.chancery.read;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.Block;
import org.chancery.model.DocumentDate;

/**
 * The place and date printed at a document's foot rather than its head, as FRUS prints notes,
 * memoranda, aide-mémoires and letters: "Washington, July 17, 1918." or "[Washington,] March 31,
 * 1925." as the document's last paragraph, alone or before its signature.
 *
 * <p>Only a paragraph that is nothing but a place and a full date counts: a treaty's "Done at
 * London this fifth day of July, 1930" or a sentence that mentions a date is not a dateline.
 */
public record ClosingDateline(Optional<String> place, String printedDate, DocumentDate date) {
  // The place: up to five capitalized words ("Washington", "Executive Mansion, Washington"),
  // bracketed where the editors supplied it. The date: as a heading's dateline prints it.
  private static final Pattern LINE =
      Pattern.compile(
          "\\[?(\\p{Lu}[\\p{L}.’'-]*(?:,?\\s+\\p{Lu}[\\p{L}.’'-]*){0,4})?,?\\]?,?\\s*"
              + "\\[?((?:January|February|March|April|May|June|July|August|September|October"
              + "|November|December)\\s+\\d{1,2},\\s+\\d{4})\\]?\\.?");

  /** The closing dateline of the document {@code blocks} hold, if its foot has one. */
  public static Optional<ClosingDateline> in(List<Block> blocks) {
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Block b = blocks.get(i);
      if (b.attachment() != 0 || b.kind() == Block.Kind.CLOSER) continue;
      return b.kind() == Block.Kind.PARAGRAPH ? of(b.text()) : Optional.empty();
    }
    return Optional.empty();
  }

  /** The place and date {@code paragraph} prints, if it prints nothing else. */
  public static Optional<ClosingDateline> of(String paragraph) {
    Matcher m = LINE.matcher(paragraph.strip());
    if (!m.matches()) return Optional.empty();
    return PrintedDateParser.parse(m.group(2))
        .map(d -> new ClosingDateline(Optional.ofNullable(m.group(1)), m.group(2), d));
  }
}
