package org.chancery.read.text;

/** A line of a plain-text file with its 1-based number, for error positions. */
record Line(int number, String text) {
  boolean isBlank() {
    return text.isBlank();
  }

  String strip() {
    return text.strip();
  }
}
