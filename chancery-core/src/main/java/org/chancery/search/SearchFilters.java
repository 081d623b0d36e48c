package org.chancery.search;

import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.chancery.model.DocumentType;

/** Adds a request's filters (dates, types, volumes) to a query; filters do not change scores. */
final class SearchFilters {
  private SearchFilters() {}

  static Query apply(Query query, SearchRequest r) {
    if (!r.hasDateFilter() && r.types().isEmpty() && r.volumes().isEmpty()) return query;
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
    if (r.hasDateFilter()) {
      long from = r.from().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
      long to = r.to().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
      b.add(LongPoint.newRangeQuery(IndexSchema.DATE.name(), from, to), Occur.FILTER);
    }
    if (!r.types().isEmpty()) {
      b.add(
          terms(IndexSchema.TYPE, r.types().stream().map(DocumentType::label).toList()),
          Occur.FILTER);
    }
    if (!r.volumes().isEmpty())
      b.add(terms(IndexSchema.VOLUME, List.copyOf(r.volumes())), Occur.FILTER);
    return b.build();
  }

  private static Query terms(IndexField field, List<String> values) {
    return new TermInSetQuery(field.name(), values.stream().map(BytesRef::new).toList());
  }
}
