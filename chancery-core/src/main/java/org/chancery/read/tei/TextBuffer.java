package org.chancery.read.tei;

/**
 * Text being read, with whitespace normalised as it comes: runs of XML whitespace become one space,
 * none at the start or the end. Tabs and newlines written as separators stay as they are.
 */
final class TextBuffer {
  private final StringBuilder text = new StringBuilder(512);
  // A whitespace run was read after some text: one space goes before the next character.
  private boolean space;

  /** Appends characters as the parser gives them. */
  void append(char[] chars, int start, int length) {
    int end = start + length;
    int i = start;
    // Run by run: a run of whitespace decides once whether a space is due, a run of other
    // characters is copied in one call.
    while (i < end) {
      if (isSpace(chars[i])) {
        while (i < end && isSpace(chars[i])) i++;
        space = canSpace();
        continue;
      }
      int run = i;
      while (i < end && !isSpace(chars[i])) i++;
      if (space) {
        text.append(' ');
        space = false;
      }
      text.append(chars, run, i - run);
    }
  }

  /** A line break read as a space. */
  void space() {
    space = canSpace();
  }

  /** A separator that stays: a tab between table cells, a newline between rows. */
  void separator(char c) {
    text.append(c);
    space = false;
  }

  /** How many characters are written. */
  int length() {
    return text.length();
  }

  /** The character written at {@code i}. */
  char charAt(int i) {
    return text.charAt(i);
  }

  /** Where the next character will stand: after the space waiting to be written, if any. */
  int nextOffset() {
    return text.length() + (space ? 1 : 0);
  }

  /** The text so far; the buffer is then empty. */
  String take() {
    String s = text.toString();
    text.setLength(0);
    space = false;
    return s;
  }

  private boolean canSpace() {
    int n = text.length();
    return n > 0 && text.charAt(n - 1) != '\t' && text.charAt(n - 1) != '\n';
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
