package org.chancery.serve.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.chancery.link.Link;
import org.chancery.model.Anchor;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.Footnote;
import org.chancery.model.FootnoteMarker;
import org.chancery.model.PageBreak;
import org.chancery.model.PersonName;

/**
 * A document's body and footnotes cut into the pieces a page shows: text runs, reference phrases
 * linking to the documents they resolve to, page numbers for the margin and footnote markers
 * renumbered from 1. Templates escape every piece; nothing here is HTML.
 */
record BodyView(List<BlockView> blocks, List<NoteView> notes) {

  /**
   * A piece of a block: text, a linked reference, the start of a printed page, or a footnote
   * marker.
   */
  sealed interface Piece permits Run, Ref, More, Page, Marker {}

  /** Text as printed. */
  record Run(String text) implements Piece {}

  /**
   * Text of a reference phrase that resolves to the document {@code key}, at {@code href}; {@code
   * why} says on what grounds and how surely ({@link #why(Link)}).
   */
  record Ref(String text, String href, String key, String why) implements Piece {}

  /** A further document a reference to several messages resolves to, after the phrase. */
  record More(String href, String key, String why) implements Piece {}

  /** "posts, number and date; grounds series number date; high confidence". */
  static String why(Link l) {
    String grounds = String.join(" ", l.basis().ordered().stream().map(g -> g.label()).toList());
    return l.reason()
        + (grounds.isEmpty() ? "" : "; grounds " + grounds)
        + "; "
        + l.basis().confidence().label()
        + " confidence";
  }

  /** The start of printed page {@code n}; {@code anchor} is its id on the page ({@code pg_386}). */
  record Page(String n, String anchor) implements Piece {}

  /**
   * A footnote marker, numbered as on the page, pointing to note {@code number} (0: no such note;
   * shown as printed).
   */
  record Marker(int number, String printed) implements Piece {}

