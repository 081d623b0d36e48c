package org.chancery.understand.references;

import java.time.LocalTime;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The telegraph's words that references are made of: the kinds of message, the owners, and the
 * words that join a reference's parts.
 *
 * <p>Sets hold words in lower case and are looked up by a token's lower case; lists are compared
 * with {@link Token#isWord(List)}, ignoring case. Each group keeps the comparison the grammar has
 * always made of it, since the two differ for a few letters (a dotted capital I, a long s).
 */
final class Vocabulary {
  private Vocabulary() {}

  /** The type words of a reference's head, and the kind of message each names. */
  static final Map<String, MessageKind> KINDS =
      byWord(
          Map.of(
              MessageKind.TELEGRAM,
              "telegram telegrams cable cables cablegram cablegrams wire serial circular circulars",
              MessageKind.DESPATCH,
              "despatch despatches dispatch dispatches airgram",
              MessageKind.INSTRUCTION,
              "instruction instructions",
              MessageKind.NOTE,
              "note notes aide-mémoire aide-memoire",
              MessageKind.LETTER,
              "letter letters",
              MessageKind.MEMORANDUM,
              "memorandum memoranda",
              MessageKind.COMMUNICATION,
              "communication communications message messages"));

  static final Set<String> TYPES = KINDS.keySet();

  /**
   * Words that qualify a type word ("circular telegram", "strictly confidential despatch"); some
   * are types by themselves as well.
   */
  static final Set<String> QUALIFIERS =
      words(
          "circular telegraphic confidential strictly secret personal urgent previous subsequent"
              + " former earlier cable mail"
              + " cabled official formal informal last triple priority verbale");

  /** Qualifiers that mark a message as a circular. */
  static final List<String> CIRCULAR = List.of("circular");

  /** Qualifiers that make any type word a telegram ("cabled instruction"). */
  static final List<String> TELEGRAPHIC = List.of("telegraphic", "cable", "cabled");

  /** Words that make "your 2 telegrams", "our 14 points" a count rather than a message number. */
  static final Set<String> COUNTED =
      words(
          "days weeks months years hours minutes men points copies pages dollars pounds francs"
              + " marks per percent cent miles kilometers troops divisions questions items"
              + " paragraphs articles members persons people officers ships vessels planes o’clock"
              + " o'clock times votes million thousand hundred others tons rifles guns cases"
              + " children sons daughters");

  /** Marks after a number that make it a quantity or a range ("5%", "3/4", "12-14"). */
  static final String QUANTITY_MARKS = "%/-–";

  /** The owner words that stand by themselves, by their lower case. */
  static final Map<String, Owner> OWNERS =
      Map.of(
          "your", Owner.ADDRESSEE,
          "my", Owner.WRITER,
          "our", Owner.WRITER,
          "his", Owner.THIRD_PARTY,
          "their", Owner.THIRD_PARTY);

  /**
   * The Department's names, as printed (capitalized), with or without a possessive ending; post-war
   * telegrams call it "State" ("State's 41009").
   */
  static final Set<String> DEPARTMENT = Set.of("Department", "Dept", "State");

  static final List<String> POSSESSIVE_ENDINGS = List.of("’s", "'s");

  /**
   * The telegraphic compounds of owner and "telegram" the post-war Department wrote ("Deptel 1602"
   * the Department's telegram, "Embtel 890" the Embassy's, "urtel" yours, "mytel" mine), by their
   * lower case; a circular compound ("Depcirtel") is the Department's circular.
   */
  static final Map<String, Owner> TELEGRAM_WORDS =
      Map.ofEntries(
          Map.entry("deptel", Owner.DEPARTMENT),
          Map.entry("deptels", Owner.DEPARTMENT),
          Map.entry("depcirtel", Owner.DEPARTMENT),
          Map.entry("deptcirtel", Owner.DEPARTMENT),
          Map.entry("circtel", Owner.DEPARTMENT),
          Map.entry("embtel", new Owner.Named("Embassy")),
          Map.entry("embtels", new Owner.Named("Embassy")),
          Map.entry("legtel", new Owner.Named("Legation")),
          Map.entry("contel", new Owner.Named("Consulate")),
          Map.entry("urtel", Owner.ADDRESSEE),
          Map.entry("urtels", Owner.ADDRESSEE),
          Map.entry("mytel", Owner.WRITER),
          Map.entry("mytels", Owner.WRITER),
          Map.entry("ourtel", Owner.WRITER));

  /** The compounds above that name a circular. */
  static final Set<String> CIRCULAR_TELEGRAM_WORDS = words("depcirtel deptcirtel circtel");

  /** "reftel": the telegram of the citing message's reference line. */
  static final Set<String> REFTEL = words("reftel reftels");

  /** The names of the lettered series ("Secto", "Tosec"), in lower case. */
  static final Set<String> SERIES = words(LetteredSeries.words());

  /**
   * The words that can open a reference as an owner or a head whatever their case; any other word
   * opens one only as a possessive or "Department".
   */
  static final Set<String> OPENERS =
      union(OWNERS.keySet(), TYPES, QUALIFIERS, TELEGRAM_WORDS.keySet(), REFTEL, SERIES);

  // The low 16 bits of the hash codes of the lower-case opening words, so that a word's hash can
  // rule it out before a Token is made of it.
  private static final BitSet OPENER_HASHES = new BitSet(1 << 16);

  static {
    for (String w : union(OPENERS, Set.of("department", "dept", "state"))) {
      OPENER_HASHES.set(w.hashCode() & 0xFFFF);
    }
  }

  /** "No.", "Nos.": abbreviations that mark a number only with their dot. */
  static final List<String> NUMBER_ABBREVIATIONS = List.of("No", "Nos");

  /** "number", "numbers", "No" without its dot. */
  static final List<String> NUMBER_WORDS = List.of("number", "numbers", "No");

  static final List<String> AND = List.of("and");

  /** Words between a message and its date: "telegram of May 3", "note dated June 1". */
  static final List<String> DATE_LINKS = List.of("of", "dated");

  static final List<String> OF = List.of("of");

  static final List<String> THE = List.of("the");

  /** "April 30 last". */
  static final List<String> LAST = List.of("last");

  /** The suffixes of ordinal days: 1st, 2nd, 3rd, 4th, and the older 2d, 3d. */
  static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th", "d");

  /** "the 3d instant": this month. */
  static final List<String> INSTANT = List.of("instant", "inst");

  /** "the 9th ultimo": last month. */
  static final List<String> ULTIMO = List.of("ultimo", "ult");

  /** Days named by a word, and how many days before the citing date each is. */
  static final Map<String, Integer> DAYS_BACK = Map.of("yesterday", 1, "today", 0);

  /** "this date", "even date": the citing date. */
  static final List<String> THIS = List.of("this", "even");

  static final List<String> DATE = List.of("date");

  static final Map<String, LocalTime> NAMED_TIMES =
      Map.of("noon", LocalTime.NOON, "midnight", LocalTime.MIDNIGHT);

  static final List<String> PARAGRAPHS =
      List.of("paragraph", "paragraphs", "section", "sections", "para");

  /** "to London", "from Geneva". */
  static final List<String> ROUTES = List.of("to", "from");

  static final List<String> FROM = List.of("from");

  /** Titles before a sender's name: "from Mr. Thomas H. MacDonald". */
  static final List<String> TITLES = List.of("Mr", "Mrs", "Dr", "Messrs");

  /**
   * Capitalized words after "to" or "from" that name no place: "to the Department", "to Mr. Storer"
   * (the addressee, not a route).
   */
  static final List<String> NOT_PLACES =
      List.of(
          ("Department The His Your Her You Me Us I Mr Mrs Messrs Dr Sir Señor M Mme General Admiral"
                  + " Colonel Count Baron Prince King")
              .split(" "));

  /** Whether a word whose lower case has this hash code may be one of the opening words. */
  static boolean mayOpen(int lowerHash) {
    return OPENER_HASHES.get(lowerHash & 0xFFFF);
  }

  private static Set<String> words(String spaced) {
    return Set.of(spaced.split(" "));
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new HashSet<>();
    for (Set<String> s : sets) all.addAll(s);
    return Set.copyOf(all);
  }

  private static Map<String, MessageKind> byWord(Map<MessageKind, String> wordsByKind) {
    Map<String, MessageKind> m = new HashMap<>();
    wordsByKind.forEach((kind, spaced) -> words(spaced).forEach(w -> m.put(w, kind)));
    return Map.copyOf(m);
  }
}
