package org.chancery.understand.references;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A position in one text's tokens that the grammar's rules read forward from.
 *
 * <p>A rule that may fail after reading some tokens runs through {@link #attempt} or {@link
 * #attemptMatch}, which put the position back when it fails, so that no rule saves and restores the
 * position by hand.
 */
final class TokenCursor {
  private final String text;
  private final Tokens tokens;
  private int p;

  TokenCursor(String text, Tokens tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  int size() {
    return tokens.size();
  }

  /** The index of the next token, to come back to with {@link #moveTo} or read with {@link #at}. */
  int position() {
    return p;
  }

  void moveTo(int index) {
    p = index;
  }

  boolean atEnd() {
    return p >= tokens.size();
  }

  /** Whether there is a token {@code ahead} tokens from the next one (-1 is the last one read). */
  boolean has(int ahead) {
    return p + ahead >= 0 && p + ahead < tokens.size();
  }

  Token peek() {
    return tokens.get(p);
  }

  Token peek(int ahead) {
    return tokens.get(p + ahead);
  }

  Token at(int index) {
    return tokens.get(index);
  }

  Token next() {
    return tokens.get(p++);
  }

  void skip(int n) {
    p += n;
  }

  /** Whether the next token is of {@code type}; false at the end. */
  boolean isAt(Token.Type type) {
    return !atEnd() && tokens.is(p, type);
  }

  /** Whether the token {@code ahead} is a word whose lower case is one of {@code lowerWords}. */
  boolean isWordAt(int ahead, Set<String> lowerWords) {
    return has(ahead)
        && peek(ahead).is(Token.Type.WORD)
        && lowerWords.contains(peek(ahead).lower());
  }

  /** Moves past the next token if it is the punctuation {@code c}. */
  boolean accept(char c) {
    if (!atEnd() && peek().isPunct(c)) {
      p++;
      return true;
    }
    return false;
  }

  /** Moves past the next token if it is one of {@code words}, ignoring case. */
  boolean acceptWord(List<String> words) {
    if (!atEnd() && peek().isWord(words)) {
      p++;
      return true;
    }
    return false;
  }

  /**
   * Moves past the next token if it is one of the keys of {@code words}, ignoring case, and answers
   * that key's value.
   */
  <V> Optional<V> acceptWordOf(Map<String, V> words) {
    if (atEnd()) return Optional.empty();
    Token t = peek();
    for (Map.Entry<String, V> w : words.entrySet()) {
      if (t.isWord(w.getKey())) {
        p++;
        return Optional.of(w.getValue());
      }
    }
    return Optional.empty();
  }

  /** Runs {@code rule}; where it finds nothing, the position is put back where it was. */
  <T> Optional<T> attempt(Supplier<Optional<T>> rule) {
    int mark = p;
    Optional<T> found = rule.get();
    if (found.isEmpty()) p = mark;
    return found;
  }

  /** Runs {@code rule}; where it answers false, the position is put back where it was. */
  boolean attemptMatch(BooleanSupplier rule) {
    int mark = p;
    boolean matched = rule.getAsBoolean();
    if (!matched) p = mark;
    return matched;
  }

  /** The end offset in the text of the last token read. */
  int lastEnd() {
    return tokens.get(p - 1).end();
  }

  /** The text from the start of token {@code from} to the end of the last token read. */
  String textFrom(int from) {
    return text.substring(tokens.get(from).start(), lastEnd());
  }

  // Looks at the next token's span without making a Token of it, for the test that most tokens
  // fail (OpeningRules.canStart).

  char firstChar() {
    return tokens.first(p);
  }

  char lastChar() {
    return tokens.last(p);
  }

  int lowerHash() {
    return tokens.lowerHash(p);
  }
}
