package org.chancery.search;

/** A dimension by which matching documents are counted. */
public enum Facet {
  VOLUME(IndexSchema.VOLUME),
  YEAR(IndexSchema.YEAR),
  TYPE(IndexSchema.TYPE),
  SENDER_ROLE(IndexSchema.SENDER_ROLE),
  RECIPIENT_ROLE(IndexSchema.RECIPIENT_ROLE),
  PLACE(IndexSchema.PLACE_EXACT),
  FILE_CLASS(IndexSchema.FILE_CLASS),
  FILE_COUNTRY(IndexSchema.FILE_COUNTRY),
  FILE_SUBJECT(IndexSchema.FILE_SUBJECT),
  PERSON(IndexSchema.PERSON_NAME),
  CLASSIFICATION(IndexSchema.CLASSIFICATION),
  PRECEDENCE(IndexSchema.PRECEDENCE),
  ARCHIVE(IndexSchema.ARCHIVE),
  PARTICIPANT(IndexSchema.PARTICIPANT),

  /** Sender and recipient pairs ({@link Exchange}): counted when asked, never by default. */
  CORRESPONDENCE(IndexSchema.CORRESPONDENCE);

  /**
   * The facets a search counts unless told which: all but {@link #CORRESPONDENCE}, whose values are
   * pairs for a network, not for a reader's list.
   */
  public static final java.util.Set<Facet> LISTED =
      java.util.Collections.unmodifiableSet(
          java.util.EnumSet.complementOf(java.util.EnumSet.of(CORRESPONDENCE)));

  private final IndexField field;

  Facet(IndexField field) {
    this.field = field;
  }

  /** The keyword field counted. */
  public IndexField field() {
    return field;
  }

  /** The dimension name in the index: the field's name. */
  String dim() {
    return field.name();
  }
}
