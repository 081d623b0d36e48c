package org.chancery.model;

/** Something that stands at a place in a block's text without being text: a page break, a footnote marker. */
public sealed interface Anchor permits PageBreak, FootnoteMarker {
  /** The character offset in the block's text where this stands. */
  int offset();
}
