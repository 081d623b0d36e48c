package org.chancery.search;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/** The Lucene sorts for {@link SearchRequest.Sort}; ties are broken by key, so pages are stable. */
final class Sorts {
  static final Sort BY_KEY = new Sort(new SortField(IndexSchema.KEY.name(), SortField.Type.STRING));
  static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, BY_KEY.getSort()[0]);
  static final Sort BY_DATE = new Sort(date(), BY_KEY.getSort()[0]);

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
