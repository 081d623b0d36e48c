package org.chancery.archive;

import java.nio.file.Path;
import java.util.Objects;
import org.chancery.read.ParseError;

/** A file that could not be imported, and why; nothing of its volume was committed. */
public record ImportFailure(Path file, ParseError error) {
  public ImportFailure {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(error, "error");
  }

  /** Prints as the error: {@code file:line:col: message}. */
  @Override
  public String toString() {
    return error.toString();
  }
}
