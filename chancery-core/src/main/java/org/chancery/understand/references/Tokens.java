package org.chancery.understand.references;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The tokens the {@link Tokenizer} found in a text, kept as spans and made into {@link Token}s only
 * where the grammar looks at them closely: most tokens of a text are never part of a reference, and
 * making each one a string costs more than finding it.
 */
final class Tokens extends AbstractList<Token> implements RandomAccess {
  private static final Token.Type[] TYPES = Token.Type.values();

  /** No tokens, for a text not worth tokenizing. */
  static final Tokens NONE = new Tokens("", new char[0], 0);

  private final String text;
  private final char[] chars;
  private byte[] types;
  private int[] starts;
  private int[] ends;
  private int[] lowerHashes;
  private Token[] made;
  private int size;

  /** No tokens yet of {@code text}, whose characters are {@code chars}. */
  Tokens(String text, char[] chars) {
    this(text, chars, chars.length / 5 + 8);
  }

  private Tokens(String text, char[] chars, int capacity) {
    this.text = text;
    this.chars = chars;
    types = new byte[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
    lowerHashes = new int[capacity];
  }

  /** Adds the token that is the text from {@code start} to {@code end}. */
  void add(Token.Type type, int start, int end, int lowerHash) {
    if (size == types.length) grow();
    types[size] = (byte) type.ordinal();
    starts[size] = start;
    ends[size] = end;
    lowerHashes[size] = lowerHash;
    size++;
  }

  /** Adds a token whose text is not simply its span (a correction without its brackets). */
  void addToken(Token token) {
    add(token.type(), token.start(), token.end(), token.lower().hashCode());
    made()[size - 1] = token;
  }

  private void grow() {
    int capacity = types.length * 2 + 8;
    types = Arrays.copyOf(types, capacity);
    starts = Arrays.copyOf(starts, capacity);
    ends = Arrays.copyOf(ends, capacity);
    lowerHashes = Arrays.copyOf(lowerHashes, capacity);
    if (made != null) made = Arrays.copyOf(made, capacity);
  }

  // Made tokens, by index; only texts with a token worth a closer look need them.
  private Token[] made() {
    if (made == null) made = new Token[types.length];
    return made;
  }

  @Override
  public Token get(int i) {
    Objects.checkIndex(i, size);
    Token t = made()[i];
    if (t == null) {
      t = new Token(TYPES[types[i]], text.substring(starts[i], ends[i]), starts[i], ends[i]);
      made[i] = t;
    }
    return t;
  }

  @Override
  public int size() {
    return size;
  }

  boolean is(int i, Token.Type type) {
    return types[Objects.checkIndex(i, size)] == type.ordinal();
  }

  /** The first character of token {@code i}'s span. */
  char first(int i) {
    return chars[starts[Objects.checkIndex(i, size)]];
  }

  /** The last character of token {@code i}'s span. */
  char last(int i) {
    return chars[ends[Objects.checkIndex(i, size)] - 1];
  }

  /** {@code get(i).lower().hashCode()}, without making the token. */
  int lowerHash(int i) {
    return lowerHashes[Objects.checkIndex(i, size)];
  }
}
