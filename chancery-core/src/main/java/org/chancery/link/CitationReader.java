package org.chancery.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.chancery.model.Anchor;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.Footnote;
import org.chancery.model.FootnoteMarker;
import org.chancery.understand.references.Forwarding;
import org.chancery.understand.references.Forwardings;
import org.chancery.understand.references.Reference;
import org.chancery.understand.references.Reference.Item;
import org.chancery.understand.references.ReferenceGrammar;

/**
 * Reads a document's {@link Citations}: its references ({@link ReferenceGrammar}), each in its
 * {@link Frame}, with the editors' footnote right after a phrase tied to its messages; then the
 * footnotes not attached to a reference, with where they point. Needs no catalogue, and is safe to
 * call from many threads at once.
 */
final class CitationReader {
  // At most 4 characters of punctuation or space between a phrase and its footnote marker.
  private static final Pattern GAP = Pattern.compile("[\\s,.;:)\\]’”\"'—-]{0,4}");

  // A telegram's reference line: "Ref: Deptel 1602.", "Reference: Embtel 890", "Refs: a) ...".
  private static final Pattern REFERENCE_LINE =
      Pattern.compile("\\s*(?:Ref|Refs|Reference|References)\\s*[.:]");

  private static final Pattern WITH_YEAR = Pattern.compile(".*\\b\\d{4}\\b.*");

  private static final Item NO_ITEM =
      new Item(
          0,
          0,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          false);

  private CitationReader() {}

  /** What {@code doc} cites. */
  static Citations read(Document doc) {
    return read(doc, Frame.of(doc));
  }

  /** What {@code doc}, in {@code frame}, cites. */
  static Citations read(Document doc, Frame frame) {
    Map<String, Footnote> notes =
        doc.footnotes().stream()
            .collect(Collectors.toMap(Footnote::id, Function.identity(), (a, b) -> a));
    Set<String> used = new HashSet<>();
    List<Citations.Cited> references = new ArrayList<>();
    Optional<Forwarding> carried = Forwardings.of(doc);
    for (Reference r : ReferenceGrammar.find(doc)) {
      Block block = doc.blocks().get(r.block());
      Frame f = frame.ofAttachment(doc, block.attachment());
      if (carried.isPresent() && carried.get().holds(r))
        f = f.carrying(carried.get(), carried.get().quotes(r, block.text()));
      references.add(
          new Citations.Cited(
              f,
              r,
              pointers(doc, block, r, notes, used),
              REFERENCE_LINE.matcher(block.text()).lookingAt()));
    }
    return new Citations(doc.key(), references, editorial(doc, frame, notes, used));
  }

  // ---- footnotes after a phrase

  // A footnote after the last message of a list that points to several places is the whole list's
  // ("my 401 and 423[fn]" with "Ante, pp. 67 and 70."), not the last message's.
  private static List<Optional<Pointer>> pointers(
      Document doc, Block block, Reference r, Map<String, Footnote> notes, Set<String> used) {
    List<Optional<Pointer>> out = new ArrayList<>();
    Optional<Footnote> shared = markerAfter(block, r.end()).map(notes::get);
    int n = r.items().size();
    for (int i = 0; i < n; i++) {
      Item item = r.items().get(i);
      Optional<Footnote> own = markerAfter(block, item.end()).map(notes::get);
      own.ifPresent(x -> used.add(x.id()));
      List<Pointer> ps = own.map(x -> FootnotePointers.of(x, doc.volume())).orElse(List.of());
      boolean listWide = i == n - 1 && n > 1 && ps.size() > 1;
      if (listWide) shared = own;
      out.add(listWide ? Optional.empty() : forItem(item, ps));
    }
    if (shared.isPresent()) {
      used.add(shared.get().id());
      align(r, FootnotePointers.of(shared.get(), doc.volume()), out);
    }
    return out;
  }

  // The pointer tied to this message's number, else the first that is not another's.
  private static Optional<Pointer> forItem(Item item, List<Pointer> ps) {
    return tiedTo(item, ps).or(() -> ps.stream().filter(p -> !another(item, p)).findFirst());
  }

