package org.chancery.understand.references;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a block's text into tokens for the reference grammar; spaces separate, nothing is dropped.
 */
final class Tokenizer {
  private static final Pattern CORRECTION = Pattern.compile("[\\w:?. ]+");
  // Character.isLetter, isDigit and isWhitespace of the ASCII characters, looked up rather than
  // asked for each character of the text.
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte SPACE = 4;
  private static final byte[] ASCII = asciiClasses();
  private final String s;
  // Indexing a char array costs the client compiler less than String.charAt.
  private final char[] chars;
  private final Tokens out;
  private int i;

  private Tokenizer(String s) {
    this.s = s;
    this.chars = s.toCharArray();
    this.out = new Tokens(s, chars);
  }

  static Tokens tokenize(String text) {
    Tokenizer t = new Tokenizer(text);
    t.run();
    return t.out;
  }

  private static byte[] asciiClasses() {
    byte[] classes = new byte[128];
    for (char c = 0; c < 128; c++) {
      classes[c] =
          (byte)
              ((Character.isLetter(c) ? LETTER : 0)
                  | (Character.isDigit(c) ? DIGIT : 0)
                  | (Character.isWhitespace(c) ? SPACE : 0));
    }
    return classes;
  }

  private static boolean isLetter(char c) {
    return c < 128 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
  }

  private static boolean isDigit(char c) {
    return c < 128 ? (ASCII[c] & DIGIT) != 0 : Character.isDigit(c);
  }

  private static boolean isWhitespace(char c) {
    return c < 128 ? (ASCII[c] & SPACE) != 0 : Character.isWhitespace(c);
  }

  private void run() {
    while (i < chars.length) {
      char c = chars[i];
      if (isWhitespace(c)) i++;
      else if (isDigit(c)) number();
      else if (c == '[') correction();
      else if (meridiem()) continue;
      else if (series()) continue;
      else if (isLetter(c)) word();
      else emit(Token.Type.PUNCT, i, i + 1);
    }
  }

  private void emit(Token.Type type, int start, int end) {
    out.add(type, start, end, lowerHash(start, end));
    i = end;
  }

  // The hash code of the span's text in lower case. ASCII letters and the apostrophe ’ are all that
  // most words hold, and lower-cased here without making a string; any other character leaves it
  // to String.toLowerCase.
  private int lowerHash(int start, int end) {
    int h = 0;
    for (int j = start; j < end; j++) {
      char c = chars[j];
      if (c >= 128 && c != '’') return s.substring(start, end).toLowerCase(Locale.ROOT).hashCode();
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return h;
  }

  private void number() {
    int j = i;
    while (j < chars.length && isDigit(chars[j])) j++;
    int k = j;
    while (k < chars.length && isLetter(chars[k])) k++;
    boolean ordinal =
        Vocabulary.ORDINAL_SUFFIXES.contains(s.substring(j, k).toLowerCase(Locale.ROOT));
    emit(ordinal ? Token.Type.ORDINAL : Token.Type.NUMBER, i, ordinal ? k : j);
  }

  // "[326]", "[13]", "[99?]", "[26th]": short, on one line; otherwise a plain bracket.
  private void correction() {
    int close = s.indexOf(']', i);
    if (close > i + 1
        && close - i <= 14
        && CORRECTION.matcher(s.substring(i + 1, close)).matches()) {
      out.addToken(
          new Token(Token.Type.CORRECTION, s.substring(i + 1, close).strip(), i, close + 1));
      i = close + 1;
    } else {
      emit(Token.Type.PUNCT, i, i + 1);
    }
  }

  // "p.m.", "a. m.", "P.M" standing alone.
  private boolean meridiem() {
    char c = Character.toLowerCase(chars[i]);
    if ((c != 'a' && c != 'p') || (i > 0 && isLetter(chars[i - 1]))) return false;
    int j = i + 1;
    if (j >= chars.length || chars[j] != '.') return false;
    j++;
    if (j < chars.length && chars[j] == ' ') j++;
    if (j >= chars.length || Character.toLowerCase(chars[j]) != 'm') return false;
    j++;
    if (j < chars.length && isLetter(chars[j])) return false;
    if (j < chars.length && chars[j] == '.') j++;
    emit(Token.Type.MERIDIEM, i, j);
    return true;
  }

  // "L–307", "L-315": one capital letter, a dash, digits.
  private boolean series() {
    if (!Character.isUpperCase(chars[i]) || (i > 0 && isLetter(chars[i - 1]))) return false;
    int j = i + 1;
    if (j + 1 >= chars.length || "-–".indexOf(chars[j]) < 0 || !isDigit(chars[j + 1])) return false;
    j++;
    while (j < chars.length && isDigit(chars[j])) j++;
    emit(Token.Type.NUMBER, i, j);
    return true;
  }

  private void word() {
    int j = i + 1;
    while (j < chars.length) {
      char c = chars[j];
      boolean inner =
          (c == '’' || c == '\'' || c == '-') && j + 1 < chars.length && isLetter(chars[j + 1]);
      if (isLetter(c) || inner) j++;
      else break;
    }
    emit(Token.Type.WORD, i, j);
  }
}
