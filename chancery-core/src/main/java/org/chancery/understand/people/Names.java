package org.chancery.understand.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.chancery.model.WordKey;

/** Compares personal names as printed: without accents, case, spaces or punctuation. */
final class Names {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MANY = Pattern.compile("\\band\\b|&|\\bMessrs\\b");
  private static final Pattern AFTER_COMMA = Pattern.compile(",.*$");

  /** Titles and ranks printed before a name ("Baron", "Col."): not part of it. */
  static final Set<String> TITLES =
      Set.of(
          "Mr.",
          "Mr",
          "Mrs.",
          "Dr.",
          "Sir",
          "Lord",
          "Lady",
          "Count",
          "Countess",
          "Baron",
          "Prince",
          "Princess",
          "General",
          "Gen.",
          "Marshal",
          "Admiral",
          "Adm.",
          "Col.",
          "Colonel",
          "Maj.",
          "Major",
          "Capt.",
          "Captain",
          "Lt.",
          "Prof.",
          "Professor",
          "Rev.",
          "Mme.",
          "M.",
          "Señor",
          "Senator",
          "Judge",
          "Bishop",
          "Father",
          "Don",
          "Viscount",
          "Marquis",
          "Lieut.",
          "Brig.",
          "Grand",
          "Duke",
          "Earl");

  /** Particles that belong to a surname ("von", "de la"). */
  static final Set<String> PARTICLES =
      Set.of(
          "de", "la", "y", "del", "da", "van", "von", "der", "ter", "du", "le", "di", "do", "dos",
          "al", "el", "ben");

  /**
   * Titles printed before the names of foreign dignitaries and of the President, never before a
   * POCOM officer's: a name so printed is not looked for by surname alone.
   */
  static final Set<String> NOT_POCOM_TITLES =
      Set.of(
          "Earl",
          "Lord",
          "Lady",
          "Sir",
          "Count",
          "Countess",
          "Baron",
          "Prince",
          "Princess",
          "Marquis",
          "Viscount",
          "Duke",
          "Señor",
          "Senor",
          "Don",
          "M.",
          "Mme.",
          "President",
          "King",
          "Emperor");

  // Marks and words a person's name does not have: a head read wrongly puts a catchword, a number
  // or a line of the text where the name goes ("[403] *No. 2.—efforts", "Letter of General
  // Schenck in answer", "Circular").
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "[\\[\\]*\\d—(),;:]|^(?:Circular|Letter|From|Memorandum|Note|Extract|Enclosure"
              + "|Inclosure|Telegram|Despatch|Instruction)\\b");
  // A word of a name begins with a capital, or is a particle, "of" ("Earl of Clarendon") or an
  // elided particle ("d’Avila").
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}.*|of|[dl][’'].+");

  private Names() {}

  /**
   * Whether a printed name has the shape of a person's name: capitalised words and particles, no
   * numbers, brackets or running text.
   */
  static boolean personLike(String printed) {
    if (NOT_A_NAME.matcher(printed).find()) return false;
    for (String w : SPACES.split(printed.strip()))
      if (!NAME_WORD.matcher(w).matches() && !PARTICLES.contains(w.toLowerCase(Locale.ROOT)))
        return false;
    return true;
  }

  /** Whether a printed name names one person, not several ("Messrs. Hecht and Kayser"). */
  static boolean onePerson(String printed) {
    return !MANY.matcher(printed).find();
  }

  /** Whether a printed name begins with a title a POCOM officer never bore ("Earl Russell"). */
  static boolean foreignTitled(String printed) {
    String[] words = SPACES.split(printed.strip());
    return NOT_POCOM_TITLES.contains(words[0]);
  }

  /**
   * Whether the forenames or initials printed before the surname ("F. W." of "F. W. Seward") fit
   * the person's forenames, in order; a name printed without them fits anyone.
   */
  static boolean givenNamesFit(String printed, Person p) {
    List<Character> printedInitials = givenInitials(printed);
    if (printedInitials.isEmpty()) return true;
    String[] sources = {p.forename(), p.altname().orElse("")};
    for (String source : sources) {
      List<Character> own = new ArrayList<>();
      for (String w : SPACES.split(source.strip()))
        if (!w.isEmpty() && Character.isLetter(w.charAt(0)))
          own.add(Character.toUpperCase(w.charAt(0)));
      if (subsequence(printedInitials, own)) return true;
    }
    return false;
  }

  /** Whether the printed name gives forenames or initials before the surname. */
  static boolean hasGivenNames(String printed) {
    return !givenInitials(printed).isEmpty();
  }

  // The first letters of the words before the surname, titles and particles aside.
  private static List<Character> givenInitials(String printed) {
    String[] words = SPACES.split(AFTER_COMMA.matcher(printed.strip()).replaceAll(""));
    List<Character> out = new ArrayList<>();
    for (int i = 0; i < words.length - 1; i++) {
      String w = words[i];
      if (w.isEmpty() || TITLES.contains(w) || PARTICLES.contains(w.toLowerCase(Locale.ROOT)))
        continue;
      if (Character.isUpperCase(w.charAt(0))) out.add(w.charAt(0));
    }
    return out;
  }

  private static boolean subsequence(List<Character> part, List<Character> whole) {
    int j = 0;
    for (char c : whole) if (j < part.size() && part.get(j) == c) j++;
    return j == part.size();
  }

  /**
   * The last word of a printed name, honorifics and initials aside: {@code "Hugh R. Wilson"} gives
   * {@code "Wilson"}.
   */
  static String surnameOf(String printed) {
    String[] words = SPACES.split(AFTER_COMMA.matcher(printed.strip()).replaceAll(""));
    return words[words.length - 1];
  }

  /**
   * Whether a printed name agrees with a POCOM surname: its last word, or its end, is the surname.
   */
  static boolean agrees(String printed, String surname) {
    String s = WordKey.of(surname);
    String whole = WordKey.of(printed);
    return !s.isEmpty()
        && (WordKey.of(surnameOf(printed)).equals(s)
            || whole.equals(s)
            || whole.endsWith(s) && whole.length() > s.length() + 1);
  }

  /**
   * Whether a printed surname is a near miss for a POCOM surname (a misprint or variant spelling:
   * "Schmedeman" for "Schmedemann", "Des Fortes" for "Des Portes"): one edit in five letters or
   * more, two in eight or more.
   */
  static boolean near(String printed, String surname) {
    return near(WordKey.of(surnameOf(printed)), WordKey.of(printed), WordKey.of(surname));
  }

  /** {@link #near(String, String)} with the printed name's keys made by the caller. */
  static boolean near(String last, String whole, String surname) {
    int allowed = surname.length() >= 8 ? 2 : surname.length() >= 5 ? 1 : 0;
    return allowed > 0 && (within(last, surname, allowed) || within(whole, surname, allowed));
  }

  // Whether the Levenshtein distance of two words is at most the edits allowed. Words whose
  // lengths differ by more are further apart; and a row of the table whose every cell is past the
  // allowance ends the search, since no later cell is smaller than the row above it. (Every
  // printed name is tried against every surname in POCOM: this was a third of an import.)
  private static boolean within(String a, String b, int allowed) {
    if (Math.abs(a.length() - b.length()) > allowed) return false;
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      char c = a.charAt(i - 1);
      cur[0] = i;
      int least = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (c == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
        least = Math.min(least, cur[j]);
      }
      if (least > allowed) return false;
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()] <= allowed;
  }
}
