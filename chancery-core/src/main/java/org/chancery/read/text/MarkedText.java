package org.chancery.read.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.chancery.model.Anchor;
import org.chancery.model.FootnoteMarker;
import org.chancery.model.PageBreak;
import org.chancery.read.text.Marks.Mark;

/**
 * The lines of a document with their page breaks and footnote markers taken out of the text and
 * kept as anchors at the places they stood.
 */
final class MarkedText {
  private final List<String> texts = new ArrayList<>();
  private final List<List<Mark>> marks = new ArrayList<>();
  private final List<List<Integer>> offsets = new ArrayList<>();
  private final List<String> markers;

  private MarkedText(List<String> markers) {
    this.markers = markers;
  }

  /**
   * Takes the marks out of {@code lines}, choosing the markers of {@code footnotes} listed notes.
   */
  static MarkedText of(List<Line> lines, int footnotes) {
    List<Mark> candidates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++)
      candidates.addAll(Marks.footnoteCandidates(i, lines.get(i).text()));
    List<Mark> chosen = Marks.chooseFootnotes(candidates, footnotes);
    MarkedText t = new MarkedText(chosen.stream().map(Mark::value).toList());
    for (int i = 0; i < lines.size(); i++) {
      List<Mark> own = new ArrayList<>(Marks.pages(i, lines.get(i).text()));
      for (Mark m : chosen) if (m.line() == i) own.add(m);
      own.sort(Comparator.comparingInt(Mark::start));
      t.clean(lines.get(i).text(), own);
    }
    return t;
  }

  // Removes each mark from the raw line; a page break between words leaves one space.
  private void clean(String raw, List<Mark> own) {
    StringBuilder sb = new StringBuilder();
    List<Integer> at = new ArrayList<>();
    int pos = 0;
    for (Mark m : own) {
      sb.append(raw, pos, m.start());
      at.add(sb.length());
      if (m.page() && sb.length() > 0 && m.end() < raw.length()) sb.append(' ');
      pos = m.end();
    }
    sb.append(raw, pos, raw.length());
    String text = sb.toString();
    int lead = text.length() - text.stripLeading().length();
    String stripped = text.strip();
    at.replaceAll(o -> Math.min(Math.max(0, o - lead), stripped.length()));
    texts.add(stripped);
    marks.add(own);
    offsets.add(at);
  }

  /** The printed numbers of the footnote markers found, in text order. */
  List<String> markers() {
    return markers;
  }

  String text(int line) {
    return texts.get(line);
  }

  /** The anchors of a line; footnote ids are {@code docId + "fn" + n}. */
  List<Anchor> anchors(int line, String docId) {
    List<Anchor> out = new ArrayList<>();
    List<Mark> own = marks.get(line);
    for (int k = 0; k < own.size(); k++) {
      Mark m = own.get(k);
      int offset = offsets.get(line).get(k);
      out.add(
          m.page()
              ? new PageBreak(offset, m.value(), Optional.empty())
              : new FootnoteMarker(offset, m.value(), docId + "fn" + m.value()));
    }
    return out;
  }
}