  // "Nos. 40, 41, 42, and 44 not printed": what is said of those numbers is not said of this one.
  // (A page tied to a number may be the target's own number: "See telegram No. 5 to Uruguay, p.
  // 311" for "telegram No. 1".)
  private static boolean another(Item item, Pointer p) {
    return p.type() == Pointer.Type.NOT_PRINTED
        && !p.number().isEmpty()
        && !sameNumber(item, p.number());
  }

  // The first pointer that names this message's number.
  private static Optional<Pointer> tiedTo(Item item, List<Pointer> ps) {
    return ps.stream()
        .filter(p -> !p.number().isEmpty() && sameNumber(item, p.number()))
        .findFirst();
  }

  // One pointer per message in order; pointers tied to a number go to that message; a lone pointer
  // for a list goes to the message it can match, else to a lone message.
  private static void align(Reference r, List<Pointer> ps, List<Optional<Pointer>> out) {
    int n = r.items().size();
    for (int i = 0; i < n; i++) {
      if (out.get(i).isPresent()) continue;
      Item item = r.items().get(i);
      Optional<Pointer> tied = tiedTo(item, ps);
      if (tied.isPresent()) out.set(i, tied);
      else if (ps.size() == n && ps.stream().allMatch(p -> p.number().isEmpty()))
        out.set(i, Optional.of(ps.get(i)));
      else if (ps.size() == 1
          && (n == 1 || ps.get(0).type() == Pointer.Type.NOT_PRINTED)
          && !another(item, ps.get(0))) out.set(i, Optional.of(ps.get(0)));
    }
  }

  private static boolean sameNumber(Item item, String number) {
    return item.effectiveNumber()
        .map(Catalogue::numberKey)
        .filter(Catalogue.numberKey(number)::equals)
        .isPresent();
  }

  private static Optional<String> markerAfter(Block block, int end) {
    for (Anchor a : block.anchors()) {
      if (a instanceof FootnoteMarker m
          && m.offset() >= end
          && m.offset() - end <= 4
          && GAP.matcher(block.text().substring(end, m.offset())).matches()) {
        return Optional.of(m.footnoteId());
      }
    }
    return Optional.empty();
  }

  // ---- editorial cross-references

  // Every printed-somewhere pointer of each footnote that no reference took.
  private static List<Citations.Editorial> editorial(
      Document doc, Frame frame, Map<String, Footnote> notes, Set<String> used) {
    List<Citations.Editorial> out = new ArrayList<>();
    for (int b = 0; b < doc.blocks().size(); b++) {
      for (Anchor a : doc.blocks().get(b).anchors()) {
        if (!(a instanceof FootnoteMarker m)
            || used.contains(m.footnoteId())
            || !notes.containsKey(m.footnoteId())) continue;
        Footnote note = notes.get(m.footnoteId());
        List<Pointer> ps = FootnotePointers.of(note, doc.volume());
        Item described = ps.size() == 1 ? described(doc, note) : NO_ITEM;
        for (int i = 0; i < ps.size(); i++) {
          Pointer p = ps.get(i);
          if (p.type() == Pointer.Type.NOT_PRINTED) continue;
          // A cross-reference to another footnote sends the reader to the page it stands on.
          if (p.type() == Pointer.Type.FOOTNOTE) p = p.as(Pointer.Type.PAGE);
          out.add(
              new Citations.Editorial(frame, note.text().strip(), described, p, i, b, m.offset()));
        }
      }
    }
    return out;
  }

  // The message a footnote describes ("See telegram No. 5, January 5, 6 p.m., ..., p. 38") picks it
  // out of the documents that begin on its page. The editors point forward as well as back, so a
  // date without a year is in the citing document's year.
  private static Item described(Document doc, Footnote note) {
    Optional<LocalDate> anchor = ReferenceGrammar.anchorOf(doc);
    List<Reference> refs = ReferenceGrammar.parse(note.text(), 0, anchor);
    if (refs.isEmpty()) return NO_ITEM;
    Item i = refs.get(0).items().get(0);
    boolean yearless = i.dateText().filter(t -> !WITH_YEAR.matcher(t).matches()).isPresent();
    if (!yearless || anchor.isEmpty() || i.date().isEmpty()) return i;
    Optional<LocalDate> sameYear = i.date().map(d -> d.withYear(anchor.get().getYear()));
    return new Item(
        i.start(),
        i.end(),
        i.number(),
        i.corrected(),
        sameYear,
        i.time(),
        i.dateText(),
        i.sharedDate());
  }
}