  /**
   * A block: its kind in lower case ({@code paragraph}, {@code item}), the attachment it belongs
   * to, its label, its pieces, and for a table its rows of cells.
   */
  record BlockView(
      String kind,
      int attachment,
      Optional<String> label,
      List<Piece> pieces,
      List<List<String>> rows) {
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

  /**
   * A footnote as the page numbers it, with its printed number kept and the documents it points to.
   */
  record NoteView(int number, String printed, String text, List<Target> targets) {}

  /** A document an editors' footnote leads to. */
  record Target(String key, String href) {}

  // A resolved phrase: where it lies in its block and the documents it leads to, first the phrase's
  // own.
  private record Span(int start, int end, List<Link> links) {}

  /** The body and footnotes of {@code d}, without links. */
  static BodyView of(Document d) {
    return of(d, List.of());
  }

  /**
   * The body and footnotes of {@code d}, with its resolved {@code links} (those whose source is
   * {@code d}) in place.
   */
  static BodyView of(Document d, List<Link> links) {
    Map<String, Integer> numbers = new HashMap<>();
    Map<String, List<Target>> targets = editorial(d, links);
    List<NoteView> notes = new ArrayList<>();
    for (Footnote f : d.footnotes()) {
      int n = notes.size() + 1;
      boolean first = numbers.putIfAbsent(f.id(), n) == null;
      notes.add(
          new NoteView(
              n, f.n(), f.text(), first ? targets.getOrDefault(f.id(), List.of()) : List.of()));
    }
    List<BlockView> blocks = new ArrayList<>();
    for (int i = 0; i < d.blocks().size(); i++) {
      Block b = d.blocks().get(i);
      if (b.isBody()) blocks.add(block(b, numbers, spans(links, i, b)));
    }
    return new BodyView(blocks, notes);
  }

  // Editorial links by the id of the footnote whose marker they stand at.
  private static Map<String, List<Target>> editorial(Document d, List<Link> links) {
    Map<String, List<Target>> byNote = new HashMap<>();
    for (Link l : links) {
      if (l.kind() != Link.Kind.EDITORIAL
          || l.target().isEmpty()
          || l.block() < 0
          || l.block() >= d.blocks().size()) continue;
      Target t = new Target(l.target().get(), "/" + l.target().get());
      d.blocks().get(l.block()).anchors().stream()
          .filter(a -> a instanceof FootnoteMarker m && m.offset() == l.start())
          .map(
              a ->
                  byNote.computeIfAbsent(((FootnoteMarker) a).footnoteId(), k -> new ArrayList<>()))
          .findFirst()
          .filter(list -> !list.contains(t))
          .ifPresent(list -> list.add(t));
    }
    return byNote;
  }

  // The resolved references of block {@code index}, in order, without overlaps; a list's messages
  // share its phrase.
  private static List<Span> spans(List<Link> links, int index, Block b) {
    Map<Long, List<Link>> byPlace = new java.util.LinkedHashMap<>();
    for (Link l : links) {
      if (l.kind() != Link.Kind.REFERENCE || l.target().isEmpty() || l.block() != index) continue;
      if (l.start() < 0 || l.end() <= l.start() || l.end() > b.text().length()) continue;
      List<Link> t =
          byPlace.computeIfAbsent(((long) l.start() << 32) | l.end(), k -> new ArrayList<>());
      if (t.stream().noneMatch(x -> x.target().equals(l.target()))) t.add(l);
    }
    List<Span> spans = new ArrayList<>();
    byPlace.forEach((place, t) -> spans.add(new Span((int) (place >> 32), (int) (long) place, t)));
    spans.sort(Comparator.comparingInt(Span::start));
    List<Span> kept = new ArrayList<>();
    for (Span s : spans)
      if (kept.isEmpty() || kept.get(kept.size() - 1).end() <= s.start()) kept.add(s);
    return kept;
  }

  private static BlockView block(Block b, Map<String, Integer> numbers, List<Span> spans) {
    String kind = b.kind().name().toLowerCase(java.util.Locale.ROOT);
    if (b.kind() == Block.Kind.TABLE) {
      // Cells are shown as a grid; a table's page breaks and markers follow it.
      List<List<String>> rows = b.text().lines().map(r -> List.of(r.split("\t", -1))).toList();
      List<Piece> anchors =
          b.anchors().stream()
              .filter(a -> !(a instanceof PersonName))
              .map(a -> piece(a, numbers))
              .toList();
      return new BlockView(kind, b.attachment(), b.label(), anchors, rows);
    }
    return new BlockView(kind, b.attachment(), b.label(), pieces(b, numbers, spans), List.of());
  }

  // The text cut at every anchor and every end of a linked phrase; at one place, a phrase's further
  // documents come first, then the anchors there.
  private static List<Piece> pieces(Block b, Map<String, Integer> numbers, List<Span> spans) {
    // Names tied to a persons list are spans, not marks: the People section shows them.
    List<Anchor> anchors =
        new ArrayList<>(b.anchors().stream().filter(a -> !(a instanceof PersonName)).toList());
    anchors.sort(Comparator.comparingInt(Anchor::offset));
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, b.text().length()));
    anchors.forEach(a -> cuts.add(a.offset()));
    spans.forEach(s -> cuts.addAll(List.of(s.start(), s.end())));
    List<Piece> pieces = new ArrayList<>();
    for (int at : cuts) {
      for (Span s : spans)
        if (s.end() == at)
          s.links().stream()
              .skip(1)
              .forEach(l -> pieces.add(new More("/" + l.target().get(), l.target().get(), why(l))));
      for (Anchor a : anchors) if (a.offset() == at) pieces.add(piece(a, numbers));
      Integer next = cuts.higher(at);
      if (next != null) pieces.add(text(b.text().substring(at, next), at, spans));
    }
    return pieces;
  }

  private static Piece text(String text, int at, List<Span> spans) {
    for (Span s : spans) {
      if (s.start() <= at && at < s.end())
        return new Ref(
            text,
            "/" + s.links().get(0).target().get(),
            s.links().get(0).target().get(),
            why(s.links().get(0)));
    }
    return new Run(text);
  }

  private static Piece piece(Anchor a, Map<String, Integer> numbers) {
    if (a instanceof PageBreak p)
      return new Page(p.n(), "pg_" + p.n().replaceAll("[^A-Za-z0-9_-]", "_"));
    FootnoteMarker m = (FootnoteMarker) a;
    return new Marker(numbers.getOrDefault(m.footnoteId(), 0), m.n());
  }
}
