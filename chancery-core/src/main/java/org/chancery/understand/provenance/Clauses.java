package org.chancery.understand.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a modern source note into its clauses: sentences ("Department of State, Central Files,
 * 611.61/1–1553. Secret. Drafted by Wood.") and the parts a semicolon divides ("Secret; Niact"). A
 * period ends a sentence only before a capital and after a word that is not an initial or an
 * abbreviation, so "Vol. 1", "John F. Kennedy" and "Mr. Wood" stay whole.
 */
final class Clauses {
  private static final Pattern BOUNDARY = Pattern.compile("\\.\\s+(?=[A-Z\\[(“\"])|;\\s*");
  private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}]+)$");
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Vol", "No", "Nos", "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Adm", "Col", "Lt");

  private Clauses() {}

  /** The clauses of {@code note}, stripped, without their final periods. */
  static List<String> of(String note) {
    List<String> out = new ArrayList<>();
    Matcher m = BOUNDARY.matcher(note);
    int from = 0;
    while (m.find()) {
      if (note.charAt(m.start()) == '.' && !endsSentence(note.substring(from, m.start()))) continue;
      add(out, note.substring(from, m.start()));
      from = m.end();
    }
    add(out, note.substring(from));
    return out;
  }

  private static boolean endsSentence(String before) {
    Matcher w = LAST_WORD.matcher(before);
    if (!w.find()) return true;
    String word = w.group(1);
    boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
    return !initial && !ABBREVIATIONS.contains(word);
  }

  private static void add(List<String> out, String clause) {
    String c = clause.strip();
    while (c.endsWith(".")) c = c.substring(0, c.length() - 1).strip();
    if (!c.isEmpty()) out.add(c);
  }
}
