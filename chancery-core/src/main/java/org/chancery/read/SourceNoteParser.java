package org.chancery.read;

import java.util.ArrayList;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.DocumentType;
import org.chancery.model.FileNumber;
import org.chancery.model.SourceNote;

/**
 * Recognises what a source note says about a document: the file numbers it is filed under, in the
 * Decimal File ({@code 861.20/406: Telegram}, {@code File No. 763.72/1234}, {@code Paris Peace
 * Conf. 180.03101/12}, {@code 611.61/1–1553}), the subject-numeric file ({@code Central Files
 * 1964–66, POL 27 VIET S}) and the Central Foreign Policy Files ({@code D750123–0456}, {@code
 * 1975STATE012345}), and the type it states ({@code Telegram}, {@code [Circular telegram]}).
 */
public final class SourceNoteParser {

  // Class, country and subject digits (letters allowed after the class or a dot: 890d.00,
  // 500.A15a3, 711.90H), a hyphenated subject suffix (751G.5-MSP), an optional subject name or
  // series letter ("Revolutions", "F 51", "Selassie I"), then "/" and the document number (3335m,
  // 42½) or, from 1945, its date as month-day-year (6-1054, 10–1551; a misprinted month such as
  // 19–1056 is kept whole for the decoder to refuse, and a trailing letter); a range (41–54) keeps
  // its
  // first number; a dash stands for a document not yet numbered (811.7443/–). Qualifiers may carry
  // hyphens and a parenthesised word: "Anti-War", "Mutual Guarantee (Locarno)".
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\w./])(\\d{3}[A-Za-z]?(?:\\.[0-9A-Za-z]+)*(?:[-–][A-Z]+)?"
              + "(?: (?:[A-Z][A-Za-z'’-]*|\\([A-Z][A-Za-z]*\\)|[a-z]|\\d+))*"
              + "/(?:[0-9]{1,2}[-–][0-9]{3,4}(?![0-9])[A-Z]?|[0-9]+[0-9a-z½¼¾]*"
              + "|[-–—](?![\\w-–—])))");
  // Central Foreign Policy Files (from 1973): film numbers, a reel letter (D electronic telegram,
  // P paper, N NODIS), two-digit year, four-digit film, dash, frame (D750123–0456); and telegram
  // numbers, year, sending post, serial (1975STATE012345, 75 STATE 12345). Their forms are unlike
  // anything in the earlier files, so they are found wherever a note prints them.
  private static final Pattern POLICY_FILE =
      Pattern.compile(
          "(?<![\\w./-])([DPN][7-9][0-9]{5}[-–][0-9]{4}|19[7-9][0-9][A-Z]{3,}[0-9]{4,6}"
              + "|[7-9][0-9] [A-Z]{3,} [0-9]{1,6})(?![\\w-–])");
  // Subject-numeric numbers (1963–1973) are capitals and digits that could be anything, so they are
  // taken only where a note names the central files and right after: "Central Files 1964–66, POL
  // 27 VIET S", "Central Files, POL US–USSR"; then further numbers joined by commas or "and".
  private static final Pattern CENTRAL_FILES =
      Pattern.compile("Central Files(?: [0-9]{4}[-–][0-9]{2,4})?,\\s*");
  private static final Pattern SUBJECT_NUMERIC =
      Pattern.compile(
          "\\G(?:,\\s*|\\s+and\\s+)?([A-Z]{1,5}(?:-[A-Z]{2,6})?"
              + "(?: [0-9]{1,3}(?:[-–][0-9]{1,3})*(?: [A-Z]{1,8}(?:[-–][A-Z]{1,8})*)*"
              + "|(?: [A-Z]{1,8}(?:[-–][A-Z]{1,8})*)+))(?=[.,;]|\\s+and\\s|$)");
  private static final Pattern PARIS = Pattern.compile("Paris Peace Conf\\.\\s*$");

  private static final Pattern TYPE_WORD =
      Pattern.compile(
          "(?i)\\b(circular telegram|circular|telegram|despatch|dispatch|instruction|memorandum"
              + "|aide-m[ée]moire|note verbale|note|letter|minutes)\\b");

  private SourceNoteParser() {}

  /** The source note whose text (whitespace normalised) is {@code text}, with its file numbers. */
  public static SourceNote parse(String text) {
    TreeMap<Integer, FileNumber> numbers = new TreeMap<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String before = text.substring(0, m.start());
      Optional<String> series =
          PARIS.matcher(before).find() ? Optional.of("Paris Peace Conf.") : Optional.empty();
      numbers.put(m.start(1), new FileNumber(m.group(1), series));
    }
    Matcher p = POLICY_FILE.matcher(text);
    while (p.find()) numbers.put(p.start(1), new FileNumber(p.group(1), Optional.empty()));
    Matcher c = CENTRAL_FILES.matcher(text);
    while (c.find()) {
      Matcher s = SUBJECT_NUMERIC.matcher(text).region(c.end(), text.length());
      while (s.find())
        numbers.putIfAbsent(s.start(1), new FileNumber(s.group(1), Optional.empty()));
    }
    // In the order printed, whichever form found them.
    return new SourceNote(text, new ArrayList<>(numbers.values()));
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
    // An aide-mémoire is a memorandum left with the other government.
    if (w.startsWith("aide")) return DocumentType.MEMORANDUM;
    return DocumentType.named(w).orElseThrow();
  }
}
