package org.chancery.model;

/**
 * Something that stands at a place in a block's text without being text: a page break, a footnote
 * marker, or a person's name tied to a list of persons (which spans the words from its offset).
 */
public sealed interface Anchor permits PageBreak, FootnoteMarker, PersonName {
  /** The character offset in the block's text where this stands. */
  int offset();
}
