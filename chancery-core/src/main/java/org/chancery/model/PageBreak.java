package org.chancery.model;

import java.util.Objects;
import java.util.Optional;

/** The start of printed page {@code n} at an offset of a block's text. */
public record PageBreak(int offset, String n, Optional<String> id) implements Anchor {
  public PageBreak {
    if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
    Objects.requireNonNull(n, "n");
    Objects.requireNonNull(id, "id");
  }
}
