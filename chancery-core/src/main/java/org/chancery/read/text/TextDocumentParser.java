package org.chancery.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.Footnote;
import org.chancery.model.SourceNote;
import org.chancery.read.ParseError;
import org.chancery.read.SourceNoteParser;

/**
 * Builds one {@link Document} from the lines of one published page: source-note line, heading,
 * dateline, body (numbered paragraphs and lettered items), signature, and the footnotes listed at
 * the end.
 */
final class TextDocumentParser {
  // "Moscow, June 13, 1937—11 p.m." : a place, then a printed date.
  private static final Pattern DATELINE =
      Pattern.compile(
          "^([^,\\d][^,]{0,60}),\\s+((?:January|February|March|April|May|June|July|August|September"
              + "|October|November|December)\\s+\\d{1,2},?\\s+\\d{4}.*?)\\.?$");
  private static final Pattern SIGNATURE = Pattern.compile("^[\\p{Lu}][\\p{L}.’' -]{1,60}$");

  private final String file;
  private final List<ParseError> problems;

  /** A parsed block before its marks are taken out: kind, label and raw printed text. */
  private record RawBlock(Block.Kind kind, Optional<String> label, Line line) {}

  TextDocumentParser(String file, List<ParseError> problems) {
    this.file = file;
    this.problems = problems;
  }

  Document parse(String volume, String id, List<Line> lines) {
    List<Line> content = lines.stream().filter(l -> !l.isBlank()).toList();
    int footStart = footnoteStart(content);
    List<Line> notes = content.subList(footStart, content.size());
    Cursor c = new Cursor(content.subList(0, footStart));
    List<SourceNote> sources = new ArrayList<>();
    if (c.has() && Lines.isSourceNote(c.peek()))
      sources.add(SourceNoteParser.parse(c.next().strip()));
    List<RawBlock> raw = new ArrayList<>();
    if (c.has() && isHeading(c.peek()))
      raw.add(new RawBlock(Block.Kind.HEADING, Optional.empty(), c.next()));
    while (c.has()
        && (isDateline(c.peek()) || Lines.RECEIVED.matcher(c.peek().strip()).matches())) {
      raw.add(new RawBlock(Block.Kind.DATELINE, Optional.empty(), c.next()));
    }
    raw.addAll(body(c));
    List<Footnote> footnotes = footnotes(notes);
    return assemble(volume, id, sources, raw, footnotes);
  }

  private Document assemble(
      String volume,
      String id,
      List<SourceNote> sources,
      List<RawBlock> raw,
      List<Footnote> listed) {
    MarkedText marked = MarkedText.of(raw.stream().map(RawBlock::line).toList(), listed.size());
    if (marked.markers().size() != listed.size() && !listed.isEmpty()) {
      int line = raw.isEmpty() ? 1 : raw.get(0).line().number();
      problems.add(
          new ParseError(
              file,
              line,
              1,
              "found no run of "
                  + listed.size()
                  + " numbered footnote markers in the text for the "
                  + listed.size()
                  + " footnotes listed; markers left unplaced"));
    }
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      RawBlock r = raw.get(i);
      blocks.add(new Block(r.kind(), 0, r.label(), marked.text(i), marked.anchors(i, id)));
    }
    List<Footnote> footnotes = renumber(listed, marked.markers(), id);
    return TextDocument.build(volume, id, sources, blocks, footnotes);
  }

  // Footnotes are listed renumbered from 1; the printed number is the marker's in the text.
  private static List<Footnote> renumber(
      List<Footnote> listed, List<String> markerNumbers, String id) {
    if (markerNumbers.size() != listed.size()) return listed;
    List<Footnote> out = new ArrayList<>();
    for (int i = 0; i < listed.size(); i++) {
      String n = markerNumbers.get(i);
      out.add(new Footnote(n, id + "fn" + n, listed.get(i).text(), List.of()));
    }
    return out;
  }

  private List<RawBlock> body(Cursor c) {
    List<RawBlock> blocks = new ArrayList<>();
    Optional<String> label = Optional.empty();
    Block.Kind kind = Block.Kind.PARAGRAPH;
    while (c.has()) {
      Line line = c.next();
      String s = line.strip();
      if (Lines.PARAGRAPH_NUMBER.matcher(s).matches() || Lines.ITEM_LABEL.matcher(s).matches()) {
        label = Optional.of(s);
        kind = s.startsWith("(") ? Block.Kind.ITEM : Block.Kind.PARAGRAPH;
        continue;
      }
      boolean last = !c.has() && label.isEmpty() && !blocks.isEmpty();
      blocks.add(new RawBlock(last && isSignature(s) ? Block.Kind.CLOSER : kind, label, line));
      label = Optional.empty();
      kind = Block.Kind.PARAGRAPH;
    }
    return blocks;
  }

  // The footnote list is the run of indented "N. text" lines (and their continuations) at the end.
  private static int footnoteStart(List<Line> content) {
    int start = content.size();
    for (int i = content.size() - 1; i >= 0; i--) {
      Line l = content.get(i);
      if (Lines.isFootnote(l)) start = i;
      else if (!Character.isWhitespace(l.text().charAt(0))) break;
    }
    return start;
  }

  private static List<Footnote> footnotes(List<Line> notes) {
    List<Footnote> out = new ArrayList<>();
    for (Line l : notes) {
      Matcher m = Lines.FOOTNOTE.matcher(l.text());
      if (m.matches()) {
        out.add(new Footnote(m.group(1), "fn" + m.group(1), m.group(2).strip(), List.of()));
      } else if (!out.isEmpty()) {
        Footnote last = out.remove(out.size() - 1);
        out.add(new Footnote(last.n(), last.id(), last.text() + " " + l.strip(), List.of()));
      }
    }
    return out;
  }

  private static boolean isHeading(Line l) {
    String s = l.strip();
    return s.length() < 400 && s.contains(" to ") && !isDateline(l) && !s.matches("^\\d+\\.\\s.*");
  }

  private static boolean isDateline(Line l) {
    return DATELINE.matcher(l.strip()).matches();
  }

  private static boolean isSignature(String s) {
    return SIGNATURE.matcher(s).matches() && s.split(" ").length <= 6;
  }

  /** A read position over the content lines. */
  private static final class Cursor {
    private final List<Line> lines;
    private int at;

    Cursor(List<Line> lines) {
      this.lines = lines;
    }

    boolean has() {
      return at < lines.size();
    }

    Line peek() {
      return lines.get(at);
    }

    Line next() {
      return lines.get(at++);
    }
  }
}
