package org.chancery.serve.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.search.Facet;
import org.chancery.search.FacetCount;
import org.chancery.search.SearchResult;

/**
 * The search page's model: the parameters, the result, the facets as links that narrow (or, for a
 * chosen value, widen again), the chart of matches per year, and the links to other pages; {@code
 * meanings} when the archive holds meanings, so that the page offers to search by them.
 */
record SearchPage(
    SearchParams params,
    SearchResult result,
    List<FacetView> facets,
    YearChart chart,
    List<PageLink> pages,
    Optional<String> previous,
    Optional<String> next,
    List<Filter> filters,
    boolean meanings) {

  /** A facet and its values as links. */
  record FacetView(String name, String label, List<FacetLink> values) {}

  /** A facet value: the count, the search narrowed to it (or widened when already chosen). */
  record FacetLink(String value, int count, String href, boolean selected) {}

  /** A page of results: its number and address; {@code current} for the one shown. */
  record PageLink(int number, String href, boolean current) {}

  /** A filter in effect and the search without it. */
  record Filter(String label, String removeHref) {}

  private static final int PAGE_LINKS = 9;

  /** Who wrote to whom among the matching documents. */
  String networkHref() {
    return NetworkPage.href(params);
  }

  /**
   * The page for {@code params} and its {@code result}, in an archive that holds {@code meanings}
   * or not.
   */
  static SearchPage of(SearchParams params, SearchResult result, boolean meanings) {
    List<FacetView> facets =
        List.of(
            facet(params, result, Facet.TYPE, "Type"),
            facet(params, result, Facet.VOLUME, "Volume"),
            facet(params, result, Facet.YEAR, "Year"),
            facet(params, result, Facet.CLASSIFICATION, "Classification"),
            facet(params, result, Facet.PRECEDENCE, "Precedence"),
            facet(params, result, Facet.ARCHIVE, "Archive"),
            facet(params, result, Facet.PARTICIPANT, "Participant"));
    long total = Math.min(result.total(), SearchParams.MAX_OFFSET + params.limit());
    int offset = params.offset();
    Optional<String> prev =
        offset > 0
            ? Optional.of(params.at(Math.max(0, offset - params.limit())).href())
            : Optional.empty();
    boolean more =
        offset + params.limit() < total && offset + params.limit() <= SearchParams.MAX_OFFSET;
    Optional<String> next =
        more ? Optional.of(params.at(offset + params.limit()).href()) : Optional.empty();
    return new SearchPage(
        params,
        result,
        facets,
        YearChart.of(result.facet(Facet.YEAR), y -> params.narrow(Facet.YEAR, y).href()),
        pages(params, total),
        prev,
        next,
        filters(params),
        meanings);
  }

  private static FacetView facet(SearchParams p, SearchResult r, Facet f, String label) {
    List<FacetLink> links = new ArrayList<>();
    for (FacetCount c : r.facet(f)) {
      // A misprinted date (year 201) is counted, but no date filter can name its year.
      if (f == Facet.YEAR && !c.value().matches("\\d{4}")) continue;
      boolean on = p.selected(f, c.value());
      links.add(
          new FacetLink(
              c.value(),
              c.count(),
              (on ? p.widen(f, c.value()) : p.narrow(f, c.value())).href(),
              on));
    }
    if (f == Facet.YEAR) links.sort((a, b) -> a.value().compareTo(b.value()));
    return new FacetView(f.name().toLowerCase(java.util.Locale.ROOT), label, links);
  }

  private static List<PageLink> pages(SearchParams p, long total) {
    int count =
        (int)
            Math.min((total + p.limit() - 1) / p.limit(), SearchParams.MAX_OFFSET / p.limit() + 1);
    int current = p.offset() / p.limit();
    int first = Math.max(0, Math.min(current - PAGE_LINKS / 2, count - PAGE_LINKS));
    List<PageLink> links = new ArrayList<>();
    for (int i = first; i < Math.min(count, first + PAGE_LINKS); i++) {
      links.add(
          new PageLink(
              i + 1, p.at(i * p.limit()).href(), i == current && p.offset() % p.limit() == 0));
    }
    return links.size() > 1 ? links : List.of();
  }

  private static List<Filter> filters(SearchParams p) {
    List<Filter> f = new ArrayList<>();
    p.types().forEach(t -> f.add(new Filter("type: " + t, p.widen(Facet.TYPE, t).href())));
    p.volumes().forEach(v -> f.add(new Filter("volume: " + v, p.widen(Facet.VOLUME, v).href())));
    if (!p.from().isEmpty() || !p.to().isEmpty()) {
      String range =
          p.from().equals(p.to())
              ? p.from()
              : (p.from().isEmpty() ? "…" : p.from()) + " – " + (p.to().isEmpty() ? "…" : p.to());
      f.add(new Filter("date: " + range, p.widen(Facet.YEAR, "").href()));
    }
    return f;
  }

  /** The number of the first hit shown, from 1. */
  int firstShown() {
    return result.hits().isEmpty() ? 0 : params.offset() + 1;
  }

  /** The number of the last hit shown. */
  int lastShown() {
    return params.offset() + result.hits().size();
  }

  /** Whether the sort in effect is {@code s}. */
  boolean sortedBy(String s) {
    return params.effectiveSort().name().equalsIgnoreCase(s);
  }
}
