package org.chancery.serve.web;

/** Small text helpers for messages and attributes. */
final class Text {
  private Text() {}

  /** {@code s} cut to 80 characters for quoting in a message. */
  static String clip(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
