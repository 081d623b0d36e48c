package org.chancery.read.tei;

import java.util.Arrays;

/**
 * Text being read, with whitespace normalised as it comes: runs of XML whitespace become one space,
 * none at the start or the end. Tabs and newlines written as separators stay as they are.
 */
final class TextBuffer {
  // A plain array, not a StringBuilder: each character is copied by one loop that also collapses
  // the whitespace, where a builder checked its coder and capacity run by run. In profiles of an
  // import, two fifths of the reading was spent here.
  private char[] text = new char[256];
  private int length;
  // A whitespace run was read after some text: one space goes before the next character.
  private boolean space;

  /** Appends characters as the parser gives them. */
  void append(char[] chars, int start, int length) {
    // At most one space more than the characters given.
    if (this.length + length + 1 > text.length) grow(this.length + length + 1);
    char[] out = text;
    int n = this.length;
    boolean pending = space;
    for (int i = start, end = start + length; i < end; i++) {
      char c = chars[i];
      if (isSpace(c)) {
        pending = n > 0 && out[n - 1] != '\t' && out[n - 1] != '\n';
        continue;
      }
      if (pending) {
        out[n++] = ' ';
        pending = false;
      }
      out[n++] = c;
    }
    this.length = n;
    space = pending;
  }

  /** A line break read as a space. */
  void space() {
    space = canSpace();
  }

  /** A separator that stays: a tab between table cells, a newline between rows. */
  void separator(char c) {
    if (length + 1 > text.length) grow(length + 1);
    text[length++] = c;
    space = false;
  }

  /** How many characters are written. */
  int length() {
    return length;
  }

  /** The character written at {@code i}. */
  char charAt(int i) {
    if (i >= length) throw new IndexOutOfBoundsException(i);
    return text[i];
  }

  /** Where the next character will stand: after the space waiting to be written, if any. */
  int nextOffset() {
    return length + (space ? 1 : 0);
  }

  /** The text so far; the buffer is then empty. */
  String take() {
    String s = new String(text, 0, length);
    length = 0;
    space = false;
    return s;
  }

  private void grow(int needed) {
    text = Arrays.copyOf(text, Math.max(needed, 2 * text.length));
  }

  private boolean canSpace() {
    return length > 0 && text[length - 1] != '\t' && text[length - 1] != '\n';
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  }

  /** Whether the characters hold anything but whitespace. */
  static boolean hasText(char[] chars, int start, int length) {
    for (int i = start; i < start + length; i++) {
      if (!isSpace(chars[i])) return true;
    }
    return false;
  }
}
