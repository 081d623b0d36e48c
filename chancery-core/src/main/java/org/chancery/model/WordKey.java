package org.chancery.model;

import java.text.Normalizer;

/**
 * The key printed words and names are compared by: their letters a to z, accents, case, spaces and
 * punctuation aside. {@code "MacMurray"} and {@code "Mac Murray"} both give {@code "macmurray"};
 * {@code "Chargé"} gives {@code "charge"}.
 */
public final class WordKey {
  private WordKey() {}

  /** The key of {@code printed}. */
  public static String of(String printed) {
    // Marks fall away with everything else that is not a-z, so only their letters need decomposing.
    String s = ascii(printed) ? printed : Normalizer.normalize(printed, Normalizer.Form.NFD);
    StringBuilder key = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if (c >= 'a' && c <= 'z') key.append(c);
    }
    return key.toString();
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) return false;
    }
    return true;
  }
}
