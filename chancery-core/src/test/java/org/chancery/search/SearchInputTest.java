package org.chancery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chancery.model.DocumentType;
import org.chancery.search.SearchInput.Form;
import org.chancery.search.SearchInput.Limits;
import org.chancery.search.SearchInput.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchInputTest {
  private static final Limits PAGE = new Limits(1, 100, 10_000, 4);

  private static Form form(String q) {
    return new Form(q, List.of(), List.of(), "", "", "", "", "", "");
  }

  private static SearchInput parse(Form f) throws SearchInputException {
    return SearchInput.parse(f, PAGE);
  }

  @Test
  void readsEveryParameter() throws Exception {
    SearchInput in =
        parse(
            new Form(
                "Chaco sender:Wilson",
                List.of("editorial-note", "Telegram", "EDITORIAL_NOTE", " "),
                List.of("frus1934v04"),
                "1934-05",
                "1934-06",
                " Date ",
                "40",
                "10",
                " Hybrid "));
    assertEquals(QueryParser.parse("Chaco sender:Wilson"), in.query());
    assertEquals(List.of(DocumentType.EDITORIAL_NOTE, DocumentType.TELEGRAM), in.types());
    SearchRequest r = in.request();
    assertEquals(Optional.of(LocalDate.of(1934, 5, 1)), r.from());
    assertEquals(Optional.of(LocalDate.of(1934, 6, 30)), r.to());
    assertEquals(Set.of(DocumentType.EDITORIAL_NOTE, DocumentType.TELEGRAM), r.types());
    assertEquals(Set.of("frus1934v04"), r.volumes());
    assertEquals(SearchRequest.Sort.DATE, r.sort());
    assertEquals(40, r.offset());
    assertEquals(10, r.limit());
    assertEquals(SearchRequest.Mode.HYBRID, r.mode());
  }

  @Test
  void aYearBoundCoversTheWholeYear() throws Exception {
    SearchRequest r =
        parse(new Form("", List.of(), List.of(), "1918", "1919", "", "", "", "")).request();
    assertEquals(Optional.of(LocalDate.of(1918, 1, 1)), r.from());
    assertEquals(Optional.of(LocalDate.of(1919, 12, 31)), r.to());
  }

  @Test
  void blankParametersAreNotGiven() throws Exception {
    SearchInput in = parse(form("army"));
    assertEquals(SearchRequest.of("army"), in.request());
    assertEquals(SearchInput.DEFAULT_LIMIT, in.limit());
  }

  @Test
  void sortsAQueryByRelevanceAndBrowsingByDateUnlessAsked() throws Exception {
    assertEquals(SearchRequest.Sort.RELEVANCE, parse(form("army")).sortInEffect());
    assertEquals(SearchRequest.Sort.DATE, parse(form(" ")).sortInEffect());
    Form relevance = new Form("", List.of(), List.of(), "", "", "relevance", "", "", "");
    assertEquals(SearchRequest.Sort.RELEVANCE, parse(relevance).sortInEffect());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "q      | \"Red Army   | q: at 1: no closing quote for the phrase opened here",
        "type   | cable        | type: unknown type 'cable', expected one of telegram, despatch,"
            + " instruction, memorandum, note, letter, circular, minutes, editorial note, paper,"
            + " intelligence estimate, other, memorandum of conversation",
        "volume | ..           | volume: must be 1-100 of A-Z a-z 0-9 _ . - (and not . or ..), got '..'",
        "from   | 1934-13      | from: expected 1934, 1934-05 or 1934-05-17, got '1934-13'",
        "to     | June 1934    | to: expected 1934, 1934-05 or 1934-05-17, got 'June 1934'",
        "to     | 1934-05-01T10:00 | to: expected 1934, 1934-05 or 1934-05-17, got '1934-05-01T10:00'",
        "sort   | random       | sort: expected relevance or date, got 'random'",
        "offset | -1           | offset: must be 0..10000, got '-1'",
        "limit  | 101          | limit: must be 1..100, got '101'",
        "limit  | ten          | limit: must be a whole number, got 'ten'",
        "mode   | semantic     | mode: expected keyword or hybrid, got 'semantic'",
      })
  void namesTheParameterWhatWasExpectedAndTheValue(String name, String value, String message) {
    Parameter p = Parameter.valueOf(name.toUpperCase(java.util.Locale.ROOT));
    Form f =
        new Form(
            p == Parameter.Q ? value : "army",
            p == Parameter.TYPE ? List.of(value) : List.of(),
            p == Parameter.VOLUME ? List.of(value) : List.of(),
            p == Parameter.FROM ? value : "",
            p == Parameter.TO ? value : "",
            p == Parameter.SORT ? value : "",
            p == Parameter.OFFSET ? value : "",
            p == Parameter.LIMIT ? value : "",
            p == Parameter.MODE ? value : "");
    SearchInputException e = assertThrows(SearchInputException.class, () -> parse(f));
    assertEquals(message, e.getMessage());
    assertEquals(p, e.parameter());
  }

  @Test
  void limitsRepeatedValuesAndQuotesLongOnesCut() {
    Form many =
        new Form(
            "",
            List.of("note", "letter", "minutes", "other", "note"),
            List.of(),
            "",
            "",
            "",
            "",
            "",
            "");
    assertEquals(
        "type: at most 4 values, got 5",
        assertThrows(SearchInputException.class, () -> parse(many)).getMessage());
    Form longSort = new Form("", List.of(), List.of(), "", "", "x".repeat(200), "", "", "");
    assertEquals(
        "sort: expected relevance or date, got '" + "x".repeat(77) + "...'",
        assertThrows(SearchInputException.class, () -> parse(longSort)).getMessage());
  }

  @Test
  void anOpenOffsetSaysSo() {
    Form f = new Form("", List.of(), List.of(), "", "", "", "-1", "", "");
    assertEquals(
        "offset: must be 0 or more, got '-1'",
        assertThrows(SearchInputException.class, () -> SearchInput.parse(f, Limits.REQUEST))
            .getMessage());
  }
}
