package org.chancery.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total the exact number of matching documents
 * @param hits the requested page of them
 * @param facets for each facet asked for, its values over all matching documents, most frequent
 *     first (ties by value)
 * @param tookMs the time the search took, in milliseconds
 */
public record SearchResult(
    long total, List<Hit> hits, Map<Facet, List<FacetCount>> facets, double tookMs) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** The counts of one facet, or an empty list when it was not asked for. */
  public List<FacetCount> facet(Facet f) {
    return facets.getOrDefault(f, List.of());
  }
}
