package org.chancery.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.chancery.search.Facet;
import org.chancery.search.FacetCount;
import org.chancery.search.SearchInput;
import org.chancery.search.SearchResult;
import org.junit.jupiter.api.Test;

class SearchParamsTest {
  private static SearchParams params(String q) throws Exception {
    return new SearchParams(
        SearchInput.parse(
            new SearchInput.Form(q, List.of(), List.of(), "", "", "", "", "", ""),
            SearchParams.LIMITS));
  }

  @Test
  void narrowsToAYear() throws Exception {
    assertEquals(
        "/search?q=army&from=1918&to=1918", params("army").narrow(Facet.YEAR, "1918").href());
  }

  // A misprinted date in the full FRUS put year 201 among the facets, and the page failed (500).
  @Test
  void searchPageLeavesOutYearsNoDateFilterCanName() throws Exception {
    SearchResult r =
        new SearchResult(
            2,
            List.of(),
            Map.of(Facet.YEAR, List.of(new FacetCount("1918", 1), new FacetCount("201", 1))),
            0);
    SearchPage page = SearchPage.of(params("army"), r, false);
    List<String> years =
        page.facets().stream()
            .filter(f -> f.name().equals("year"))
            .flatMap(f -> f.values().stream())
            .map(SearchPage.FacetLink::value)
            .toList();
    assertEquals(List.of("1918"), years);
  }
}
