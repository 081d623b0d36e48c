package org.chancery.serve.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.search.Hit;

/**
 * How to cite a document: Chicago style (a bibliography entry), BibTeX and RIS. The web address
 * cited is the Office of the Historian's, which is stable for every FRUS document.
 *
 * @param title the document's heading
 * @param date the date as a reader writes it ({@code June 13, 1937}), or {@code n.d.}
 * @param volumeTitle the volume's title, italic in Chicago style
 * @param number the document number in the volume
 * @param url the stable address of the document
 */
record Citation(
    String key,
    String title,
    String date,
    Optional<DocumentDate> isoDate,
    String volumeTitle,
    String number,
    String url) {
  static final String AUTHOR = "United States Department of State";
  static final String PUBLISHER = "Government Printing Office";
  static final String PLACE = "Washington, DC";
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

  /** The citation of {@code d}, a document of the volume titled {@code volumeTitle}. */
  static Citation of(Document d, String volumeTitle) {
    return of(
        d.volume(),
        d.id(),
        d.head(),
        d.type().label(),
        written(d.date(), d.printedDate().orElse("")),
        d.date(),
        d.n().orElseGet(() -> numberIn(d.id())),
        volumeTitle);
  }

  // FRUS numbers its documents in their ids: "d123" is document 123.
  private static final Pattern NUMBERED_ID = Pattern.compile("d(\\d+)");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /**
   * The citation of a search hit, the same as {@link #of(Document, String)} would give, where the
   * hit holds all it takes (a date, understood or as printed, and an id that carries the document's
   * number); else empty, and the document itself must be read. A page of hits is cited without
   * decoding each document.
   */
  static Optional<Citation> of(Hit h, String volumeTitle) {
    Matcher n = NUMBERED_ID.matcher(h.id());
    if (!n.matches() || (h.date().isEmpty() && h.printedDate().isEmpty())) return Optional.empty();
    Optional<DocumentDate> date = h.date().map(DocumentDate::parse);
    return Optional.of(
        of(
            h.volume(),
            h.id(),
            h.title(),
            h.type(),
            written(date, h.printedDate().orElse("")),
            date,
            n.group(1),
            volumeTitle));
  }

  // The number a document without one of its own is cited by: the one its id carries, else the id.
  private static String numberIn(String id) {
    Matcher n = NUMBERED_ID.matcher(id);
    return n.matches() ? n.group(1) : id;
  }

  // A document's date in words: its ISO date written out, else what it prints, else "no date".
  private static String written(Optional<DocumentDate> date, String printed) {
    return date.map(Citation::written).orElse(printed.isEmpty() ? "n.d." : printed);
  }

  // One citation from its parts, whether read from the document or from its hit.
  private static Citation of(
      String volume,
      String id,
      String head,
      String typeLabel,
      String date,
      Optional<DocumentDate> isoDate,
      String number,
      String volumeTitle) {
    return new Citation(
        volume + "_" + id,
        oneLine(head.isBlank() ? typeLabel + " " + id : head),
        oneLine(date),
        isoDate,
        oneLine(volumeTitle),
        number,
        "https://history.state.gov/historicaldocuments/" + volume + "/" + id);
  }

  private static String written(DocumentDate d) {
    return switch (d.precision()) {
      case YEAR -> String.valueOf(d.day().getYear());
      case MONTH -> DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH).format(d.day());
      case DAY, MINUTE -> LONG.format(d.day());
    };
  }

  // Runs of whitespace become one space. Most headings hold single spaces only and are just
  // stripped: the pattern cost more than the rest of a hit's citation.
  private static String oneLine(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' ? i + 1 < s.length() && isSpace(s.charAt(i + 1)) : isSpace(c))
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }
    return s.strip();
  }

  // What the pattern's \s matches.
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The Chicago entry before the volume title. */
  String chicagoBefore() {
    return AUTHOR + ". \u201C" + closed(title) + "\u201D " + closed(date) + " In ";
  }

  // A sentence's last words with the stop they take, once ("n.d." ends one already).
  private static String closed(String words) {
    return words.endsWith(".") || words.endsWith("?") || words.endsWith("!") ? words : words + ".";
  }

  /** The Chicago entry after the volume title. */
  String chicagoAfter() {
    return ", document " + number + ". " + PLACE + ": " + PUBLISHER + ". " + url + ".";
  }

  /** The Chicago entry as plain text. */
  String chicago() {
    return chicagoBefore() + volumeTitle + chicagoAfter();
  }

  /** The BibTeX entry. */
  String bibtex() {
    StringBuilder b =
        new StringBuilder("@misc{").append(key.replaceAll("[^A-Za-z0-9_-]", "_")).append(",\n");
    bib(b, "author", "{" + AUTHOR + "}");
    bib(b, "title", tex(title));
    bib(b, "howpublished", tex(volumeTitle));
    bib(b, "publisher", PUBLISHER);
    bib(b, "address", PLACE);
    isoDate.ifPresent(d -> bib(b, "year", String.valueOf(d.day().getYear())));
    isoDate.ifPresent(d -> bib(b, "date", d.iso().substring(0, Math.min(10, d.iso().length()))));
    bib(b, "note", "Document " + tex(number));
    bib(b, "url", url);
    return b.append("}\n").toString();
  }

  private static void bib(StringBuilder b, String field, String value) {
    b.append("  ").append(field).append(" = {").append(value).append("},\n");
  }

  // Characters TeX gives a meaning, made literal.
  private static String tex(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\' -> b.append("\\textbackslash{}");
        case '{', '}', '&', '%', '$', '#', '_' -> b.append('\\').append(c);
        case '~' -> b.append("\\textasciitilde{}");
        case '^' -> b.append("\\textasciicircum{}");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** The RIS record. */
  String ris() {
    StringBuilder b = new StringBuilder();
    ris(b, "TY", "GOVDOC");
    ris(b, "AU", AUTHOR);
    ris(b, "TI", title);
    ris(b, "T2", volumeTitle);
    isoDate.ifPresent(d -> ris(b, "PY", String.valueOf(d.day().getYear())));
    isoDate.ifPresent(d -> ris(b, "DA", risDate(d)));
    ris(b, "PB", PUBLISHER);
    ris(b, "CY", PLACE);
    ris(b, "M1", "Document " + number);
    ris(b, "UR", url);
    return b.append("ER  - \r\n").toString();
  }

  private static String risDate(DocumentDate d) {
    String iso = d.iso();
    return switch (d.precision()) {
      case YEAR -> iso + "///";
      case MONTH -> iso.replace('-', '/') + "//";
      case DAY, MINUTE -> iso.substring(0, 10).replace('-', '/') + "/";
    };
  }

  private static void ris(StringBuilder b, String tag, String value) {
    b.append(tag).append("  - ").append(value).append("\r\n");
  }
}
