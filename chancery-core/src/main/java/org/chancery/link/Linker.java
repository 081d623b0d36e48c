package org.chancery.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chancery.model.Document;
import org.chancery.understand.references.Reference;
import org.chancery.understand.references.Reference.Item;

/**
 * The Linker turns a document's references into {@link Link}s against a {@link Catalogue}: the
 * editors' footnote right after a phrase decides first (unless footnotes are off), then the
 * telegraph's rules ({@link TelegraphResolver}). Footnotes not attached to a reference that point
 * to a document or page become editorial links.
 *
 * <p>What a document cites is read from it alone ({@link CitationReader}); only resolving it needs
 * the catalogue.
 *
 * <p><b>NOTE:</b> immutable and thread-safe once built; {@link #link(Document)} may run on many
 * documents at once.
 */
public final class Linker {

  /**
   * Which rules link: changed with every change to what a card, a look-up, a link or its record
   * holds, so that an archive linked under other rules is linked whole at its next import rather
   * than mixing the records of two ({@link ArchiveLinker}).
   */
  static final String RULES =
      "2026-12-07 numbers near in time; records with doc values; memoranda of conversation";

  /** How the linker works. {@code useFootnotes} false never reads an editors' footnote. */
  public record Options(boolean useFootnotes) {
    public static final Options DEFAULT = new Options(true);
    public static final Options NO_FOOTNOTES = new Options(false);
  }

  private final Options options;
  private final TelegraphResolver telegraph;
  private final FootnoteResolver footnotes;

  public Linker(Catalogue catalogue, Options options) {
    Objects.requireNonNull(catalogue, "catalogue");
    this.options = Objects.requireNonNull(options, "options");
    this.telegraph = new TelegraphResolver(catalogue);
    this.footnotes = new FootnoteResolver(catalogue);
  }

  /** Every link of {@code doc}: one per message of each reference, then the editorial ones. */
  public List<Link> link(Document doc) {
    return link(CitationReader.read(doc));
  }

  /** The links of what a document cites, as {@link #link(Document)} gives them. */
  List<Link> link(Citations c) {
    List<Link> out = new ArrayList<>();
    for (Citations.Cited cited : c.references()) {
      Reference r = cited.reference();
      for (int i = 0; i < r.items().size(); i++) {
        Optional<Pointer> pointer =
            options.useFootnotes() ? cited.pointers().get(i) : Optional.empty();
        Outcome o =
            r.family() == Reference.Family.REFTEL && pointer.isEmpty()
                ? reftel(c)
                : resolve(cited.frame(), r, r.items().get(i), pointer);
        out.add(linkOf(c.source(), r, i, o));
      }
    }
    if (options.useFootnotes()) {
      for (Citations.Editorial e : c.editorial()) {
        footnotes
            .resolve(e.frame(), e.described(), e.pointer())
            .ifPresent(o -> out.add(editorialLink(c.source(), e, o)));
      }
    }
    return List.copyOf(out);
  }

  // "reftel" is the telegram of the reference line: resolved as that line's one message, if the
  // volume prints the line and it names one; otherwise nothing can be said of it.
  private Outcome reftel(Citations c) {
    List<Citations.Cited> line =
        c.references().stream()
            .filter(x -> x.referenceLine() && x.reference().family() != Reference.Family.REFTEL)
            .toList();
    if (line.size() != 1 || line.get(0).reference().items().size() != 1)
      return Outcome.of(Link.Status.UNRESOLVED, Link.Evidence.NONE, new Reason.NoReferenceLine());
    Citations.Cited ref = line.get(0);
    Item item = ref.reference().items().get(0);
    Outcome o = telegraph.resolve(ref.frame(), ref.reference(), item);
    return new Outcome(
        o.status(),
        o.target(),
        o.candidates(),
        o.evidence(),
        new Reason.ReferenceLine(o.reason(), item));
  }

  private Outcome resolve(Frame f, Reference r, Item item, Optional<Pointer> pointer) {
    Optional<Outcome> byNote = pointer.flatMap(p -> footnotes.resolve(f, item, p));
    if (byNote.isPresent() && byNote.get().status() != Link.Status.AMBIGUOUS) return byNote.get();
    Outcome byWire = telegraph.resolve(f, r, item);
    if (byNote.isEmpty()) return byWire;
    if (byWire.resolved() && byNote.get().candidates().contains(byWire.target().get())) {
      return new Outcome(
          Link.Status.RESOLVED,
          byWire.target(),
          List.of(),
          Link.Evidence.FOOTNOTE,
          new Reason.PageAndTelegraph());
    }
    return byNote.get();
  }

  private static Link linkOf(String source, Reference r, int i, Outcome o) {
    return new Link(
        source,
        r.text(),
        o.target(),
        o.status(),
        o.evidence(),
        o.candidates(),
        Link.Kind.REFERENCE,
        i,
        r.block(),
        r.start(),
        r.end(),
        o.reason().text(),
        o.reason().basis(r.items().get(i)));
  }

  private static Link editorialLink(String source, Citations.Editorial e, Outcome o) {
    return new Link(
        source,
        e.note(),
        o.target(),
        o.status(),
        Link.Evidence.EDITORIAL,
        o.candidates(),
        Link.Kind.EDITORIAL,
        e.index(),
        e.block(),
        e.offset(),
        e.offset(),
        o.reason().text(),
        o.reason().basis(e.described()));
  }
}
