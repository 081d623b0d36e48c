package org.chancery.understand.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.PersonName;
import org.chancery.read.TitledName;

/**
 * Reads the participants of a memorandum of conversation: the items that follow the heading or line
 * "PARTICIPANTS" (or "Participants:"), one person an item, grouped by the side labels between them
 * ("US Side:", an item that is only an abbreviation such as "U.S.S.R.", the head of one side's own
 * list read as an item). A memorandum a telegram carries in its text prints them as short
 * paragraphs after a "Participants:" paragraph, read the same way.
 */
public final class Participants {
  private static final Pattern HEADER = Pattern.compile("^(?i:participants)\\s*:?$");
  // A side: ends in a colon, or names a side, or is a country's initials ("U.S.", "USSR").
  private static final Pattern SIDE =
      Pattern.compile("^(?:.*:|.*\\b(?i:side)|[A-Z.]{2,}(?: [A-Z.]{2,})*)$");
  private static final Pattern END = Pattern.compile("[\\s:,;]+$");
  // A paragraph that is no participant's line: numbered ("3. On behalf of ..."), or a sentence
  // ending in a word of more than three letters and a full stop.
  private static final Pattern NUMBERED = Pattern.compile("^\\d+\\.\\s");
  private static final Pattern SENTENCE = Pattern.compile("\\p{L}{4,}\\.$");
  private static final int LINE = 120;
  private static final Pattern ASIDE = Pattern.compile("^(.+?)\\s+\\(([^()]+)\\)$");

  private Participants() {}

  /** The participants {@code d} lists, in order; empty when it lists none. */
  public static List<Participant> of(Document d) {
    List<Block> blocks = d.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.attachment() != 0) continue;
      if (b.kind() == Block.Kind.TABLE && HEADER.matcher(firstCell(b.text())).matches())
        return table(b);
      if (b.kind() != Block.Kind.ITEM && HEADER.matcher(b.text().strip()).matches())
        return list(blocks, i + 1, b.kind() == Block.Kind.PARAGRAPH);
    }
    return List.of();
  }

  private static String firstCell(String table) {
    int end = table.indexOf('\t');
    int row = table.indexOf('\n');
    if (end < 0 || (row >= 0 && row < end)) return "";
    return table.substring(0, end).strip();
  }

  // The 1940s layout: a table whose first cell is "Participants:", one person to a row in the
  // last cell ("Mr. Sanger, NE").
  private static List<Participant> table(Block b) {
    List<Participant> out = new ArrayList<>();
    int start = 0;
    for (String row : b.text().split("\n", -1)) {
      int cell = row.lastIndexOf('\t');
      String text = row.substring(cell + 1).strip();
      int from = start + cell + 1;
      if (!text.isEmpty())
        out.add(participant(text, Optional.empty(), ref(b, from, start + row.length())));
      start += row.length() + 1;
    }
    return out;
  }

  // The items after the header; after a header paragraph, in a memorandum carried in a telegram's
  // text, the short paragraphs that follow it, one person or side each, up to the first numbered
  // or prose paragraph.
  private static List<Participant> list(List<Block> blocks, int from, boolean paragraphs) {
    List<Participant> out = new ArrayList<>();
    Optional<String> side = Optional.empty();
    for (int i = from; i < blocks.size() && listed(blocks.get(i), paragraphs); i++) {
      Block b = blocks.get(i);
      String text = b.text().strip();
      if (text.isEmpty()) continue;
      if (SIDE.matcher(text).matches()) {
        side = Optional.of(END.matcher(text).replaceAll(""));
        continue;
      }
      Optional<String> sideNow = side;
      out.add(marked(b, text, sideNow).orElseGet(() -> participant(text, sideNow, ref(b))));
    }
    return out;
  }

  private static boolean listed(Block b, boolean paragraphs) {
    if (b.kind() == Block.Kind.ITEM) return true;
    if (!paragraphs || b.kind() != Block.Kind.PARAGRAPH || b.attachment() != 0) return false;
    String text = b.text().strip();
    return text.length() <= LINE
        && !NUMBERED.matcher(text).find()
        && !SENTENCE.matcher(text).find();
  }

  // "Secretary of State <persName>George P. Shultz</persName>": where the editors marked the name
  // after an office's title, the name is what they marked and the title his role (unless a role
  // follows the name after a comma). "Mr. Gromyko" is left to the printed form: Mr. is no office.
  private static Optional<Participant> marked(Block b, String text, Optional<String> side) {
    String raw = b.text();
    int comma = raw.indexOf(", ");
    int end = comma < 0 ? raw.length() : comma;
    Optional<PersonName> name =
        b.anchors().stream()
            .filter(a -> a instanceof PersonName p && p.offset() > 0 && p.end() <= end)
            .map(a -> (PersonName) a)
            .findFirst();
    if (name.isEmpty()) return Optional.empty();
    PersonName p = name.get();
    String title = raw.substring(0, p.offset()).strip();
    String printed = raw.substring(p.offset(), p.end()).strip();
    if (title.isEmpty() || TitledName.of(title + " " + lastWord(printed)).isEmpty())
      return Optional.empty();
    Optional<String> after =
        comma < 0 ? Optional.empty() : Optional.of(raw.substring(comma + 2).strip());
    return Optional.of(
        new Participant(
            text,
            Optional.of(printed),
            after.or(() -> Optional.of(title)),
            side,
            Optional.of(p.ref())));
  }

  private static String lastWord(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  private static Participant participant(String text, Optional<String> side, Optional<String> ref) {
    int comma = text.indexOf(", ");
    String first = comma < 0 ? text : text.substring(0, comma);
    Optional<String> after =
        comma < 0 ? Optional.empty() : Optional.of(text.substring(comma + 2).strip());
    // "The Secretary", "The President": an office named in place of the man.
    if (first.startsWith("The "))
      return new Participant(text, Optional.empty(), Optional.of(text), side, ref);
    // "Ambassador Dobrynin": an office's title before the name is his role where none follows.
    Optional<TitledName> titled = TitledName.of(first);
    if (titled.isPresent())
      return new Participant(
          text,
          Optional.of(titled.get().name()),
          after.or(() -> Optional.of(titled.get().role().printed())),
          side,
          ref);
    // "Mr. Viktor Sukhodrev (Interpreter)": what he was there as, in parentheses after the name.
    Matcher aside = ASIDE.matcher(first.strip());
    if (after.isEmpty() && aside.matches())
      return new Participant(
          text, Optional.of(aside.group(1)), Optional.of(aside.group(2)), side, ref);
    return new Participant(text, Optional.of(first.strip()), after, side, ref);
  }

  private static Optional<String> ref(Block b) {
    return ref(b, 0, b.text().length());
  }

  private static Optional<String> ref(Block b, int from, int to) {
    return b.anchors().stream()
        .filter(a -> a instanceof PersonName p && p.offset() >= from && p.offset() < to)
        .map(a -> ((PersonName) a).ref())
        .findFirst();
  }
}
