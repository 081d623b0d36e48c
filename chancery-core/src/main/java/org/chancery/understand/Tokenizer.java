package org.chancery.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a block's text into tokens for the reference grammar; spaces separate, nothing is dropped.
 */
final class Tokenizer {
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th", "d");
  private static final Pattern CORRECTION = Pattern.compile("[\\w:?. ]+");
  private final String s;
  private final List<Token> out = new ArrayList<>();
  private int i;

  private Tokenizer(String s) {
    this.s = s;
  }

  static List<Token> tokenize(String text) {
    Tokenizer t = new Tokenizer(text);
    t.run();
    return List.copyOf(t.out);
  }

  private void run() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) i++;
      else if (Character.isDigit(c)) number();
      else if (c == '[') correction();
      else if (meridiem()) continue;
      else if (series()) continue;
      else if (Character.isLetter(c)) word();
      else emit(Token.Type.PUNCT, i, i + 1);
    }
  }

  private void emit(Token.Type type, int start, int end) {
    out.add(new Token(type, s.substring(start, end), start, end));
    i = end;
  }

  private void number() {
    int j = i;
    while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
    int k = j;
    while (k < s.length() && Character.isLetter(s.charAt(k))) k++;
    boolean ordinal = ORDINAL_SUFFIXES.contains(s.substring(j, k).toLowerCase(Locale.ROOT));
    emit(ordinal ? Token.Type.ORDINAL : Token.Type.NUMBER, i, ordinal ? k : j);
  }

  // "[326]", "[13]", "[99?]", "[26th]": short, on one line; otherwise a plain bracket.
  private void correction() {
    int close = s.indexOf(']', i);
    if (close > i + 1
        && close - i <= 14
        && CORRECTION.matcher(s.substring(i + 1, close)).matches()) {
      out.add(new Token(Token.Type.CORRECTION, s.substring(i + 1, close).strip(), i, close + 1));
      i = close + 1;
    } else {
      emit(Token.Type.PUNCT, i, i + 1);
    }
  }

  // "p.m.", "a. m.", "P.M" standing alone.
  private boolean meridiem() {
    char c = Character.toLowerCase(s.charAt(i));
    if ((c != 'a' && c != 'p') || (i > 0 && Character.isLetter(s.charAt(i - 1)))) return false;
    int j = i + 1;
    if (j >= s.length() || s.charAt(j) != '.') return false;
    j++;
    if (j < s.length() && s.charAt(j) == ' ') j++;
    if (j >= s.length() || Character.toLowerCase(s.charAt(j)) != 'm') return false;
    j++;
    if (j < s.length() && Character.isLetter(s.charAt(j))) return false;
    if (j < s.length() && s.charAt(j) == '.') j++;
    emit(Token.Type.MERIDIEM, i, j);
    return true;
  }

  // "L–307", "L-315": one capital letter, a dash, digits.
  private boolean series() {
    if (!Character.isUpperCase(s.charAt(i)) || (i > 0 && Character.isLetter(s.charAt(i - 1))))
      return false;
    int j = i + 1;
    if (j + 1 >= s.length() || "-–".indexOf(s.charAt(j)) < 0 || !Character.isDigit(s.charAt(j + 1)))
      return false;
    j++;
    while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
    emit(Token.Type.NUMBER, i, j);
    return true;
  }

  private void word() {
    int j = i + 1;
    while (j < s.length()) {
      char c = s.charAt(j);
      boolean inner =
          (c == '’' || c == '\'' || c == '-')
              && j + 1 < s.length()
              && Character.isLetter(s.charAt(j + 1));
      if (Character.isLetter(c) || inner) j++;
      else break;
    }
    emit(Token.Type.WORD, i, j);
  }
}
