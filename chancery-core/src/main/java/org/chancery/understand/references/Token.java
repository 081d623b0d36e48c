package org.chancery.understand.references;

import java.util.List;
import java.util.Locale;

/**
 * One token of a block's text, with its character span. {@code lower} is the text in lower case,
 * made once here because the grammar compares it at every token.
 */
record Token(Type type, String text, String lower, int start, int end) {

  Token(Type type, String text, int start, int end) {
    this(type, text, text.toLowerCase(Locale.ROOT), start, end);
  }

  /** What a token is. */
  enum Type {
    /** Letters, with inner apostrophes and hyphens: {@code Department’s}, {@code aide-mémoire}. */
    WORD,
    /** Digits, or a lettered series number: {@code 237}, {@code L–307}. */
    NUMBER,
    /** A day written as an ordinal: {@code 3d}, {@code 18th}. */
    ORDINAL,
    /** {@code a.m.} or {@code p.m.} in any case and spacing. */
    MERIDIEM,
    /**
     * An editors' bracketed correction; the text is what stands inside: {@code [326]} gives 326.
     */
    CORRECTION,
    /** Any other single character that is not a space. */
    PUNCT
  }

  boolean is(Type t) {
    return type == t;
  }

  /** Whether this is a word equal to one of {@code words}, ignoring case. */
  boolean isWord(String... words) {
    if (type != Type.WORD) return false;
    for (String w : words) {
      if (text.equalsIgnoreCase(w)) return true;
    }
    return false;
  }

  /** Whether this is a word equal to one of {@code words}, ignoring case. */
  boolean isWord(List<String> words) {
    if (type != Type.WORD) return false;
    for (String w : words) {
      if (text.equalsIgnoreCase(w)) return true;
    }
    return false;
  }

  boolean isPunct(char c) {
    return type == Type.PUNCT && text.charAt(0) == c;
  }

  /** The digits of a number or ordinal token: {@code 18th} gives 18; -1 when it has none. */
  int value() {
    int k = 0;
    while (k < text.length() && text.charAt(k) >= '0' && text.charAt(k) <= '9') k++;
    return k == 0 ? -1 : Integer.parseInt(text, 0, k, 10);
  }
}
