package org.chancery.understand;

import java.util.Locale;

/** One token of a block's text, with its character span. */
record Token(Type type, String text, int start, int end) {

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

  boolean isPunct(char c) {
    return type == Type.PUNCT && text.charAt(0) == c;
  }

  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  /** The digits of a number or ordinal token: {@code 18th} gives 18. */
  int value() {
    String digits = text.replaceAll("\\D.*$", "");
    return digits.isEmpty() ? -1 : Integer.parseInt(digits);
  }
}
