package org.chancery.link;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chancery.understand.references.Reference.Item;

/**
 * Resolves a message from the editors' footnote right after it: a document id, a page (the document
 * that begins there, or, of several, the one whose number, date or time agrees with the phrase),
 * another footnote's page (only a document there that agrees), "Supra"/"Infra" (the document before
 * or after), or "Not printed".
 */
final class FootnoteResolver {
  private static final Reason BY_PAGE = new Reason.ByFootnote(Pointer.Type.PAGE, Optional.empty());

  private final Catalogue catalogue;

  FootnoteResolver(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The outcome the pointer gives for {@code item}, or empty when it gives nothing to go on. */
  Optional<Outcome> resolve(Frame f, Item item, Pointer p) {
    Reason reason = new Reason.ByFootnote(p.type(), Optional.empty());
    return switch (p.type()) {
      case NOT_PRINTED ->
          Optional.of(Outcome.of(Link.Status.NOT_PRINTED, Link.Evidence.FOOTNOTE, reason));
      case DOCUMENT -> document(p, catalogue.byKey(p.volume() + "/" + p.value()), reason);
      case DOCUMENT_NUMBER -> document(p, catalogue.byN(p.volume(), p.value()), reason);
      case SUPRA ->
          catalogue
              .neighbour(f.key(), -1)
              .map(e -> Outcome.resolved(e, Link.Evidence.FOOTNOTE, reason));
      case INFRA ->
          catalogue
              .neighbour(f.key(), 1)
              .map(e -> Outcome.resolved(e, Link.Evidence.FOOTNOTE, reason));
      case PAGE -> page(item, p);
      case FOOTNOTE -> footnotePage(item, p);
    };
  }

  private Optional<Outcome> document(Pointer p, Optional<Entry> e, Reason reason) {
    if (e.isPresent())
      return Optional.of(Outcome.resolved(e.get(), Link.Evidence.FOOTNOTE, reason));
    return notInArchive(p);
  }

  private Optional<Outcome> notInArchive(Pointer p) {
    if (catalogue.hasVolume(p.volume())) return Optional.empty();
    return Optional.of(
        Outcome.of(
            Link.Status.NOT_IN_ARCHIVE, Link.Evidence.FOOTNOTE, new Reason.ElsewhereVolume(p)));
  }

  private Optional<Outcome> page(Item item, Pointer p) {
    if (!catalogue.hasVolume(p.volume())) return notInArchive(p);
    int page = Integer.parseInt(p.value());
    List<Entry> starting = catalogue.startingOn(p.volume(), page);
    if (starting.size() == 1)
      return Optional.of(Outcome.resolved(starting.get(0), Link.Evidence.FOOTNOTE, BY_PAGE));
    if (starting.isEmpty()) {
      List<Entry> spanning = catalogue.spanning(p.volume(), page);
      if (spanning.isEmpty()) return Optional.empty();
      return Optional.of(
          Outcome.resolved(
              spanning.get(spanning.size() - 1),
              Link.Evidence.FOOTNOTE,
              byPage(Reason.PageMatch.SPANNING)));
    }
    List<Entry> agreeing =
        starting.stream().filter(e -> agrees(item, p, e) || numbered(item, p, e)).toList();
    if (agreeing.size() == 1)
      return Optional.of(
          Outcome.resolved(
              agreeing.get(0), Link.Evidence.FOOTNOTE, byPage(Reason.PageMatch.MATCHED)));
    return Optional.of(
        Outcome.ambiguous(
            agreeing.isEmpty() ? starting : agreeing,
            Link.Evidence.FOOTNOTE,
            new Reason.PageTie(page, starting.size())));
  }

  // Another footnote's page: the document that holds it, or one that begins there, counts only
  // when it agrees with the phrase: it bears the number, as the message sent on does
  // ("Transmitted to the delegation as Department's telegram No. 163"), or it has the day and the
  // time of dispatch, as the copy to another post does ("The same telegram, February 25, 5 p.m., to
  // the Ambassador in Peru (as No. 16)").
  private Optional<Outcome> footnotePage(Item item, Pointer p) {
    if (!catalogue.hasVolume(p.volume())) return notInArchive(p);
    int page = Integer.parseInt(p.value());
    Set<Entry> there = new LinkedHashSet<>(catalogue.startingOn(p.volume(), page));
    there.addAll(catalogue.spanning(p.volume(), page));
    List<Entry> agreeing =
        there.stream().filter(e -> bears(item, p, e) || sameDayAndTime(item, e)).toList();
    if (agreeing.size() != 1) return Optional.empty();
    return Optional.of(
        Outcome.resolved(
            agreeing.get(0),
            Link.Evidence.FOOTNOTE,
            new Reason.ByFootnote(Pointer.Type.FOOTNOTE, Optional.of(Reason.PageMatch.MATCHED))));
  }

  // The number is the document's own or one it went out under ("as Department's telegram No. 163").
  private boolean bears(Item item, Pointer p, Entry e) {
    String n = number(item, p);
    return !n.isEmpty() && catalogue.byNumber(n).stream().anyMatch(b -> b.hasKey(e.key()));
  }

  // A day alone is not enough: the Department sent several instructions to several posts on one
  // day, and the other footnote may say the one cited was not printed.
  private static boolean sameDayAndTime(Item item, Entry e) {
    if (item.date().isEmpty() || e.epochDay() != item.date().get().toEpochDay()) return false;
    return item.time().isPresent()
        && e.minute() != Entry.NONE
        && Entry.minuteOf(item.time().get()) == e.minute();
  }

  private static Reason byPage(Reason.PageMatch match) {
    return new Reason.ByFootnote(Pointer.Type.PAGE, Optional.of(match));
  }

  // A second series number ("43. L–315") is found through the catalogue's number index.
  private boolean numbered(Item item, Pointer p, Entry e) {
    String n = number(item, p);
    return !n.isEmpty() && catalogue.byNumber(n).contains(e);
  }

  // The number the footnote ties the pointer to, else the phrase's, else "".
  private static String number(Item item, Pointer p) {
    return !p.number().isEmpty() ? p.number() : item.effectiveNumber().orElse("");
  }

  private static boolean agrees(Item item, Pointer p, Entry e) {
    if (!p.number().isEmpty()) return Catalogue.numberKey(p.number()).equals(e.serial());
    Optional<String> n = item.effectiveNumber().map(Catalogue::numberKey);
    if (n.isPresent()) return n.get().equals(e.serial()) || n.get().equals(e.printedSerial());
    if (item.date().isEmpty() || e.epochDay() == Entry.NONE) return false;
    boolean day = item.date().get().toEpochDay() == e.epochDay();
    boolean time =
        item.time().isEmpty()
            || e.minute() == Entry.NONE
            || Entry.minuteOf(item.time().get()) == e.minute();
    return day && time;
  }
}
