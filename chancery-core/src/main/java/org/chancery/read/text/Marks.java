package org.chancery.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks in a line of published text that are not text: "[Page 386]" page breaks and footnote
 * markers glued to the end of a word ("Ambassador31"). Candidates are found per line; which
 * candidates really are footnote markers is decided over the whole document.
 */
final class Marks {
  // Digits glued to a letter or closing punctuation and followed by a word end: "Ambassador31 has".
  private static final Pattern MARKER =
      Pattern.compile("(?<=[\\p{L}.,;:’”'\")\\]])(\\d{1,3})(?=[\\s.,;:’”'\")\\]—–-]|$)");

  /**
   * A mark at {@code start}..{@code end} of the raw line; {@code value} is the page or footnote
   * number.
   */
  record Mark(int line, int start, int end, String value, boolean page) {}

  private Marks() {}

  static List<Mark> pages(int line, String raw) {
    List<Mark> marks = new ArrayList<>();
    Matcher m = Lines.PAGE.matcher(raw);
    while (m.find()) marks.add(new Mark(line, m.start(), m.end(), m.group(1), true));
    return marks;
  }

  static List<Mark> footnoteCandidates(int line, String raw) {
    List<Mark> marks = new ArrayList<>();
    Matcher m = MARKER.matcher(raw);
    while (m.find()) marks.add(new Mark(line, m.start(), m.end(), m.group(1), false));
    return marks;
  }

  /**
   * The candidates that are the markers of {@code count} footnotes: the first run, in text order,
   * of candidates numbered consecutively (31, 32, ...), as editors number footnotes through a
   * chapter. Empty when no such run exists.
   */
  static List<Mark> chooseFootnotes(List<Mark> candidates, int count) {
    if (count == 0) return List.of();
    for (int s = 0; s < candidates.size(); s++) {
      List<Mark> run = runFrom(candidates, s, count);
      if (run.size() == count) return run;
    }
    return List.of();
  }

  private static List<Mark> runFrom(List<Mark> candidates, int start, int count) {
    List<Mark> run = new ArrayList<>();
    int expect = Integer.parseInt(candidates.get(start).value());
    for (int i = start; i < candidates.size() && run.size() < count; i++) {
      if (Integer.parseInt(candidates.get(i).value()) == expect) {
        run.add(candidates.get(i));
        expect++;
      }
    }
    return run;
  }
}
