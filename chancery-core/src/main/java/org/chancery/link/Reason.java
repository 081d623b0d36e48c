package org.chancery.link;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chancery.link.Basis.Confidence;
import org.chancery.link.Basis.Ground;
import org.chancery.understand.references.Reference.Item;

/**
 * Why a message resolved as it did, or did not; {@link #text()} is what {@link Link#reason()} says
 * ("posts, number and date, to the minute", "footnote: page (spanning)").
 */
sealed interface Reason {
  /** The reason in words, as links print and store it. */
  String text();

  /** What a link for {@code item} with this reason rests on; nothing, where nothing was linked. */
  default Basis basis(Item item) {
    return Basis.NONE;
  }

  /** A rule of the telegraph, strictest first: which documents it admits. */
  enum Rule {
    SERIES_NUMBER(
        "its lettered series and number, date within a day",
        EnumSet.of(Ground.SERIES, Ground.NUMBER, Ground.DATE),
        false),
    POSTS_NUMBER_DATE(
        "posts, number and date",
        EnumSet.of(Ground.SERIES, Ground.NUMBER, Ground.DATE, Ground.TIME),
        false),
    SENDER_NUMBER_DATE(
        "sender, number and date", EnumSet.of(Ground.NUMBER, Ground.DATE, Ground.TIME), false),
    PARTY_NUMBER_DATE(
        "a party, number and date", EnumSet.of(Ground.NUMBER, Ground.DATE, Ground.TIME), false),
    NUMBER_DATE_UNPLACED(
        "number and date; the citing message's posts unknown",
        EnumSet.of(Ground.NUMBER, Ground.DATE, Ground.TIME),
        false),
    POSTS_NUMBER_NEAR_DATE(
        "posts and number, date within a day", EnumSet.of(Ground.SERIES, Ground.NUMBER), false),
    SENDER_DATE_TIME("sender, date and time", EnumSet.of(Ground.DATE, Ground.TIME), false),
    INSTRUCTION_BY_CABLE(
        "posts and date, an instruction by cable", EnumSet.of(Ground.SERIES, Ground.DATE), false),
    CARRYING_TELEGRAM(
        "the telegram between the posts that carried it",
        EnumSet.of(Ground.ROUTING, Ground.DATE),
        true),
    PAPER_OF_THE_CASE(
        "a paper of its kind and date, filed in the same case",
        EnumSet.of(Ground.DATE, Ground.FILE),
        false),
    COPY_TO_ANOTHER_POST(
        "the Department's copy of the same day to another post, filed in the same case",
        EnumSet.of(Ground.DATE, Ground.TIME, Ground.FILE),
        true);

    private final String words;
    // The grounds it compares, where the phrase states them.
    private final Set<Ground> compares;
    // It finds a message that stands for the one cited (a copy, a carrier): never high, never
    // medium.
    private final boolean indirect;

    Rule(String words, Set<Ground> compares, boolean indirect) {
      this.words = words;
      this.compares = compares;
      this.indirect = indirect;
    }
  }

  /** How one document was chosen of several that a rule admits. */
  enum Tiebreak {
    EDITORS_NUMBER("the number as the editors corrected it", Optional.of(Ground.NUMBER)),
    TO_THE_MINUTE("to the minute", Optional.of(Ground.TIME)),
    BETWEEN_THE_SAME_POSTS("between the same posts", Optional.of(Ground.ROUTING)),
    SAME_FILE("filed in the same case", Optional.of(Ground.FILE)),
    /** The phrase calls the message a circular, and one candidate went to many posts. */
    A_CIRCULAR("the one circular", Optional.of(Ground.ROUTING)),
    /** A guess from the gap between two series: never high. */
    LATEST_IN_ITS_SERIES("latest in its series", Optional.empty());

    private final String words;
    private final Optional<Ground> adds;

    Tiebreak(String words, Optional<Ground> adds) {
      this.words = words;
      this.adds = adds;
    }
  }

  /** How a footnote's page gave one document where it does not begin just one. */
  enum PageMatch {
    /** No document begins on the page: the last one printed across it. */
    SPANNING(" (spanning)"),
    /** Several begin there: the one whose number, date or time agrees. */
    MATCHED(", matched");

    private final String words;

    PageMatch(String words) {
      this.words = words;
    }
  }

  /**
   * A telegraph rule left one document, or {@code tiebreak} chose one of those it left; {@code
   * sentOn}: it fitted as a message the editors note the document went out as ({@link
   * Retransmitted}) or one it carries ({@link CarriedMessages}).
   */
  record ByRule(Rule rule, Optional<Tiebreak> tiebreak, boolean sentOn) implements Reason {
    public ByRule {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(tiebreak, "tiebreak");
    }

    ByRule(Rule rule, Optional<Tiebreak> tiebreak) {
      this(rule, tiebreak, false);
    }

    @Override
    public String text() {
      return rule.words
          + tiebreak.map(t -> ", " + t.words).orElse("")
          + (sentOn ? ", as a message it went out as or carries" : "");
    }

