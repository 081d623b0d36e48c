package org.chancery.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.chancery.link.Reason.Rule;
import org.chancery.link.Reason.Tiebreak;
import org.chancery.model.DocumentType;
import org.chancery.understand.references.MessageKind;
import org.chancery.understand.references.Owner;
import org.chancery.understand.references.Reference;
import org.chancery.understand.references.Reference.Item;

/**
 * Resolves a reference the way a code clerk would, from the telegraph's own rules: "your N" is a
 * message from the post the citing message goes to, "my N" from the post it comes from,
 * "Department's N" from Washington; each post numbers its messages to each correspondent in one
 * series whoever signs; a message is never later than the one citing it; number, date and time must
 * agree. Rules are tried strictest first and a rule decides only when it leaves one document.
 */
final class TelegraphResolver {
  // Two candidates this close in time are two messages, not an old and a new series.
  private static final int SERIES_GAP_DAYS = 45;

  private final Catalogue catalogue;

  TelegraphResolver(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  Outcome resolve(Frame document, Reference written, Item item) {
    // In a message the document carries, the writer speaks to the office he sent it to.
    Optional<Frame> carried = document.carriedFrame(catalogue);
    Frame f = carried.orElse(document);
    Reference r = carried.isPresent() ? written.quoted(document.carried().get().quoted()) : written;
    List<Entry> pool = pool(f, item);
    // What every tier asks of a candidate, asked once: a pool of a day, of an undated citing
    // message or of undated bearers holds documents no tier admits.
    List<Entry> near =
        pool.stream()
            .filter(e -> Agreement.notLater(f, e) && Agreement.dateAgrees(f, item, e, false))
            .filter(e -> !e.hasKey(f.key()))
            .toList();
    Parties parties = Parties.of(catalogue, f, r);
    for (Tier tier : tiers(f, r, item, parties)) {
      List<Entry> fit = oncePerDocument(near.stream().filter(e -> fits(f, r, item, e, tier)));
      if (!fit.isEmpty()) return choose(f, r, fit, item, tier.rule);
    }
    Optional<Outcome> copy = copyToAnotherPost(f, r, item);
    if (copy.isPresent()) return copy.get();
    return noMessage(item, !pool.isEmpty());
  }

  /**
   * The Department sent one instruction or telegram to several posts on one day, each copy numbered
   * in that post's own series, and a volume prints one copy: "Department's instruction No. 16, May
   * 21" from Managua may be printed as the instruction of May 21 to Tegucigalpa. Found by sender,
   * day, time, kind and case, where no message of the citing post's own series fits; one copy or
   * none.
   */
  private Optional<Outcome> copyToAnotherPost(Frame f, Reference r, Item item) {
    if (!(r.owner() instanceof Owner.Department)
        || r.quoted()
        || item.number().isEmpty()
        || item.date().isEmpty()
        || f.files().isEmpty()) return Optional.empty();
    Post own = f.route().from().equals(Post.DEPARTMENT) ? f.route().to() : f.route().from();
    List<Entry> copies =
        catalogue.byDay(item.date().get()).stream()
            .filter(e -> e.route().from().equals(Post.DEPARTMENT))
            .filter(e -> e.route().to().kind() == own.kind() && !e.route().to().equals(own))
            .filter(e -> Agreement.kindAgrees(r.kind(), e.type()) && Agreement.timeAgrees(item, e))
            .filter(e -> Agreement.notLater(f, e) && !e.hasKey(f.key()))
            .filter(e -> FileCases.shared(f.files(), e.files()))
            .toList();
    if (copies.size() != 1) return Optional.empty();
    return Optional.of(byRule(copies.get(0), Rule.COPY_TO_ANOTHER_POST, Optional.empty()));
  }

  // A document and a message it went out as may both fit: they are one candidate.
  private static List<Entry> oncePerDocument(Stream<Entry> fit) {
    Map<String, Entry> byKey = new LinkedHashMap<>();
    fit.forEach(e -> byKey.putIfAbsent(e.key(), e));
    return new ArrayList<>(byKey.values());
  }

  private static Outcome noMessage(Item item, boolean bearers) {
    Reason why = new Reason.NoMessage(bearers, item.effectiveNumber(), item.date());
    return Outcome.of(Link.Status.UNRESOLVED, Link.Evidence.NONE, why);
  }

  /**
   * A rule: which documents it admits, whether the date must be the very day (and the time agree),
   * and whether the kind the phrase names must agree with the document's type.
   */
  private record Tier(Rule rule, Predicate<Entry> admits, boolean exactDate, boolean sameKind) {
    Tier(Rule rule, Predicate<Entry> admits, boolean exactDate) {
      this(rule, admits, exactDate, true);
    }
  }

  private static List<Tier> tiers(Frame f, Reference r, Item item, Parties parties) {
    boolean numbered = item.number().isPresent();
    boolean dated = item.date().isPresent();
    boolean paper = PAPERS.contains(r.kind());
    return List.of(
        // A lettered series is one office pair's: its name and number need no posts, and a
        // delegation abroad dates by its own clock, so the day may differ by one.
        new Tier(Rule.SERIES_NUMBER, e -> r.owner() instanceof Owner.Series && numbered, false),
        new Tier(Rule.POSTS_NUMBER_DATE, parties.strict(), true),
        // A phrase that names the recipient ("Board's No. 20 to Cole") leaves the sender's other
        // series out.
        new Tier(
            Rule.SENDER_NUMBER_DATE,
            e ->
                numbered
                    && parties.sender().test(e)
                    && (r.routing().isEmpty() || parties.strict().test(e)),
            true),
        new Tier(Rule.PARTY_NUMBER_DATE, e -> numbered && dated && Parties.touches(f, e), true),
        // Where the heading does not place the citing message, number and day together still name
        // one message.
        new Tier(Rule.NUMBER_DATE_UNPLACED, e -> numbered && dated && unplaced(f), true),
        new Tier(Rule.POSTS_NUMBER_NEAR_DATE, e -> numbered && parties.strict().test(e), false),
        // A time of dispatch is the sender's own clock: with the day it names one message, whoever
        // else got it.
        new Tier(
            Rule.SENDER_DATE_TIME,
            e ->
                !numbered
                    && item.time().isPresent()
                    && e.minute() != Entry.NONE
                    && parties.sender().test(e),
            true),
        // An instruction may go by cable ("the Department's instruction of June 19 in cipher").
        new Tier(
            Rule.INSTRUCTION_BY_CABLE,
            e ->
                r.kind() == MessageKind.INSTRUCTION
                    && dated
                    && isWire(e.type())
                    && parties.strict().test(e),
            true,
            false),
        // A note quoted in a telegram cites the notes of its exchange, which the volume prints as
        // the telegrams between the two posts that carried them, on the note's day.
        new Tier(
            Rule.CARRYING_TELEGRAM,
            e -> paper && r.quoted() && !numbered && dated && isWire(e.type()) && between(f, e),
            true,
            false),
        // A note, memorandum or letter cited by its date alone ("the note of July 24") often passed
        // between other parties than the citing message's, but was filed in the same case.
        new Tier(
            Rule.PAPER_OF_THE_CASE,
            e ->
                paper
                    && r.family() == Reference.Family.TYPE_DATE
                    && !numbered
                    && dated
                    && PAPER_TYPES.contains(e.type())
                    && FileCases.shared(f.files(), e.files()),
            true));
  }

  private static final Set<DocumentType> PAPER_TYPES =
      Set.of(
          DocumentType.NOTE,
          DocumentType.MEMORANDUM,
          DocumentType.MEMORANDUM_OF_CONVERSATION,
          DocumentType.LETTER);

  // No office pair holds the citing paper: its heading names no post, or it is a memorandum by a
  // person addressed to no one ("Memorandum by Mr. D. H. Miller on ..."), which no series numbers.
  private static boolean unplaced(Frame f) {
    Post from = f.route().from();
    return f.route().to().equals(Post.UNKNOWN)
        && (from.equals(Post.UNKNOWN) || from.kind() == Post.Kind.PERSON);
  }

  private static final Set<MessageKind> PAPERS =
      Set.of(MessageKind.NOTE, MessageKind.MEMORANDUM, MessageKind.LETTER);

  private static boolean between(Frame f, Entry e) {
    return f.route().joins(e.route());
  }

  private static boolean isWire(DocumentType type) {
    return type == DocumentType.TELEGRAM || type == DocumentType.CIRCULAR;
  }

  private List<Entry> pool(Frame f, Item item) {
    List<List<Entry>> found = new ArrayList<>(2);
    // Only the bearers of the number dated near enough: an archive that adds a volume of another
    // time then links nothing again for it.
    Optional<Agreement.Days> near = Agreement.near(f, item);
    Function<String, List<Entry>> bearers =
        n ->
            near.map(d -> catalogue.byNumberBetween(n, d.from(), d.to()))
                .orElseGet(() -> catalogue.byNumber(n));
    Optional<String> effective = item.effectiveNumber();
    effective.ifPresent(n -> found.add(bearers.apply(n)));
    // The printed number adds nothing when the editors did not correct it.
    item.number()
        .filter(n -> !effective.equals(Optional.of(n)))
        .ifPresent(n -> found.add(bearers.apply(n)));
    if (item.number().isEmpty() && item.date().isPresent())
      found.add(catalogue.byDay(item.date().get()));
    // One look-up's answer as it is: a number is borne by tens of thousands of documents at the
    // size of the whole FRUS, and hashing them into a set for every reference took half of a link
    // pass. Candidates are made one per document later (oncePerDocument).
    if (found.size() == 1) return found.get(0);
    Set<Entry> out = new LinkedHashSet<>();
    found.forEach(out::addAll);
    return new ArrayList<>(out);
  }

  // What a tier asks of a candidate already near in time and not the citing document itself.
  private boolean fits(Frame f, Reference r, Item item, Entry e, Tier tier) {
    return tier.admits.test(e)
        && (!tier.sameKind || Agreement.kindAgrees(r.kind(), e.type()))
        && (!tier.exactDate || Agreement.dateAgrees(f, item, e, true))
        && (!tier.exactDate || Agreement.timeAgrees(item, e));
  }

  // ---- choosing

  // Of several, the one dated to the very minute the phrase gives, else the one circular a circular
  // is, else the one message between the citing message's own two posts, is the one meant.
  private Outcome choose(Frame f, Reference r, List<Entry> fit, Item item, Rule rule) {
    if (fit.size() == 1) return byRule(fit.get(0), rule, Optional.empty());
    // "100 [99?]": the editors read the number as 99, so a 99 outranks a 100.
    if (item.corrected().isPresent() && item.effectiveNumber().isPresent()) {
      String n = Catalogue.numberKey(item.effectiveNumber().get());
      List<Entry> corrected =
          fit.stream().filter(e -> n.equals(e.serial()) || n.equals(e.printedSerial())).toList();
      if (corrected.size() == 1)
        return byRule(corrected.get(0), rule, Optional.of(Tiebreak.EDITORS_NUMBER));
    }
    List<Entry> timed =
        item.time().isEmpty()
            ? List.of()
            : fit.stream()
                .filter(e -> e.minute() != Entry.NONE && Agreement.timeAgrees(item, e))
                .toList();
    if (timed.size() == 1) return byRule(timed.get(0), rule, Optional.of(Tiebreak.TO_THE_MINUTE));
    // "The Department's circular memorandum of July 25": the one paper of the day that went to
    // many.
    if (r.circular()) {
      List<Entry> circulars = fit.stream().filter(Parties::circular).toList();
      if (circulars.size() == 1)
        return byRule(circulars.get(0), rule, Optional.of(Tiebreak.A_CIRCULAR));
    }
    List<Entry> between = fit.stream().filter(e -> between(f, e)).toList();
    if (between.size() == 1)
      return byRule(between.get(0), rule, Optional.of(Tiebreak.BETWEEN_THE_SAME_POSTS));
    List<Entry> filed = fit.stream().filter(e -> FileCases.shared(f.files(), e.files())).toList();
    if (filed.size() == 1) return byRule(filed.get(0), rule, Optional.of(Tiebreak.SAME_FILE));
    if (item.date().isEmpty()) {
      List<Entry> recent = new ArrayList<>(fit);
      recent.sort(Comparator.comparingInt(Entry::epochDay).reversed());
      Entry a = recent.get(0);
      Entry b = recent.get(1);
      if (a.epochDay() != Entry.NONE
          && b.epochDay() != Entry.NONE
          && a.epochDay() - b.epochDay() >= SERIES_GAP_DAYS) {
        return byRule(a, rule, Optional.of(Tiebreak.LATEST_IN_ITS_SERIES));
      }
    }
    return Outcome.ambiguous(fit, Link.Evidence.TELEGRAPH, new Reason.RuleTie(rule, fit.size()));
  }

  private Outcome byRule(Entry e, Rule rule, Optional<Tiebreak> tiebreak) {
    boolean sentOn = catalogue.byKey(e.key()).filter(printed -> !printed.equals(e)).isPresent();
    return Outcome.resolved(e, Link.Evidence.TELEGRAPH, new Reason.ByRule(rule, tiebreak, sentOn));
  }
}
