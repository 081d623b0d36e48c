package org.chancery.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.DocumentType;
import org.chancery.model.FileNumber;
import org.chancery.model.SourceNote;

/**
 * Recognises what a source note says about a document: the Decimal File numbers it is filed under
 * ({@code 861.20/406: Telegram}, {@code File No. 763.72/1234}, {@code Paris Peace Conf.
 * 180.03101/12}) and the type it states ({@code Telegram}, {@code [Circular telegram]}).
 */
public final class SourceNoteParser {

  // Class, country and subject digits (letters allowed after the class or a dot: 890d.00,
  // 500.A15a3, 711.90H), a hyphenated subject suffix (751G.5-MSP), an optional subject name or
  // series letter ("Revolutions", "F 51", "Selassie I"), then "/" and the document number (3335m,
  // 42½) or, from 1945, its date as month-day-year (6-1054, 10–1551); a range (41–54) keeps its
  // first number; a dash stands for a document not yet numbered (811.7443/–). Qualifiers may carry
  // hyphens and a parenthesised word: "Anti-War", "Mutual Guarantee (Locarno)".
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\w./])(\\d{3}[A-Za-z]?(?:\\.[0-9A-Za-z]+)*(?:[-–][A-Z]+)?"
              + "(?: (?:[A-Z][A-Za-z'’-]*|\\([A-Z][A-Za-z]*\\)|[a-z]|\\d+))*"
              + "/(?:(?:1[0-2]|[1-9])[-–][0-9]{3,4}(?![0-9])|[0-9]+[0-9a-z½¼¾]*|[-–—](?![\\w-–—])))");
  private static final Pattern PARIS = Pattern.compile("Paris Peace Conf\\.\\s*$");

  private static final Pattern TYPE_WORD =
      Pattern.compile(
          "(?i)\\b(circular telegram|circular|telegram|despatch|dispatch|instruction|memorandum"
              + "|note verbale|note|letter|minutes)\\b");

  private SourceNoteParser() {}

  /** The source note whose text (whitespace normalised) is {@code text}, with its file numbers. */
  public static SourceNote parse(String text) {
    List<FileNumber> numbers = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String before = text.substring(0, m.start());
      Optional<String> series =
          PARIS.matcher(before).find() ? Optional.of("Paris Peace Conf.") : Optional.empty();
      numbers.add(new FileNumber(m.group(1), series));
    }
    return new SourceNote(text, numbers);
  }

  /**
   * The type a source note states, if it states one: the word after the file number ({@code
   * 861.20/406: Telegram}) or in brackets ({@code [Telegram.—Paraphrase.]}).
   */
  public static Optional<DocumentType> statedType(String text) {
    int colon = text.lastIndexOf(':');
    String where;
    if (colon >= 0) {
      where = text.substring(colon + 1);
    } else if (text.trim().startsWith("[")) {
      where = text;
    } else {
      return Optional.empty();
    }
    Matcher m = TYPE_WORD.matcher(where);
    return m.find() ? Optional.of(typeOf(m.group(1))) : Optional.empty();
  }

  static DocumentType typeOf(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    if (w.startsWith("circular")) return DocumentType.CIRCULAR;
    if (w.equals("dispatch")) return DocumentType.DESPATCH;
    if (w.startsWith("note")) return DocumentType.NOTE;
    return DocumentType.named(w).orElseThrow();
  }
}
