package org.chancery.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.Footnote;

/**
 * Reads where an editors' footnote points: its {@code <ref>} targets ({@code #d101}, {@code
 * #pg_65}, {@code frus1935v01#pg_563}) or, failing those, its words: "Ante, p. 65.", "Post, pp. 67
 * and 70", "Supra.", "Infra.", "See document 132", "Foreign Relations, 1935, vol. I, p. 563", "Not
 * printed". A footnote that opens with "Not printed" says it of the message it follows; one that
 * says it later says it of the messages it names ("No. 3544 not printed", "that of June 6 not
 * printed") or of the one it describes ("Instruction No. 69, October 1; not printed"). A page of
 * another publication (a title before it, an imprint, a bulletin, "ibid.") points nowhere in the
 * archive; a page of another footnote ("See footnote 99, p. 285") is a {@link
 * Pointer.Type#FOOTNOTE}.
 */
final class FootnotePointers {
  private static final Pattern NOT_PRINTED =
      Pattern.compile(
          "^\\W*(?:Not printed|Neither (?:is )?printed|None printed|Not found in (?:the )?Department)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TARGET =
      Pattern.compile("^(frus[\\w-]+)?#(?:(d\\d+\\w*)|pg_(\\d+))$");
  private static final Pattern PAGES =
      Pattern.compile("\\bpp?\\.\\s*(\\d+)((?:\\s*(?:,|and|,\\s*and)\\s*\\d+)*)");
  private static final Pattern SUPRA =
      Pattern.compile("\\b(supra|infra)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOC_N =
      Pattern.compile("\\b(?:[Dd]ocument|See No\\.|see No\\.)\\s*(\\d+)\\b");
  // "Foreign Relations, 1935, vol. I", "1917, Supplement 2, vol. II", and the later volumes that
  // span years and come in parts: "1952–1954, vol. II, Part 1", "1964–1968, volume XI".
  private static final Pattern FOREIGN_RELATIONS =
      Pattern.compile(
          "Foreign Relations,\\s*(\\d{4})(?:\\s*[–-]\\s*(?:\\d\\d)?(\\d\\d)\\b)?"
              + "(?:[^;]*?Supplement\\s*(\\d+))?(?:[^;]*?vol(?:\\.|ume)\\s*([IVXL]+)\\b)?"
              + "(?:,?\\s*Part\\s*(\\d+))?");
  // A page of another publication: an imprint "(Washington, Government Printing Office, 1934)", a
  // bulletin, report, series, statutes, a journal, "ibid." or "op. cit.".
  private static final Pattern PUBLICATION =
      Pattern.compile(
          "\\([^()]*\\b1[6-9]\\d\\d\\)|\\b(?:Bulletin|Report of|Series|"
              + "Statutes|Stat\\.|Cong\\.|Congressional|Official Journal|Gazette|Hansard|Parliamentary|ibid\\.|op\\. cit\\.)",
          Pattern.CASE_INSENSITIVE);
  // Words that send the reader on ("See ante, p. 65", "see No. 86, p. 547"), and the kinds of
  // document a footnote describes before its page ("See telegram No. 5, January 5, to ..., p. 38").
  // Before a page, anything else is a publication's title ("Proceedings of the London Naval
  // Conference, p. 297").
  private static final Pattern POINTING_TAIL =
      Pattern.compile(
          "(?:^|\\b(?:see|ante|post|supra|infra|above|below|printed|reprinted|on|at|cf)"
              + "|\\bNo\\.\\s*\\d+)[\\W&&[^\\p{L}]]*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DOCUMENT_KIND =
      Pattern.compile(
          "\\b(?:telegrams?|cables?|despatch(?:es)?|dispatch(?:es)?|instructions?|notes?"
              + "|memorand(?:um|a)|letters?|aide-m[ée]moires?|documents?|circulars?|enclosures?"
              + "|messages?)\\b",
          Pattern.CASE_INSENSITIVE);
  // "See footnote 99, p. 285": the page is where another footnote stands, which says what the
  // message was; a document printed there is the message only if it agrees with the phrase.
  private static final Pattern OTHER_FOOTNOTE =
      Pattern.compile("\\b(?:foot)?notes?\\s+\\d+[a-z]?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern UNPRINTED_NUMBERS =
      Pattern.compile(
          "^\\s*(?:\\p{L}+\\s+)?Nos?\\.\\s*(\\d+(?:(?:,\\s*|\\s+and\\s+|,\\s*and\\s+)\\d+)*)\\s+(?:are\\s+|is\\s+)?not"
              + "\\s+printed\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern UNPRINTED_OTHER =
      Pattern.compile(
          "\\s*(?:that|those|the\\s+other|the\\s+latter)\\b[^;.]{0,40}?\\s+(?:is\\s+|are\\s+)?not"
              + "\\s+printed\\.?\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern UNPRINTED_ALONE =
      Pattern.compile("\\s*(?:both\\s+)?not\\s+printed\\.?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern SEGMENT_NUMBER = Pattern.compile("\\bNo\\.\\s*([A-Z]?[-–]?\\d+)");

  private FootnotePointers() {}

  /**
   * The pointers of {@code note}, a footnote of a document in {@code volume}, in the order written.
   */
  static List<Pointer> of(Footnote note, String volume) {
    if (NOT_PRINTED.matcher(note.text()).find()) {
      return List.of(new Pointer(Pointer.Type.NOT_PRINTED, volume, "", ""));
    }
    String[] segments = note.text().split(";");
    List<Pointer> fromTargets = targets(note, volume);
    List<Pointer> out;
    if (!fromTargets.isEmpty()) {
      out = tieNumbers(footnotePages(fromTargets, segments), segments);
      out.addAll(numberedNeighbours(segments, volume));
    } else {
      out = new ArrayList<>();
      for (String segment : segments) {
        List<Pointer> ps = words(segment, volume);
        Matcher n = SEGMENT_NUMBER.matcher(segment);
        String number = n.find() && ps.size() == 1 ? n.group(1) : "";
        ps.forEach(p -> out.add(p.forNumber(number)));
      }
    }
    unprinted(segments, volume, out);
    return out;
  }

  // The messages a footnote says are not printed after describing them or other messages:
  // "Instruction No. 69, October 1; not printed." (the one message described), "No. 3311 printed
  // on p. 974; No. 3544 not printed." (by number), "Memorandum of May 7, ante, p. 828; that of June
  // 6 not printed." (the list's next message).
  private static void unprinted(String[] segments, String volume, List<Pointer> out) {
    for (String segment : segments) {
      Matcher numbered = UNPRINTED_NUMBERS.matcher(segment);
      if (!numbered.find()) continue;
      Matcher n = DIGITS.matcher(numbered.group(1));
      while (n.find()) out.add(new Pointer(Pointer.Type.NOT_PRINTED, volume, "", n.group()));
    }
    // The last part, when it is not the whole footnote and names no numbers.
    if (segments.length < 2) return;
    String last = segments[segments.length - 1];
    if (UNPRINTED_NUMBERS.matcher(last).find()) return;
    if (UNPRINTED_OTHER.matcher(last).matches()) {
      if (!out.isEmpty()) out.add(new Pointer(Pointer.Type.NOT_PRINTED, volume, "", ""));
    } else if (out.isEmpty() && UNPRINTED_ALONE.matcher(last).matches()) {
      out.add(new Pointer(Pointer.Type.NOT_PRINTED, volume, "", ""));
    }
  }

  // "No. 99 is printed on p. 194; No. 36, on p. 196": the ref to p. 196 is No. 36's.
  private static List<Pointer> tieNumbers(List<Pointer> targets, String[] segments) {
    List<Pointer> out = new ArrayList<>(targets);
    for (String segment : segments) {
      Matcher n = SEGMENT_NUMBER.matcher(segment);
      Matcher pg = PAGES.matcher(segment);
      if (!n.find() || !pg.find()) continue;
      for (int i = 0; i < out.size(); i++) {
        Pointer p = out.get(i);
        if (p.type() == Pointer.Type.PAGE && p.value().equals(pg.group(1)))
          out.set(i, p.forNumber(n.group(1)));
      }
    }
    return out;
  }

  // "No. 99 printed on p. 194; No. 123, supra": the part without a cross-reference sends its
  // number to the document before or after.
  private static List<Pointer> numberedNeighbours(String[] segments, String volume) {
    List<Pointer> out = new ArrayList<>();
    for (String segment : segments) {
      Matcher n = SEGMENT_NUMBER.matcher(segment);
      Matcher s = SUPRA.matcher(segment);
      if (PAGES.matcher(segment).find() || DOC_N.matcher(segment).find() || !n.find() || !s.find())
        continue;
      boolean supra = s.group(1).toLowerCase(Locale.ROOT).equals("supra");
      out.add(new Pointer(supra ? Pointer.Type.SUPRA : Pointer.Type.INFRA, volume, "", n.group(1)));
    }
    return out;
  }

  // A page the text gives as another footnote's ("See footnote 99, p. 285") is that footnote's.
  private static List<Pointer> footnotePages(List<Pointer> targets, String[] segments) {
    List<String> pages = new ArrayList<>();
    for (String segment : segments) {
      if (!OTHER_FOOTNOTE.matcher(segment).find()) continue;
      Matcher pg = PAGES.matcher(segment);
      while (pg.find()) pages.add(pg.group(1));
    }
    if (pages.isEmpty()) return targets;
    return targets.stream()
        .map(
            p ->
                p.type() == Pointer.Type.PAGE && pages.contains(p.value())
                    ? p.as(Pointer.Type.FOOTNOTE)
                    : p)
        .toList();
  }

  private static List<Pointer> targets(Footnote note, String volume) {
    List<Pointer> out = new ArrayList<>();
    for (String target : note.targets()) {
      Matcher m = TARGET.matcher(target.strip());
      if (!m.matches()) continue;
      String vol = m.group(1) == null ? volume : m.group(1);
      out.add(
          m.group(2) != null
              ? new Pointer(Pointer.Type.DOCUMENT, vol, m.group(2), "")
              : new Pointer(Pointer.Type.PAGE, vol, m.group(3), ""));
    }
    return out;
  }

  private static List<Pointer> words(String text, String volume) {
    List<Pointer> out = new ArrayList<>();
    Optional<String> other = otherVolume(text);
    if (other.isEmpty() && PUBLICATION.matcher(text).find()) return out;
    boolean toFootnote = OTHER_FOOTNOTE.matcher(text).find();
    String vol = other.orElse(volume);
    // The pages of another volume follow its name; pages before it are another publication's.
    Matcher named = FOREIGN_RELATIONS.matcher(text);
    String from = other.isPresent() && named.find() ? text.substring(named.start()) : text;
    Matcher pages = PAGES.matcher(from);
    if (other.isEmpty() && !toFootnote && pages.find() && titled(from.substring(0, pages.start())))
      return out;
    pages.reset();
    Pointer.Type type = toFootnote ? Pointer.Type.FOOTNOTE : Pointer.Type.PAGE;
    while (pages.find()) {
      out.add(new Pointer(type, vol, pages.group(1), ""));
      Matcher more = DIGITS.matcher(pages.group(2));
      while (more.find()) out.add(new Pointer(type, vol, more.group(), ""));
    }
    if (toFootnote) return out;
    if (!out.isEmpty()) return out;
    Matcher doc = DOC_N.matcher(text);
    if (doc.find())
      return List.of(new Pointer(Pointer.Type.DOCUMENT_NUMBER, vol, doc.group(1), ""));
    Matcher s = SUPRA.matcher(text);
    if (s.find()) {
      boolean supra = s.group(1).toLowerCase(Locale.ROOT).equals("supra");
      out.add(new Pointer(supra ? Pointer.Type.SUPRA : Pointer.Type.INFRA, volume, "", ""));
    }
    return out;
  }

  // Whether the words before a page name a publication: they neither end by sending the reader on
  // ("see", "ante", "No. 86") nor name a kind of document.
  private static boolean titled(String before) {
    return !POINTING_TAIL.matcher(before).find() && !DOCUMENT_KIND.matcher(before).find();
  }

  // "Foreign Relations, 1935, vol. I" is frus1935v01; "1917, Supplement 2, vol. II"
  // frus1917Supp02v02; "1952–1954, vol. II, Part 1" frus1952-54v02p1.
  static java.util.Optional<String> otherVolume(String text) {
    Matcher m = FOREIGN_RELATIONS.matcher(text);
    if (!m.find()) return java.util.Optional.empty();
    StringBuilder id = new StringBuilder("frus").append(m.group(1));
    if (m.group(2) != null) id.append('-').append(m.group(2));
    if (m.group(3) != null) id.append(String.format("Supp%02d", Integer.parseInt(m.group(3))));
    if (m.group(4) != null) id.append(String.format("v%02d", roman(m.group(4))));
    if (m.group(5) != null) id.append('p').append(Integer.parseInt(m.group(5)));
    return java.util.Optional.of(id.toString());
  }

  private static int roman(String r) {
    int total = 0;
    int prev = 0;
    for (int i = r.length() - 1; i >= 0; i--) {
      int v =
          switch (r.charAt(i)) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            default -> 0;
          };
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }
}
