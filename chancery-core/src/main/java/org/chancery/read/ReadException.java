package org.chancery.read;

import java.util.Objects;

/** Thrown when a file cannot be read on: it is not well-formed, truncated, empty or forbidden. */
public final class ReadException extends Exception {
  private final ParseError error;

  public ReadException(ParseError error) {
    super(Objects.requireNonNull(error, "error").toString());
    this.error = error;
  }

  public ReadException(ParseError error, Throwable cause) {
    super(Objects.requireNonNull(error, "error").toString(), cause);
    this.error = error;
  }

  /** Where and what. */
  public ParseError error() {
    return error;
  }
}
