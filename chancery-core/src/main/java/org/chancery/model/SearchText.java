package org.chancery.model;

import java.util.Arrays;
import java.util.List;

/**
 * Everything a reader might search for in a document's own words and its editors' notes, as one
 * text: heading, dateline, body ({@link Document#text}), each footnote and each source note, blank
 * parts left out, parts apart by a blank line. It also knows where the text of each block, footnote
 * and source note stands in it, so that an archive can keep the words once.
 */
public final class SearchText {
  private static final String BREAK = "\n\n";

  private final String text;
  private final int[] blocks;
  private final int[] footnotes;
  private final int[] sourceNotes;

  private SearchText(String text, int[] blocks, int[] footnotes, int[] sourceNotes) {
    this.text = text;
    this.blocks = blocks;
    this.footnotes = footnotes;
    this.sourceNotes = sourceNotes;
  }

  /** The search text of {@code d}. */
  public static SearchText of(Document d) {
    List<Block> blocks = d.blocks();
    StringBuilder out = new StringBuilder(length(d));
    int[] blockAt = new int[blocks.size()];
    Arrays.fill(blockAt, -1);
    int head = firstOwn(blocks, Block.Kind.HEADING);
    if (head >= 0) blockAt[head] = part(out, blocks.get(head).text());
    int dateline = firstOwn(blocks, Block.Kind.DATELINE);
    if (dateline >= 0) blockAt[dateline] = part(out, blocks.get(dateline).text());
    body(out, blocks, blockAt);
    int[] footnoteAt = d.footnotes().stream().mapToInt(f -> part(out, f.text())).toArray();
    int[] noteAt = d.sourceNotes().stream().mapToInt(s -> part(out, s.text())).toArray();
    return new SearchText(out.toString(), blockAt, footnoteAt, noteAt);
  }

  // The body as Document#text joins it (labels before their items), as one part: written in
  // place and taken back if it is blank as a whole.
  private static void body(StringBuilder out, List<Block> blocks, int[] blockAt) {
    int before = out.length();
    if (before > 0) out.append(BREAK);
    boolean blank = true;
    boolean first = true;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (!b.isBody()) continue;
      // Every body block takes its place in the join, an empty one too.
      if (!first) out.append(BREAK);
      first = false;
      if (b.label().isPresent()) {
        out.append(b.label().get()).append('\n');
        blank &= b.label().get().isBlank();
      }
      blockAt[i] = out.length();
      out.append(b.text());
      blank &= b.text().isBlank();
    }
    if (!blank) return;
    out.setLength(before);
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).isBody()) blockAt[i] = -1;
    }
  }

  // At least the length of the search text, so that it is built without copying.
  private static int length(Document d) {
    int n = 0;
    for (Block b : d.blocks()) n += b.text().length() + b.label().map(String::length).orElse(0) + 3;
    for (Footnote f : d.footnotes()) n += f.text().length() + 2;
    for (SourceNote s : d.sourceNotes()) n += s.text().length() + 2;
    return n;
  }

  private static int firstOwn(List<Block> blocks, Block.Kind kind) {
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).attachment() == 0 && blocks.get(i).kind() == kind) return i;
    }
    return -1;
  }

  // Appends a part unless it is blank; where it starts, or -1.
  private static int part(StringBuilder out, String s) {
    if (s.isBlank()) return -1;
    if (out.length() > 0) out.append(BREAK);
    int at = out.length();
    out.append(s);
    return at;
  }

  /** The text, as indexed and highlighted. */
  public String text() {
    return text;
  }

  /** Where the text of block {@code i} starts in {@link #text}, or -1 if it is not there. */
  public int block(int i) {
    return blocks[i];
  }

  /** Where the text of footnote {@code i} starts in {@link #text}, or -1 if it is not there. */
  public int footnote(int i) {
    return footnotes[i];
  }

  /** Where the text of source note {@code i} starts in {@link #text}, or -1 if it is not there. */
  public int sourceNote(int i) {
    return sourceNotes[i];
  }
}