    // The rule's grounds the phrase states, and the tiebreak's; three of the strong ones make a
    // link
    // sure.
    @Override
    public Basis basis(Item item) {
      Set<Ground> grounds = EnumSet.noneOf(Ground.class);
      for (Ground g : rule.compares) {
        boolean stated =
            switch (g) {
              case NUMBER -> item.number().isPresent();
              case DATE -> item.date().isPresent();
              case TIME -> item.time().isPresent();
              default -> true;
            };
        if (stated) grounds.add(g);
      }
      tiebreak.flatMap(t -> t.adds).ifPresent(grounds::add);
      int strength = grounds.size();
      Confidence c =
          strength >= 3 ? Confidence.HIGH : strength == 2 ? Confidence.MEDIUM : Confidence.LOW;
      if (tiebreak.equals(Optional.of(Tiebreak.LATEST_IN_ITS_SERIES)) && c == Confidence.HIGH)
        c = Confidence.MEDIUM;
      if (rule.indirect) c = Confidence.LOW;
      return new Basis(grounds, c);
    }
  }

  /** The first rule to admit any documents admitted {@code count}, and nothing chose one. */
  record RuleTie(Rule rule, int count) implements Reason {
    public RuleTie {
      Objects.requireNonNull(rule, "rule");
      if (count < 2) throw new IllegalArgumentException("a tie of " + count + " documents");
    }

    @Override
    public String text() {
      return count + " documents fit " + rule.words;
    }
  }

  /**
   * No document fits: none of the time the reference can mean bears the {@code number} or {@code
   * date}, or ({@code bearers}) some do but no rule admits them.
   */
  record NoMessage(boolean bearers, Optional<String> number, Optional<LocalDate> date)
      implements Reason {
    public NoMessage {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String text() {
      return (bearers ? "no printed message fits " : "no printed message ")
          + number.map(n -> "numbered " + n).orElse("")
          + date.map(d -> " of " + d).orElse("");
    }
  }

  /** "reftel", where no printed reference line names the one telegram it means. */
  record NoReferenceLine() implements Reason {
    @Override
    public String text() {
      return "reftel: no printed reference line names one message";
    }
  }

  /** "reftel", resolved as {@code line}, the one message of the printed reference line. */
  record ReferenceLine(Reason reason, Item line) implements Reason {
    public ReferenceLine {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(line, "line");
    }

    @Override
    public String text() {
      return "reftel, the reference line's: " + reason.text();
    }

    @Override
    public Basis basis(Item item) {
      return reason.basis(line);
    }
  }

  /** The editors' footnote pointed there; {@code match} says how, for a page. */
  record ByFootnote(Pointer.Type pointer, Optional<PageMatch> match) implements Reason {
    public ByFootnote {
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(match, "match");
    }

    @Override
    public String text() {
      return "footnote: "
          + pointer.name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + match.map(m -> m.words).orElse("");
    }

    // A page the document only runs across is the editors' page, not their document.
    @Override
    public Basis basis(Item item) {
      if (pointer == Pointer.Type.NOT_PRINTED) return Basis.NONE;
      boolean spanning = match.equals(Optional.of(PageMatch.SPANNING));
      return new Basis(Set.of(Ground.FOOTNOTE), spanning ? Confidence.MEDIUM : Confidence.HIGH);
    }
  }

  /**
   * The footnote points into a volume the archive does not hold: what is known of the message is
   * where the editors printed it ("footnote: in frus1924v02, p. 296, No. 36").
   */
  record ElsewhereVolume(Pointer pointer) implements Reason {
    public ElsewhereVolume {
      Objects.requireNonNull(pointer, "pointer");
    }

    @Override
    public String text() {
      String where =
          switch (pointer.type()) {
            case PAGE -> ", p. " + pointer.value();
            case FOOTNOTE -> ", a footnote on p. " + pointer.value();
            case DOCUMENT -> ", " + pointer.value();
            case DOCUMENT_NUMBER -> ", document " + pointer.value();
            default -> "";
          };
      return "footnote: in "
          + pointer.volume()
          + where
          + (pointer.number().isEmpty() ? "" : ", No. " + pointer.number());
    }
  }

  /** {@code count} documents begin on the footnote's {@code page}, and nothing chose one. */
  record PageTie(int page, int count) implements Reason {
    public PageTie {
      if (count < 2) throw new IllegalArgumentException("a tie of " + count + " documents");
    }

    @Override
    public String text() {
      return count + " documents begin on p. " + page;
    }
  }

  /** The footnote's page left several documents, and the telegraph's rules chose one of them. */
  record PageAndTelegraph() implements Reason {
    @Override
    public String text() {
      return "footnote page, telegraph";
    }

    @Override
    public Basis basis(Item item) {
      return new Basis(Set.of(Ground.FOOTNOTE, Ground.SERIES), Confidence.HIGH);
    }
  }
}
