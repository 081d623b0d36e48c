package org.chancery.serve.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.chancery.model.DocumentDate;
import org.chancery.model.DocumentType;
import org.chancery.search.Facet;
import org.chancery.search.SearchInput;
import org.chancery.search.SearchInputException;
import org.chancery.search.SearchRequest;

/**
 * The parameters of a search as the page and the API take them ({@link SearchInput} reads them),
 * with the addresses of the same search narrowed, widened or at another page.
 */
record SearchParams(SearchInput input) {

  /** The most hits on one page. */
  static final int MAX_LIMIT = 100;

  /** The furthest a page may start. */
  static final int MAX_OFFSET = 10_000;

  /** The most values of one repeatable filter. */
  static final int MAX_VALUES = 50;

  /** What the page and the API allow. */
  static final SearchInput.Limits LIMITS =
      new SearchInput.Limits(1, MAX_LIMIT, MAX_OFFSET, MAX_VALUES);

  /** The facets pages and the API count. */
  static final Set<Facet> FACETS =
      EnumSet.of(
          Facet.TYPE,
          Facet.VOLUME,
          Facet.YEAR,
          Facet.CLASSIFICATION,
          Facet.PRECEDENCE,
          Facet.ARCHIVE,
          Facet.PARTICIPANT);

  SearchParams {
    Objects.requireNonNull(input, "input");
  }

  /**
   * The search parameters of {@code ctx}.
   *
   * @throws BadRequestResponse naming the parameter, its value and what was expected
   */
  static SearchParams of(Context ctx) {
    try {
      return new SearchParams(SearchInput.parse(form(ctx), LIMITS));
    } catch (SearchInputException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }

  /**
   * The parameters of {@code ctx}, checked against what {@code library} can search.
   *
   * @throws BadRequestResponse naming the parameter that cannot be understood or served
   */
  static SearchParams of(Context ctx, Library library) throws IOException {
    SearchParams p = of(ctx);
    try {
      library.check(p.input());
    } catch (SearchInputException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    return p;
  }

  /** Whether meaning is searched as well as words. */
  boolean hybrid() {
    return input.mode() == SearchRequest.Mode.HYBRID;
  }

  /** The parameters of {@code ctx} as typed. */
  static SearchInput.Form form(Context ctx) {
    return new SearchInput.Form(
        param(ctx, SearchInput.Parameter.Q),
        ctx.queryParams(SearchInput.Parameter.TYPE.key()),
        ctx.queryParams(SearchInput.Parameter.VOLUME.key()),
        param(ctx, SearchInput.Parameter.FROM),
        param(ctx, SearchInput.Parameter.TO),
        param(ctx, SearchInput.Parameter.SORT),
        param(ctx, SearchInput.Parameter.OFFSET),
        param(ctx, SearchInput.Parameter.LIMIT),
        param(ctx, SearchInput.Parameter.MODE));
  }

  private static String param(Context ctx, SearchInput.Parameter p) {
    return Objects.requireNonNullElse(ctx.queryParam(p.key()), "");
  }

  /** The query as typed. */
  String q() {
    return input.text();
  }

  /** The types filtered on, as labels. */
  List<String> types() {
    return input.types().stream().map(DocumentType::label).toList();
  }

  /** The volumes filtered on. */
  List<String> volumes() {
    return input.volumes();
  }

  /** The earliest date as given ({@code 1934-05}), or "". */
  String from() {
    return input.from().map(DocumentDate::iso).orElse("");
  }

  /** The latest date as given, or "". */
  String to() {
    return input.to().map(DocumentDate::iso).orElse("");
  }

  int offset() {
    return input.offset();
  }

  int limit() {
    return input.limit();
  }

  /** The sort in effect: as asked, else relevance for a query and date for browsing. */
  SearchRequest.Sort effectiveSort() {
    return input.sortInEffect();
  }

  /** The search request these parameters ask for. */
  SearchRequest request() {
    return input.request().facets(FACETS);
  }

  /** These parameters at another offset. */
  SearchParams at(int newOffset) {
    return new SearchParams(input.page(newOffset));
  }

  /**
   * These parameters narrowed to documents with {@code value} of facet {@code f}, from the first
   * page.
   */
  SearchParams narrow(Facet f, String value) {
    return switch (f) {
      case TYPE -> new SearchParams(input.types(plus(input.types(), type(value))));
      case VOLUME -> new SearchParams(input.volumes(plus(input.volumes(), value)));
      case YEAR -> {
        Optional<DocumentDate> year = Optional.of(DocumentDate.parse(value));
        yield new SearchParams(input.dates(year, year));
      }
      default -> withQuery((q() + " " + clause(f, value)).strip());
    };
  }

  // A facet without a filter of its own narrows the query: classification:"secret".
  private static String clause(Facet f, String value) {
    return f.field().name() + ":\"" + value.replace("\"", "") + "\"";
  }

  private SearchParams withQuery(String q) {
    SearchInput.Form form =
        new SearchInput.Form(
            q,
            types(),
            volumes(),
            from(),
            to(),
            input.sort().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(""),
            "",
            String.valueOf(limit()),
            input.mode().name().toLowerCase(Locale.ROOT));
    try {
      return new SearchParams(SearchInput.parse(form, LIMITS));
    } catch (SearchInputException e) {
      throw new IllegalStateException("a facet's clause made a bad query: " + q, e);
    }
  }

  /** These parameters without the filter {@code value} of facet {@code f}, from the first page. */
  SearchParams widen(Facet f, String value) {
    return switch (f) {
      case TYPE -> new SearchParams(input.types(minus(input.types(), type(value))));
      case VOLUME -> new SearchParams(input.volumes(minus(input.volumes(), value)));
      case YEAR -> new SearchParams(input.dates(Optional.empty(), Optional.empty()));
      default -> withQuery(q().replace(clause(f, value), "").strip().replaceAll("\\s+", " "));
    };
  }

  /** Whether facet {@code f}'s {@code value} is one of the filters. */
  boolean selected(Facet f, String value) {
    return switch (f) {
      case TYPE -> types().contains(value);
      case VOLUME -> volumes().contains(value);
      case YEAR -> from().equals(value) && to().equals(value);
      default -> q().contains(clause(f, value));
    };
  }

  // A type facet's value is a type's label.
  private static DocumentType type(String label) {
    return DocumentType.named(label)
        .orElseThrow(() -> new IllegalArgumentException("not a type's label: " + label));
  }

  private static <T> List<T> plus(List<T> list, T v) {
    List<T> l = new ArrayList<>(list);
    if (!l.contains(v)) l.add(v);
    return l;
  }

  private static <T> List<T> minus(List<T> list, T v) {
    return list.stream().filter(x -> !x.equals(v)).toList();
  }

  /** The address of the search page for these parameters: {@code /search?q=...}. */
  String href() {
    StringJoiner j = new StringJoiner("&", "/search?", "");
    j.add("q=" + enc(q()));
    types().forEach(t -> j.add("type=" + enc(t)));
    volumes().forEach(v -> j.add("volume=" + enc(v)));
    if (!from().isEmpty()) j.add("from=" + enc(from()));
    if (!to().isEmpty()) j.add("to=" + enc(to()));
    input.sort().ifPresent(s -> j.add("sort=" + s.name().toLowerCase(Locale.ROOT)));
    if (offset() > 0) j.add("offset=" + offset());
    if (limit() != SearchInput.DEFAULT_LIMIT) j.add("limit=" + limit());
    if (hybrid()) j.add("mode=hybrid");
    return j.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
