package org.chancery.solr;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.chancery.model.DocumentType;
import org.chancery.search.Facet;
import org.chancery.search.FacetCount;
import org.chancery.search.IndexField;
import org.chancery.search.IndexSchema;
import org.chancery.search.LuceneSearchBackend;
import org.chancery.search.SearchRequest;

/** The parts of a Solr request that mirror the Lucene backend's: filters, sorts and facets. */
final class SolrRequests {
  /**
   * How many more values each shard returns for a facet than are asked for, before the counts of
   * the candidates are refined across shards: enough that the top values are those of the whole
   * collection.
   */
  static final int FACET_OVERREQUEST = 1000;

  private SolrRequests() {}

  /** The filters of {@code r} (dates, types, volumes); they do not change scores. */
  static List<Object> filters(SearchRequest r) {
    List<Object> filters = new ArrayList<>();
    if (r.hasDateFilter()) {
      String from = r.from().map(SolrRequests::instant).orElse("*");
      String to = r.to().map(SolrRequests::instant).orElse("*");
      filters.add(IndexSchema.DATE.name() + ":[" + from + " TO " + to + "]");
    }
    if (!r.types().isEmpty())
      filters.add(anyOf(IndexSchema.TYPE, r.types().stream().map(DocumentType::label).toList()));
    if (!r.volumes().isEmpty()) filters.add(anyOf(IndexSchema.VOLUME, r.volumes()));
    return filters;
  }

  /** Adds {@code filter} (query text or JSON DSL) to {@code req}. */
  @SuppressWarnings("unchecked")
  static void filter(JsonQueryRequest req, Object filter) {
    if (filter instanceof Map<?, ?> m) req.withFilter((Map<String, Object>) m);
    else req.withFilter(filter.toString());
  }

  private static String instant(LocalDate day) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(day) + "T00:00:00Z";
  }

  private static Object anyOf(IndexField field, Collection<String> values) {
    return SolrQueries.should(
        values.stream().sorted().map(v -> SolrQueries.parser("term", field.name(), v)).toList());
  }

  /** {@code {!term f=field}value}: the exact value, not parsed. */
  static String term(IndexField field, String value) {
    return term(field.name(), value);
  }

  /** {@code {!term f=field}value} for a field of this backend's own. */
  static String term(String field, String value) {
    return "{!term f=" + field + " v=" + quote(value) + "}";
  }

  // A local-params value in single quotes, with quotes and backslashes escaped.
  private static String quote(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** The sort of {@code s}: ties broken by reading order, undated documents last. */
  static String sort(SearchRequest.Sort s) {
    String ties = "," + IndexSchema.READING_ORDER.name() + " asc";
    return switch (s) {
      case RELEVANCE -> "score desc" + ties;
      case DATE -> IndexSchema.DATE.name() + " asc" + ties;
    };
  }

  /** The JSON facet that counts {@code f}: the top values, counts refined to be exact. */
  static Map<String, Object> facet(Facet f) {
    return Map.of(
        "type",
        "terms",
        "field",
        f.field().name(),
        "limit",
        LuceneSearchBackend.FACET_VALUES,
        "mincount",
        1,
        "sort",
        "count desc",
        "refine",
        true,
        "overrequest",
        FACET_OVERREQUEST);
  }

  /**
   * The counts of {@code asked}, most frequent first, ties by value (as Lucene orders them: by
   * UTF-8 bytes).
   */
  static Map<Facet, List<FacetCount>> facets(QueryResponse rsp, Set<Facet> asked) {
    Map<Facet, List<FacetCount>> result = new EnumMap<>(Facet.class);
    for (Facet f : asked) {
      List<FacetCount> counts = new ArrayList<>(buckets(rsp, f.name()));
      counts.sort(
          Comparator.comparingInt(FacetCount::count)
              .reversed()
              .thenComparing(c -> new BytesRef(c.value())));
      result.put(
          f,
          List.copyOf(
              counts.subList(0, Math.min(counts.size(), LuceneSearchBackend.FACET_VALUES))));
    }
    return result;
  }

  /** The buckets of the terms facet {@code name}, as returned; none when nothing matched. */
  static List<FacetCount> buckets(QueryResponse rsp, String name) {
    NestableJsonFacet root = rsp.getJsonFacetingResponse();
    BucketBasedJsonFacet facet = root == null ? null : root.getBucketBasedFacets(name);
    if (facet == null) return List.of();
    List<FacetCount> counts = new ArrayList<>();
    for (BucketJsonFacet b : facet.getBuckets())
      counts.add(new FacetCount(String.valueOf(b.getVal()), (int) b.getCount()));
    return counts;
  }
}
