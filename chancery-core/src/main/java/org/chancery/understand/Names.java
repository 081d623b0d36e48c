package org.chancery.understand;

import java.text.Normalizer;
import java.util.Locale;

/** Compares personal names as printed: without accents, case, spaces or punctuation. */
final class Names {
  private Names() {}

  /** {@code "MacMurray"} and {@code "Mac Murray"} both give {@code "macmurray"}; {@code "Chargé"} gives {@code "charge"}. */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }

  /** The last word of a printed name, honorifics and initials aside: {@code "Hugh R. Wilson"} gives {@code "Wilson"}. */
  static String surnameOf(String printed) {
    String[] words = printed.strip().replaceAll(",.*$", "").split("\\s+");
    return words[words.length - 1];
  }

  /** Whether a printed name agrees with a POCOM surname: its last word, or its end, is the surname. */
  static boolean agrees(String printed, String surname) {
    String s = key(surname);
    return !s.isEmpty() && (key(surnameOf(printed)).equals(s) || key(printed).endsWith(s) && key(printed).length() > s.length() + 1);
  }
}
