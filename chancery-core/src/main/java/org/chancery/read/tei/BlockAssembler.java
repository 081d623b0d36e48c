package org.chancery.read.tei;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chancery.model.Anchor;
import org.chancery.model.Block;
import org.chancery.model.Block.Kind;
import org.chancery.model.FootnoteMarker;
import org.chancery.model.PageBreak;
import org.chancery.model.PersonName;

/**
 * Cuts one document's text into blocks in reading order.
 *
 * <p>A block element nested in another (a list in a paragraph, a quote in an item) ends the outer
 * block's text so far; the outer block goes on after it as a new block of the same kind, without
 * the label. A paragraph inside an item, quotation, postscript, opener or closer takes that kind,
 * and so does the head of a list inside an item. Inside a table everything is the table's text.
 * Text outside any block becomes a paragraph. Anchors that fall between blocks wait for the next
 * block and stand at its start. A person's name is kept only where it begins and ends in the same
 * block and has text; it takes its place among the anchors where it begins.
 */
final class BlockAssembler {
  private static final Set<Kind> CONTAINERS =
      EnumSet.of(Kind.ITEM, Kind.QUOTATION, Kind.POSTSCRIPT, Kind.OPENER, Kind.CLOSER);

  private final TextBuffer text = new TextBuffer();
  private final List<Block> blocks = new ArrayList<>();
  private final ArrayDeque<Kind> open = new ArrayDeque<>();
  private final List<Anchor> anchors = new ArrayList<>();
  private final List<Anchor> waiting = new ArrayList<>();
  private final ArrayDeque<Integer> outerAttachments = new ArrayDeque<>();
  private Kind kind;
  private String label;
  private int attachment;
  private int attachments;
  private int tables;
  private int rows;
  private int cells;
  // Blocks cut so far: a name whose block was cut before it ended is not kept.
  private int cuts;
  private final ArrayDeque<OpenName> names = new ArrayDeque<>();

  /** A person's name begun in the block being read. */
  private record OpenName(
      int cut,
      int index,
      int offset,
      String ref,
      Optional<String> listed,
      Optional<String> description,
      boolean sole) {}

  /** A block element starts. */
  void start(Kind k) {
    if (tables > 0) {
      if (k == Kind.TABLE) tables++;
      return;
    }
    flush();
    kind = k == Kind.PARAGRAPH && CONTAINERS.contains(open.peek()) ? open.peek() : k;
    // The head of a list inside an item labels that item's group ("U.S." over one side's
    // participants): it is read as the item it stands in, not as a heading of the document.
    if (k == Kind.HEADING && open.peek() == Kind.ITEM) kind = Kind.ITEM;
    open.push(kind);
    if (k == Kind.TABLE) {
      tables = 1;
      rows = 0;
    }
  }

  /** The block element of kind {@code k} ends. */
  void end(Kind k) {
    if (tables > 0 && (k != Kind.TABLE || --tables > 0)) {
      return;
    }
    flush();
    open.pop();
    kind = open.peek();
  }

  void text(char[] chars, int start, int length) {
    if (kind == null) kind = Kind.PARAGRAPH;
    text.append(chars, start, length);
  }

  /**
   * Whether a block is open and has text: a note without number inside it is read as part of it.
   */
  boolean inText() {
    return kind != null && text.length() > 0;
  }

  boolean inTable() {
    return tables > 0;
  }

  void lineBreak() {
    if (tables > 0) text.separator('\n');
    else text.space();
  }

  void row() {
    if (tables > 0 && rows++ > 0) text.separator('\n');
    cells = 0;
  }

  void cell() {
    if (tables > 0 && cells++ > 0) text.separator('\t');
  }

  void pageBreak(String n, Optional<String> id) {
    if (kind == null) waiting.add(new PageBreak(0, n, id));
    else anchors.add(new PageBreak(text.nextOffset(), n, id));
  }

  void footnoteMarker(String n, String footnoteId) {
    if (kind == null) waiting.add(new FootnoteMarker(0, n, footnoteId));
    else anchors.add(new FootnoteMarker(text.length(), n, footnoteId));
  }

  /**
   * A person's name tied to a list of persons starts; {@code sole}: no other entry of the list
   * prints the same name.
   */
  void startPersonName(
      String ref, Optional<String> listed, Optional<String> description, boolean sole) {
    names.push(
        new OpenName(cuts, anchors.size(), text.nextOffset(), ref, listed, description, sole));
  }

  /** The person's name begun last ends. */
  void endPersonName() {
    OpenName n = names.pop();
    // A space written inside the name, before its first word, is not part of it.
    int offset = n.offset < text.length() && text.charAt(n.offset) == ' ' ? n.offset + 1 : n.offset;
    if (n.cut != cuts || kind == null || text.length() <= offset) return;
    anchors.add(
        n.index, new PersonName(offset, text.length(), n.ref, n.listed, n.description, n.sole));
  }

  /** A list label starts: the text before it is not its item's. */
  void startLabel() {
    flush();
    endList();
  }

  /** A list label read: it goes with the next item. */
  void label(String l) {
    label = l;
  }

  /** A list ends: a label no item took stands as an item of its own. */
  void endList() {
    if (label != null) {
      blocks.add(new Block(Kind.ITEM, attachment, Optional.of(label), "", placed("")));
      label = null;
    }
  }

  void startAttachment() {
    flush();
    outerAttachments.push(attachment);
    attachment = ++attachments;
  }

  void endAttachment() {
    flush();
    attachment = outerAttachments.pop();
  }

  int attachment() {
    return attachment;
  }

  /** The blocks read; anchors still waiting go to the end of the last block. */
  List<Block> finish() {
    flush();
    endList();
    if (!waiting.isEmpty() && !blocks.isEmpty()) {
      Block last = blocks.remove(blocks.size() - 1);
      List<Anchor> all = new ArrayList<>(last.anchors());
      waiting.forEach(a -> all.add(at(a, last.text().length())));
      waiting.clear();
      blocks.add(new Block(last.kind(), last.attachment(), last.label(), last.text(), all));
    }
    return blocks;
  }

  private void flush() {
    if (kind == null) return;
    cuts++;
    String s = text.take();
    if (s.isEmpty()) {
      anchors.forEach(a -> waiting.add(at(a, 0)));
      anchors.clear();
      return;
    }
    // A label waits for its item: text of the list's paragraph before the item does not take it.
    String l = kind == Kind.ITEM ? label : null;
    blocks.add(new Block(kind, attachment, Optional.ofNullable(l), s, placed(s)));
    if (l != null) label = null;
  }

  // Waiting anchors at the start, then the block's own; a page break's offset is moved past a
  // space so that it stands at the first word of the new page.
  private List<Anchor> placed(String s) {
    List<Anchor> all = new ArrayList<>(waiting.size() + anchors.size());
    all.addAll(waiting);
    waiting.clear();
    for (Anchor a : anchors) {
      int at = Math.min(a.offset(), s.length());
      if (a instanceof PageBreak && at < s.length() && s.charAt(at) == ' ') at++;
      all.add(at(a, at));
    }
    anchors.clear();
    return all;
  }

  private static Anchor at(Anchor a, int offset) {
    if (a.offset() == offset) return a;
    if (a instanceof PageBreak p) return new PageBreak(offset, p.n(), p.id());
    if (a instanceof FootnoteMarker m) return new FootnoteMarker(offset, m.n(), m.footnoteId());
    // Only a name in a block that had no text moves, and such a name is never kept.
    throw new IllegalStateException("a person's name cannot move: " + a);
  }
}
