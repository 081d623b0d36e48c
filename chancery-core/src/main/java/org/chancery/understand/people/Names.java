package org.chancery.understand.people;

import java.util.Set;
import java.util.regex.Pattern;
import org.chancery.model.WordKey;

/** Compares personal names as printed: without accents, case, spaces or punctuation. */
final class Names {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern AFTER_COMMA = Pattern.compile(",.*$");

  /** Titles and ranks printed before a name ("Baron", "Col."): not part of it. */
  static final Set<String> TITLES =
      Set.of(
          "Mr.",
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

  private Names() {}

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
    String a = WordKey.of(surnameOf(printed));
    String b = WordKey.of(surname);
    String whole = WordKey.of(printed);
    int allowed = b.length() >= 8 ? 2 : b.length() >= 5 ? 1 : 0;
    return allowed > 0 && (distance(a, b) <= allowed || distance(whole, b) <= allowed);
  }

  // Levenshtein distance.
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      int[] cur = new int[b.length() + 1];
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      prev = cur;
    }
    return prev[b.length()];
  }
}
