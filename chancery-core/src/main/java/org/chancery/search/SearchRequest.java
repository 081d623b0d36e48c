package org.chancery.search;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chancery.model.DocumentType;

/**
 * What to search for: a parsed query, filters, sort, the page of hits, and which facets to count.
 *
 * <p><b>NOTE on dates:</b> {@code from} and {@code to} are inclusive and compare the document's
 * date (for a date printed as a month or a year, its first day). Without a date filter, documents
 * with no date are found like any other; with one, they are left out, because the user asked for
 * documents of a period and an undated document cannot be shown to belong to it. In date order
 * undated documents come last.
 *
 * @param query the parsed query ({@link UserQuery#ALL} to browse by filters)
 * @param from the earliest date, inclusive
 * @param to the latest date, inclusive
 * @param types only documents of these types (empty: any)
 * @param volumes only documents of these volumes (empty: any)
 * @param sort relevance, or date (oldest first)
 * @param offset how many hits to skip
 * @param limit how many hits to return
 * @param snippets whether hits carry highlighted snippets
 * @param facets the facets to count over all matching documents
 * @param mode by words alone, or by words and meaning fused ({@link Mode#HYBRID})
 */
public record SearchRequest(
    UserQuery query,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Set<DocumentType> types,
    Set<String> volumes,
    Sort sort,
    int offset,
    int limit,
    boolean snippets,
    Set<Facet> facets,
    Mode mode) {

  /** The order of hits. */
  public enum Sort {
    RELEVANCE,
    DATE
  }

  /** How documents are found. */
  public enum Mode {
    /** Documents that hold the query's words (BM25). */
    KEYWORD,
    /**
     * Those, and the documents nearest in meaning to the query's words that meet its other
     * conditions, the two rankings fused by reciprocal rank; by words alone in an archive without
     * meanings.
     */
    HYBRID
  }

  /** The most hits one page may hold. */
  public static final int MAX_LIMIT = 1000;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    types = Set.copyOf(types);
    volumes = Set.copyOf(volumes);
    Objects.requireNonNull(sort, "sort");
    if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
    if (limit < 0 || limit > MAX_LIMIT)
      throw new IllegalArgumentException("limit must be 0.." + MAX_LIMIT + ": " + limit);
    facets = facets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(facets));
    Objects.requireNonNull(mode, "mode");
  }

  /**
   * The first 20 hits for {@code query} by relevance, with snippets and every facet.
   *
   * @throws QuerySyntaxException if the query is malformed
   */
  public static SearchRequest of(String query) throws QuerySyntaxException {
    return of(QueryParser.parse(query));
  }

  /** The first 20 hits for {@code query} by relevance, with snippets and every facet. */
  public static SearchRequest of(UserQuery query) {
    return new SearchRequest(
        query,
        Optional.empty(),
        Optional.empty(),
        Set.of(),
        Set.of(),
        Sort.RELEVANCE,
        0,
        20,
        true,
        Facet.LISTED,
        Mode.KEYWORD);
  }

  /** This request with dates from {@code newFrom} to {@code newTo}, either open when empty. */
  public SearchRequest dates(Optional<LocalDate> newFrom, Optional<LocalDate> newTo) {
    return new SearchRequest(
        query, newFrom, newTo, types, volumes, sort, offset, limit, snippets, facets, mode);
  }

  /** This request for documents of these types only. */
  public SearchRequest types(Set<DocumentType> newTypes) {
    return new SearchRequest(
        query, from, to, newTypes, volumes, sort, offset, limit, snippets, facets, mode);
  }

  /** This request for documents of these volumes only. */
  public SearchRequest volumes(Set<String> newVolumes) {
    return new SearchRequest(
        query, from, to, types, newVolumes, sort, offset, limit, snippets, facets, mode);
  }

  /** This request in another order. */
  public SearchRequest sort(Sort newSort) {
    return new SearchRequest(
        query, from, to, types, volumes, newSort, offset, limit, snippets, facets, mode);
  }

  /** This request for the hits from {@code newOffset}, at most {@code newLimit} of them. */
  public SearchRequest page(int newOffset, int newLimit) {
    return new SearchRequest(
        query, from, to, types, volumes, sort, newOffset, newLimit, snippets, facets, mode);
  }

  /** This request with or without snippets. */
  public SearchRequest snippets(boolean withSnippets) {
    return new SearchRequest(
        query, from, to, types, volumes, sort, offset, limit, withSnippets, facets, mode);
  }

  /** This request counting these facets only (none: no counting). */
  public SearchRequest facets(Set<Facet> newFacets) {
    return new SearchRequest(
        query, from, to, types, volumes, sort, offset, limit, snippets, newFacets, mode);
  }

  /** This request found by words alone, or by words and meaning. */
  public SearchRequest mode(Mode newMode) {
    return new SearchRequest(
        query, from, to, types, volumes, sort, offset, limit, snippets, facets, newMode);
  }

  /** Whether a date filter is set. */
  public boolean hasDateFilter() {
    return from.isPresent() || to.isPresent();
  }
}
