package org.chancery.understand.references;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.read.PrintedDateParser;

/**
 * Finds the paper a document prints the text of because its writer received it: a note, memorandum
 * or letter of another government that reached Washington only inside a telegram ("The following is
 * a translation of the reply of the Bolivian Government ...: “La Paz, February 25, 1930. Note
 * number 134. ...”", "... handed me a note verbale dated today of which substance is as follows:").
 * The volume prints no other copy of it, and later messages cite it by its kind and date.
 *
 * <p>The paper's date is the one its quoted text opens with, else "dated today" or "dated
 * yesterday" in the announcement: a date the announcement gives otherwise may be another paper's
 * ("the reply ... to the note of the neutral Governments dated January 9").
 */
public final class ReceivedPapers {
  /** The kind of paper received and the day it bears. */
  public record Received(MessageKind kind, LocalDate date) {
    public Received {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(date, "date");
    }
  }

  private static final String KIND =
      "(note\\s+verbale|note|memorandum|aide-m[ée]moire|pro\\s+memoria|reply|answer|letter)";
  // The announcement: a sentence naming a kind of paper and ending in the colon that opens its
  // text.
  private static final Pattern ANNOUNCED =
      Pattern.compile("\\b" + KIND + "\\b[^.:;“\"]{0,200}:\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATED_RELATIVELY =
      Pattern.compile(
          "\\bdated\\s+(today|to-day|this\\s+day|yesterday)\\b", Pattern.CASE_INSENSITIVE);
  // The quoted paper's own date line: "“La Paz, February 25, 1930." or "“February 25, 1930."
  private static final Pattern OPENING_DATELINE =
      Pattern.compile(
          "^[“\"]\\s*\\[?(?:\\p{Lu}[\\p{L}.’'-]*(?:[ ,]+\\p{Lu}[\\p{L}.’'-]*){0,3},?\\]?,?\\s*)?\\p{Lu}\\p{Ll}+\\s+\\d{1,2},?\\s+\\d{4}\\b");

  private ReceivedPapers() {}

  /** The paper {@code doc} prints the text of, if it announces one in its own text. */
  public static Optional<Received> of(Document doc) {
    List<Block> blocks = doc.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      if (block.attachment() != 0 || block.kind() != Block.Kind.PARAGRAPH) continue;
      if (block.text().indexOf(':') < 0) continue;
      Matcher m = ANNOUNCED.matcher(block.text());
      while (m.find()) {
        String after = block.text().substring(m.end());
        String text = !after.isBlank() ? after : next(blocks, b);
        Optional<Received> r = received(kind(m.group(1)), m.group(), text, doc);
        if (r.isPresent()) return r;
      }
    }
    return Optional.empty();
  }

  private static Optional<Received> received(
      MessageKind kind, String announcement, String text, Document doc) {
    Matcher opening = OPENING_DATELINE.matcher(text);
    if (opening.find())
      return PrintedDateParser.parse(opening.group()).map(d -> new Received(kind, d.day()));
    Matcher relative = DATED_RELATIVELY.matcher(announcement);
    if (!relative.find() || text.isBlank()) return Optional.empty();
    boolean yesterday = relative.group(1).toLowerCase(Locale.ROOT).equals("yesterday");
    return ReferenceGrammar.anchorOf(doc)
        .map(day -> new Received(kind, yesterday ? day.minusDays(1) : day));
  }

  private static String next(List<Block> blocks, int b) {
    if (b + 1 >= blocks.size() || blocks.get(b + 1).attachment() != 0) return "";
    return blocks.get(b + 1).text();
  }

  private static MessageKind kind(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("memorandum") || w.startsWith("pro") || w.startsWith("aide"))
      return MessageKind.MEMORANDUM;
    return w.equals("letter") ? MessageKind.LETTER : MessageKind.NOTE;
  }
}
