package org.chancery.link;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a message resolved as it did, or did not; {@link #text()} is what {@link Link#reason()} says
 * ("posts, number and date, to the minute", "footnote: page (spanning)").
 */
sealed interface Reason {
  /** The reason in words, as links print and store it. */
  String text();

  /** A rule of the telegraph, strictest first: which documents it admits. */
  enum Rule {
    POSTS_NUMBER_DATE("posts, number and date"),
    SENDER_NUMBER_DATE("sender, number and date"),
    PARTY_NUMBER_DATE("a party, number and date"),
    NUMBER_DATE_UNPLACED("number and date; the citing message's posts unknown"),
    POSTS_NUMBER_NEAR_DATE("posts and number, date within a day"),
    SENDER_DATE_TIME("sender, date and time"),
    INSTRUCTION_BY_CABLE("posts and date, an instruction by cable"),
    CARRYING_TELEGRAM("the telegram between the posts that carried it"),
    PAPER_OF_THE_CASE("a paper of its kind and date, filed in the same case"),
    COPY_TO_ANOTHER_POST(
        "the Department's copy of the same day to another post, filed in the same case");

    private final String words;

    Rule(String words) {
      this.words = words;
    }
  }

  /** How one document was chosen of several that a rule admits. */
  enum Tiebreak {
    EDITORS_NUMBER("the number as the editors corrected it"),
    TO_THE_MINUTE("to the minute"),
    BETWEEN_THE_SAME_POSTS("between the same posts"),
    SAME_FILE("filed in the same case"),
    LATEST_IN_ITS_SERIES("latest in its series");

    private final String words;

    Tiebreak(String words) {
      this.words = words;
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

  /** A telegraph rule left one document, or {@code tiebreak} chose one of those it left. */
  record ByRule(Rule rule, Optional<Tiebreak> tiebreak) implements Reason {
    public ByRule {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(tiebreak, "tiebreak");
    }

    @Override
    public String text() {
      return rule.words + tiebreak.map(t -> ", " + t.words).orElse("");
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
   * No document fits: none bears the {@code number} or {@code date} at all, or ({@code bearers})
   * some do but no rule admits them.
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
  }

  /** The footnote points into {@code volume}, which the archive does not hold. */
  record ElsewhereVolume(String volume) implements Reason {
    public ElsewhereVolume {
      Objects.requireNonNull(volume, "volume");
    }

    @Override
    public String text() {
      return "footnote: in " + volume;
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
  }
}
