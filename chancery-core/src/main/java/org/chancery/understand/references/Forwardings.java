package org.chancery.understand.references;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.Block;
import org.chancery.model.Document;

/**
 * Finds the {@link Forwarding}s of a document: where its writer says that what follows is a message
 * he sent to another office ("The following telegram was sent to the Legation at Managua:", "Today
 * I have notified the Secretary of State at Santiago as follows:"). Posts kept one another informed
 * so, and repeated to Washington what they telegraphed elsewhere; the carried message is between
 * the writer and that office, with a date line of its own.
 *
 * <p>The carried message runs to the quotation mark that closes the one it opens with; one that
 * opens with none runs to the end of the document's own text, enclosures left out.
 */
public final class Forwardings {
  // The announcement, ending in the colon that opens the carried text: "The following telegram has
  // been sent to-day to X[, July 14, 9 p.m.]:" or "[Today] [I] have [today] notified X as
  // follows:".
  private static final Pattern ANNOUNCED =
      Pattern.compile(
          "(?:^|(?<=[.:;]\\s))(?:\\d{1,5}\\.\\s+)?(?:"
              + "(?:The\\s+)?following\\s+(?:(?:telegram|message|cable)\\s+)?"
              + "(?:(?:was|has\\s+been|have\\s+been)\\s+)?(?:sent|repeated|telegraphed|cabled)\\s+"
              + "(?:(?:today|to-day|this\\s+(?:day|morning|afternoon|evening))\\s+)?to\\s+"
              + "(?<to>[^:;.]{2,80}?)(?:,\\s*(?<when>[^:;]{3,40}))?"
              + "|(?:(?:today|to-day|this\\s+day),?\\s+)?(?:I\\s+)?have\\s+"
              + "(?:(?:today|to-day|this\\s+day)\\s+)?(?:notified|telegraphed|cabled|wired)\\s+"
              + "(?<to2>[^:;.]{2,80}?)\\s+as\\s+follows"
              + ")\\s*:\\s*",
          Pattern.CASE_INSENSITIVE);

  private Forwardings() {}

  /**
   * The message {@code doc} carries in its own text (not its enclosures), if it announces one: the
   * first, which runs on to hold any later announcement.
   */
  public static Optional<Forwarding> of(Document doc) {
    List<Block> blocks = doc.blocks();
    int last = lastOwnBlock(blocks);
    for (int b = 0; b <= last; b++) {
      Block block = blocks.get(b);
      if (block.kind() != Block.Kind.PARAGRAPH) continue;
      String text = block.text();
      if (!mayAnnounce(text)) continue;
      Matcher m = ANNOUNCED.matcher(text);
      if (!m.find()) continue;
      String to = (m.group("to") != null ? m.group("to") : m.group("to2")).strip();
      Optional<String> when = Optional.ofNullable(m.group("when"));
      return carried(blocks, b, m.end(), last, to, when, ReferenceGrammar.anchorOf(doc));
    }
    return Optional.empty();
  }

  // Every announcement says "following" or "follows": a plain search, not the pattern, rules out
  // nearly every paragraph of an archive (a regular expression here was 4% of a link pass).
  private static boolean mayAnnounce(String text) {
    return text.contains("ollow") || text.contains("OLLOW");
  }

  // The last block of the document's own text before its closing formula.
  private static int lastOwnBlock(List<Block> blocks) {
    int last = -1;
    for (int b = 0; b < blocks.size(); b++) {
      Block k = blocks.get(b);
      if (k.attachment() != 0) break;
      if (k.isBody() && k.kind() != Block.Kind.CLOSER && k.kind() != Block.Kind.POSTSCRIPT)
        last = b;
    }
    return last;
  }

  // The carried message from offset from of block b; its date from the announcement, else from its
  // own opening line.
  private static Optional<Forwarding> carried(
      List<Block> blocks,
      int b,
      int from,
      int last,
      String to,
      Optional<String> announcedWhen,
      Optional<LocalDate> anchor) {
    int block = b;
    int start = from;
    if (start == blocks.get(b).text().length()) {
      if (b == last) return Optional.empty();
      block = b + 1;
      start = 0;
    }
    String first = blocks.get(block).text();
    int lastBlock = last;
    int end = blocks.get(last).text().length();
    if (start < first.length() && (first.charAt(start) == '“' || first.charAt(start) == '"')) {
      int[] close = closing(blocks, block, start, last);
      start++;
      lastBlock = close[0];
      end = close[1];
    }
    String opening = block == lastBlock ? first.substring(start, end) : first.substring(start);
    Optional<DateRules.Dated> when =
        announcedWhen.flatMap(w -> dateAt(w, anchor)).or(() -> dateAt(opening, anchor));
    return Optional.of(
        new Forwarding(
            block,
            start,
            lastBlock,
            end,
            to,
            when.flatMap(DateRules.Dated::date),
            when.flatMap(DateRules.Dated::time)));
  }

  // Where the quotation opened at offset at of block b closes: its block and offset, else the end
  // of the document's own text. Curly marks nest; a straight one closes the straight one that
  // opened.
  private static int[] closing(List<Block> blocks, int b, int at, int last) {
    boolean curly = blocks.get(b).text().charAt(at) == '“';
    int depth = 0;
    for (int k = b; k <= last; k++) {
      String t = blocks.get(k).text();
      for (int i = k == b ? at + 1 : 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (curly && c == '“') depth++;
        else if (curly && c == '”' && depth-- == 0) return new int[] {k, i};
        else if (!curly && c == '"') return new int[] {k, i};
      }
    }
    return new int[] {last, blocks.get(last).text().length()};
  }

  // A date line opening the text: "June 27, 4 p.m.", "January 4, 9 p.m."
  private static Optional<DateRules.Dated> dateAt(String text, Optional<LocalDate> anchor) {
    TokenCursor c = new TokenCursor(text, Tokenizer.tokenize(text));
    if (c.atEnd() || !DateRules.namesMonth(c.peek())) return Optional.empty();
    return new DateRules(c, anchor).date().filter(d -> d.date().isPresent());
  }
}
