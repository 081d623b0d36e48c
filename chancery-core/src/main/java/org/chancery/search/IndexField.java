package org.chancery.search;

import java.util.Objects;

/**
 * One field of the search index, described as data so that every backend (the Lucene documents
 * here, a Solr schema later) is generated from the same list, {@link IndexSchema#FIELDS}.
 *
 * @param name the field name in the index
 * @param kind how the field is indexed
 * @param stored whether the value is kept to be shown or highlighted
 * @param multiValued whether a document may carry several values
 * @param facet whether matching documents are counted by this field's values
 */
public record IndexField(
    String name, Kind kind, boolean stored, boolean multiValued, boolean facet) {

  /** How a field is indexed. */
  public enum Kind {
    /** One exact token (ids, codes, labels): exact match, prefix, facets. */
    KEYWORD,
    /** Analysed prose (English: lower case, folded accents, stop words, stemming). */
    TEXT,
    /** A calendar day, as epoch days: range filter and sort; stored as ISO text. */
    DATE,
    /** A whole number: range filter and sort. */
    LONG,
    /** Not searchable, only shown. */
    STORED,
    /** Not searchable: bytes kept (in doc values) to be read back whole. */
    BINARY
  }

  public IndexField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (facet && kind != Kind.KEYWORD) {
      throw new IllegalArgumentException(
          "only keyword fields can be facets: '" + name + "' is " + kind);
    }
  }

  /** A single-valued keyword field. */
  static IndexField keyword(String name) {
    return new IndexField(name, Kind.KEYWORD, false, false, false);
  }

  /** This field, stored. */
  IndexField store() {
    return new IndexField(name, kind, true, multiValued, facet);
  }

  /** This field, multi-valued. */
  IndexField multi() {
    return new IndexField(name, kind, stored, true, facet);
  }

  /** This field, counted as a facet. */
  IndexField faceted() {
    return new IndexField(name, kind, stored, multiValued, true);
  }

  /** This field, of another kind. */
  IndexField as(Kind newKind) {
    return new IndexField(name, newKind, stored, multiValued, facet);
  }
}
