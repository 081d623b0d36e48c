package org.chancery.search;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The Lucene sorts for {@link SearchRequest.Sort}; ties are broken by {@link ReadingOrder}, so
 * pages are stable.
 */
final class Sorts {
  private static final SortField READING_ORDER =
      new SortField(IndexSchema.READING_ORDER.name(), SortField.Type.LONG);
  static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, READING_ORDER);
  static final Sort BY_DATE = new Sort(date(), READING_ORDER);

  private Sorts() {}

  // Oldest first; undated documents last.
  private static SortField date() {
    SortField f = new SortField(IndexSchema.DATE.name(), SortField.Type.LONG);
    f.setMissingValue(Long.MAX_VALUE);
    return f;
  }

  static Sort of(SearchRequest.Sort sort) {
    return switch (sort) {
      case RELEVANCE -> BY_RELEVANCE;
      case DATE -> BY_DATE;
    };
  }
}
