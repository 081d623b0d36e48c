package org.chancery.serve.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.chancery.model.DocumentType;
import org.chancery.search.DateBound;
import org.chancery.search.Facet;
import org.chancery.search.QueryParser;
import org.chancery.search.QuerySyntaxException;
import org.chancery.search.SearchRequest;
import org.chancery.search.UserQuery;

/**
 * The parameters of a search as the page and the API take them, checked: {@code q} (the query
 * syntax of {@code chancery search}), {@code type} and {@code volume} (repeatable), {@code from}
 * and {@code to} ({@code 1934}, {@code 1934-05} or {@code 1934-05-17}; inclusive, a year or month
 * standing for its first day in {@code from} and its last in {@code to}), {@code sort} ({@code
 * relevance} or {@code date}; date when there is no query), {@code offset} and {@code limit}.
 */
record SearchParams(
    String q,
    UserQuery query,
    List<String> types,
    List<String> volumes,
    String from,
    String to,
    Optional<String> sort,
    int offset,
    int limit) {

  /** The longest query accepted, in characters. */
  static final int MAX_QUERY = QueryParser.MAX_LENGTH;

  /** The most hits on one page. */
  static final int MAX_LIMIT = 100;

  /** The furthest a page may start. */
  static final int MAX_OFFSET = 10_000;

  /** The most values of one repeatable filter. */
  static final int MAX_VALUES = 50;

  /** Hits per page unless asked otherwise. */
  static final int DEFAULT_LIMIT = 20;

  /** The facets pages and the API count. */
  static final Set<Facet> FACETS = EnumSet.of(Facet.TYPE, Facet.VOLUME, Facet.YEAR);

  SearchParams {
    types = List.copyOf(types);
    volumes = List.copyOf(volumes);
  }

  /**
   * The search parameters of {@code ctx}.
   *
   * @throws BadRequestResponse naming the parameter, its value and what was expected
   */
  static SearchParams of(Context ctx) {
    String q = ctx.queryParamAsClass("q", String.class).getOrDefault("");
    int offset =
        ctx.queryParamAsClass("offset", Integer.class)
            .check(n -> n == null || n >= 0 && n <= MAX_OFFSET, "must be 0.." + MAX_OFFSET)
            .getOrDefault(0);
    int limit =
        ctx.queryParamAsClass("limit", Integer.class)
            .check(n -> n == null || n >= 1 && n <= MAX_LIMIT, "must be 1.." + MAX_LIMIT)
            .getOrDefault(DEFAULT_LIMIT);
    return new SearchParams(
        q,
        parse(q),
        types(ctx.queryParams("type")),
        volumes(ctx.queryParams("volume")),
        date("from", ctx.queryParam("from")),
        date("to", ctx.queryParam("to")),
        sort(ctx.queryParam("sort")),
        offset,
        limit);
  }

  private static UserQuery parse(String q) {
    if (q.length() > MAX_QUERY)
      throw new BadRequestResponse("q: at most " + MAX_QUERY + " characters, got " + q.length());
    try {
      return QueryParser.parse(q);
    } catch (QuerySyntaxException e) {
      throw new BadRequestResponse("q: " + e.getMessage());
    }
  }

  private static List<String> types(List<String> values) {
    for (String t : distinct("type", values)) {
      try {
        DocumentType.ofLabel(t);
      } catch (IllegalArgumentException e) {
        throw new BadRequestResponse(
            "type: unknown type '" + Text.clip(t) + "', expected one of " + typeLabels());
      }
    }
    return distinct("type", values);
  }

  private static String typeLabels() {
    return EnumSet.allOf(DocumentType.class).stream()
        .map(DocumentType::label)
        .collect(Collectors.joining(", "));
  }

  private static List<String> volumes(List<String> values) {
    for (String v : values) PathParams.check("volume", v);
    return distinct("volume", values);
  }

  private static List<String> distinct(String name, List<String> values) {
    if (values.size() > MAX_VALUES)
      throw new BadRequestResponse(
          name + ": at most " + MAX_VALUES + " values, got " + values.size());
    return List.copyOf(new LinkedHashSet<>(values.stream().filter(v -> !v.isBlank()).toList()));
  }

  private static String date(String name, String value) {
    if (value == null || value.isBlank()) return "";
    try {
      day(value.strip(), false);
      return value.strip();
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new BadRequestResponse(
          name + ": expected 1934, 1934-05 or 1934-05-17, got '" + Text.clip(value) + "'");
    }
  }

  // A year, month or day: its first day, or its last when end is set.
  private static LocalDate day(String s, boolean end) {
    return end ? DateBound.to(s) : DateBound.from(s);
  }

  private static Optional<String> sort(String value) {
    if (value == null || value.isBlank()) return Optional.empty();
    String s = value.strip().toLowerCase(Locale.ROOT);
    if (!s.equals("relevance") && !s.equals("date")) {
      throw new BadRequestResponse(
          "sort: expected relevance or date, got '" + Text.clip(value) + "'");
    }
    return Optional.of(s);
  }

  /** The sort in effect: as asked, else relevance for a query and date for browsing. */
  SearchRequest.Sort effectiveSort() {
    return sort.map(s -> SearchRequest.Sort.valueOf(s.toUpperCase(Locale.ROOT)))
        .orElse(query.isEmpty() ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE);
  }

  /** The search request these parameters ask for. */
  SearchRequest request() {
    Set<DocumentType> t = types.stream().map(DocumentType::ofLabel).collect(Collectors.toSet());
    return SearchRequest.of(query)
        .dates(from.isEmpty() ? null : day(from, false), to.isEmpty() ? null : day(to, true))
        .types(t)
        .volumes(Set.copyOf(volumes))
        .sort(effectiveSort())
        .page(offset, limit)
        .facets(FACETS);
  }

  /** Whether any filter narrows the search. */
  boolean filtered() {
    return !types.isEmpty() || !volumes.isEmpty() || !from.isEmpty() || !to.isEmpty();
  }

  /** These parameters at another offset. */
  SearchParams at(int newOffset) {
    return new SearchParams(q, query, types, volumes, from, to, sort, newOffset, limit);
  }

  /**
   * These parameters narrowed to documents with {@code value} of facet {@code f}, from the first
   * page.
   */
  SearchParams narrow(Facet f, String value) {
    return switch (f) {
      case TYPE ->
          new SearchParams(q, query, plus(types, value), volumes, from, to, sort, 0, limit);
      case VOLUME ->
          new SearchParams(q, query, types, plus(volumes, value), from, to, sort, 0, limit);
      case YEAR -> new SearchParams(q, query, types, volumes, value, value, sort, 0, limit);
      default -> throw new IllegalArgumentException("no filter for facet " + f);
    };
  }

  /** These parameters without the filter {@code value} of facet {@code f}, from the first page. */
  SearchParams widen(Facet f, String value) {
    return switch (f) {
      case TYPE ->
          new SearchParams(q, query, minus(types, value), volumes, from, to, sort, 0, limit);
      case VOLUME ->
          new SearchParams(q, query, types, minus(volumes, value), from, to, sort, 0, limit);
      case YEAR -> new SearchParams(q, query, types, volumes, "", "", sort, 0, limit);
      default -> throw new IllegalArgumentException("no filter for facet " + f);
    };
  }

  /** Whether facet {@code f}'s {@code value} is one of the filters. */
  boolean selected(Facet f, String value) {
    return switch (f) {
      case TYPE -> types.contains(value);
      case VOLUME -> volumes.contains(value);
      case YEAR -> from.equals(value) && to.equals(value);
      default -> false;
    };
  }

  /** These parameters sorted by {@code s}, from the first page. */
  SearchParams sortedBy(String s) {
    return new SearchParams(q, query, types, volumes, from, to, Optional.of(s), 0, limit);
  }

  private static List<String> plus(List<String> list, String v) {
    List<String> l = new ArrayList<>(list);
    if (!l.contains(v)) l.add(v);
    return l;
  }

  private static List<String> minus(List<String> list, String v) {
    return list.stream().filter(x -> !x.equals(v)).toList();
  }

  /** The address of the search page for these parameters: {@code /search?q=...}. */
  String href() {
    StringJoiner j = new StringJoiner("&", "/search?", "");
    j.add("q=" + enc(q));
    types.forEach(t -> j.add("type=" + enc(t)));
    volumes.forEach(v -> j.add("volume=" + enc(v)));
    if (!from.isEmpty()) j.add("from=" + enc(from));
    if (!to.isEmpty()) j.add("to=" + enc(to));
    sort.ifPresent(s -> j.add("sort=" + s));
    if (offset > 0) j.add("offset=" + offset);
    if (limit != DEFAULT_LIMIT) j.add("limit=" + limit);
    return j.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
