package org.chancery.model;

import java.util.Objects;

/**
 * A footnote's printed marker ({@code n}) at an offset of a block's text, pointing to the footnote
 * by id.
 */
public record FootnoteMarker(int offset, String n, String footnoteId) implements Anchor {
  public FootnoteMarker {
    if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
    Objects.requireNonNull(n, "n");
    Objects.requireNonNull(footnoteId, "footnoteId");
  }
}
