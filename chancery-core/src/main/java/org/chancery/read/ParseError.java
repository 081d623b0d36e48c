package org.chancery.read;

import java.util.Objects;

/** A problem found while reading a file: where it is (file, line, column) and what was wrong. */
public record ParseError(String file, int line, int column, String message) {
  public ParseError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** Prints as {@code file:line:col: message}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
