package org.chancery.serve.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.model.Anchor;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.Footnote;
import org.chancery.model.FootnoteMarker;
import org.chancery.model.PageBreak;
import org.chancery.model.PersonName;

/**
 * A document's body and footnotes cut into the pieces a page shows: text runs, page numbers for
 * the margin and footnote markers renumbered from 1. Templates escape every piece; nothing here is
 * HTML.
 */
record BodyView(List<BlockView> blocks, List<NoteView> notes) {

  /** A piece of a block: text, the start of a printed page, or a footnote marker. */
  sealed interface Piece permits Run, Page, Marker {}

  /** Text as printed. */
  record Run(String text) implements Piece {}

  /** The start of printed page {@code n}; {@code anchor} is its id on the page ({@code pg_386}). */
  record Page(String n, String anchor) implements Piece {}

  /** A footnote marker, numbered as on the page, pointing to note {@code number} (0: no such note; shown as printed). */
  record Marker(int number, String printed) implements Piece {}

  /**
   * A block: its kind in lower case ({@code paragraph}, {@code item}), the attachment it belongs
   * to, its label, its pieces, and for a table its rows of cells.
   */
  record BlockView(String kind, int attachment, Optional<String> label, List<Piece> pieces, List<List<String>> rows) {
    boolean heading() {
      return kind.equals("heading");
    }

    boolean table() {
      return kind.equals("table");
    }

    boolean quotation() {
      return kind.equals("quotation");
    }
  }

  /** A footnote as the page numbers it, with its printed number kept. */
  record NoteView(int number, String printed, String text) {}

  /** The body and footnotes of {@code d}. */
  static BodyView of(Document d) {
    Map<String, Integer> numbers = new HashMap<>();
    List<NoteView> notes = new ArrayList<>();
    for (Footnote f : d.footnotes()) {
      numbers.putIfAbsent(f.id(), notes.size() + 1);
      notes.add(new NoteView(notes.size() + 1, f.n(), f.text()));
    }
    List<BlockView> blocks = d.body().stream().map(b -> block(b, numbers)).toList();
    return new BodyView(blocks, notes);
  }

  private static BlockView block(Block b, Map<String, Integer> numbers) {
    String kind = b.kind().name().toLowerCase(java.util.Locale.ROOT);
    if (b.kind() == Block.Kind.TABLE) {
      // Cells are shown as a grid; a table's page breaks and markers follow it.
      List<List<String>> rows = b.text().lines().map(r -> List.of(r.split("\t", -1))).toList();
      List<Piece> anchors = b.anchors().stream().filter(a -> !(a instanceof PersonName)).map(a -> piece(a, numbers)).toList();
      return new BlockView(kind, b.attachment(), b.label(), anchors, rows);
    }
    return new BlockView(kind, b.attachment(), b.label(), pieces(b, numbers), List.of());
  }

  private static List<Piece> pieces(Block b, Map<String, Integer> numbers) {
    List<Anchor> anchors = new ArrayList<>(b.anchors());
    anchors.sort(Comparator.comparingInt(Anchor::offset));
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    for (Anchor a : anchors) {
      if (a instanceof PersonName) continue; // a span, not a mark: not shown yet
      if (a.offset() > at) pieces.add(new Run(b.text().substring(at, a.offset())));
      at = Math.max(at, a.offset());
      pieces.add(piece(a, numbers));
    }
    if (at < b.text().length()) pieces.add(new Run(b.text().substring(at)));
    return pieces;
  }

  private static Piece piece(Anchor a, Map<String, Integer> numbers) {
    if (a instanceof PageBreak p) return new Page(p.n(), "pg_" + p.n().replaceAll("[^A-Za-z0-9_-]", "_"));
    FootnoteMarker m = (FootnoteMarker) a;
    return new Marker(numbers.getOrDefault(m.footnoteId(), 0), m.n());
  }
}
