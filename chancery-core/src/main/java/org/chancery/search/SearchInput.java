package org.chancery.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chancery.model.DocumentDate;
import org.chancery.model.DocumentType;

/**
 * A search as a person asks for it, understood: the one reading of search input, for {@code
 * chancery search}, the search page and the JSON API alike. {@link #parse} reads the {@link
 * Parameter parameters} as typed; {@link #request()} is the search they ask for.
 *
 * <ul>
 *   <li>{@code q}: the query ({@link QueryParser}); blank for every document;
 *   <li>{@code type}: a document type, in any case, a space, '-' or '_' between words ({@link
 *       DocumentType#named}); repeatable, any of them;
 *   <li>{@code volume}: a volume id; repeatable, any of them;
 *   <li>{@code from}, {@code to}: {@code 1934}, {@code 1934-05} or {@code 1934-05-17} ({@link
 *       DocumentDate#parse}), inclusive: a year or month stands for its first day in {@code from}
 *       and its last in {@code to};
 *   <li>{@code sort}: {@code relevance} or {@code date}; unless given, relevance for a query and
 *       date for browsing;
 *   <li>{@code offset}, {@code limit}: the page of hits, within the asker's {@link Limits};
 *   <li>{@code mode}: {@code keyword} (the default) or {@code hybrid}, words and meaning fused
 *       ({@link SearchRequest.Mode}).
 * </ul>
 *
 * @param text the query as typed
 * @param query the query parsed
 * @param types only documents of these types (empty: any)
 * @param volumes only documents of these volumes (empty: any)
 * @param from the earliest date, from its first day
 * @param to the latest date, to its last day
 * @param sort the order asked for, if any
 * @param offset how many hits to skip
 * @param limit how many hits to show
 * @param mode by words alone, or by words and meaning
 */
public record SearchInput(
    String text,
    UserQuery query,
    List<DocumentType> types,
    List<String> volumes,
    Optional<DocumentDate> from,
    Optional<DocumentDate> to,
    Optional<SearchRequest.Sort> sort,
    int offset,
    int limit,
    SearchRequest.Mode mode) {

  /** Hits on a page unless asked otherwise. */
  public static final int DEFAULT_LIMIT = 20;

  private static final Pattern VOLUME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
  private static final String DATES = "expected 1934, 1934-05 or 1934-05-17";

  /** The parameters of a search, by the names the page and the API give them. */
  public enum Parameter {
    Q,
    TYPE,
    VOLUME,
    FROM,
    TO,
    SORT,
    OFFSET,
    LIMIT,
    MODE;

    /**
     * The name: {@code q}, {@code type}, ... ({@code chancery search} has an option of each but q).
     */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The parameters as typed, each a string; a blank one is not given.
   *
   * @param types the values of the repeatable {@code type}
   * @param volumes the values of the repeatable {@code volume}
   */
  public record Form(
      String q,
      List<String> types,
      List<String> volumes,
      String from,
      String to,
      String sort,
      String offset,
      String limit,
      String mode) {
    public Form {
      types = List.copyOf(types);
      volumes = List.copyOf(volumes);
      Stream.of(q, from, to, sort, offset, limit, mode)
          .forEach(Objects::requireNonNull); // absent: ""
    }
  }

  /**
   * What one asker allows: a page of {@code minLimit} to {@code maxLimit} hits, starting at most at
   * {@code maxOffset}, and at most {@code maxValues} values of a repeatable parameter.
   */
  public record Limits(int minLimit, int maxLimit, int maxOffset, int maxValues) {
    /** What a {@link SearchRequest} allows: 0 to 1000 hits from anywhere, any number of values. */
    public static final Limits REQUEST =
        new Limits(0, SearchRequest.MAX_LIMIT, Integer.MAX_VALUE, Integer.MAX_VALUE);

    public Limits {
      if (minLimit < 0 || minLimit > maxLimit || maxLimit > SearchRequest.MAX_LIMIT)
        throw new IllegalArgumentException(
            "limits must be 0 <= min <= max <= "
                + SearchRequest.MAX_LIMIT
                + ": "
                + minLimit
                + ", "
                + maxLimit);
      if (maxOffset < 0 || maxValues < 1)
        throw new IllegalArgumentException(
            "maxOffset must not be negative, maxValues positive: " + maxOffset + ", " + maxValues);
    }
  }

  public SearchInput {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(query, "query");
    types = List.copyOf(types);
    volumes = List.copyOf(volumes);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(mode, "mode");
    if (from.or(() -> to).filter(d -> d.precision() == DocumentDate.Precision.MINUTE).isPresent())
      throw new IllegalArgumentException("a date bound is a year, a month or a day: " + from + to);
    if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
    if (limit < 0 || limit > SearchRequest.MAX_LIMIT)
      throw new IllegalArgumentException(
          "limit must be 0.." + SearchRequest.MAX_LIMIT + ": " + limit);
  }

  /**
   * Reads {@code form} within {@code limits}.
   *
   * @throws SearchInputException naming the first parameter that cannot be understood, what was
   *     expected and the value given
   */
  public static SearchInput parse(Form form, Limits limits) throws SearchInputException {
    return new SearchInput(
        form.q(),
        query(form.q()),
        values(Parameter.TYPE, form.types(), limits, SearchInput::type),
        values(Parameter.VOLUME, form.volumes(), limits, SearchInput::volume),
        date(Parameter.FROM, form.from()),
        date(Parameter.TO, form.to()),
        sort(form.sort()),
        number(Parameter.OFFSET, form.offset(), 0, 0, limits.maxOffset()),
        number(Parameter.LIMIT, form.limit(), DEFAULT_LIMIT, limits.minLimit(), limits.maxLimit()),
        mode(form.mode()));
  }

  private static UserQuery query(String q) throws SearchInputException {
    try {
      return QueryParser.parse(q);
    } catch (QuerySyntaxException e) {
      throw new SearchInputException(Parameter.Q, e.getMessage());
    }
  }

  /** Reads one value of a parameter. */
  @FunctionalInterface
  private interface Reader<T> {
    T read(String value) throws SearchInputException;
  }

  // The distinct values given, in order, blank ones left out.
  private static <T> List<T> values(Parameter p, List<String> given, Limits limits, Reader<T> r)
      throws SearchInputException {
    if (given.size() > limits.maxValues())
      throw new SearchInputException(
          p, "at most " + limits.maxValues() + " values, got " + given.size());
    Set<T> values = new LinkedHashSet<>();
    for (String v : given) {
      if (!v.isBlank()) values.add(r.read(v));
    }
    return new ArrayList<>(values);
  }

  private static DocumentType type(String value) throws SearchInputException {
    return DocumentType.named(value)
        .orElseThrow(
            () ->
                new SearchInputException(
                    Parameter.TYPE,
                    "unknown type "
                        + SearchInputException.quoted(value)
                        + ", expected one of "
                        + DocumentType.labels()));
  }

  private static String volume(String value) throws SearchInputException {
    if (!isVolumeId(value))
      throw new SearchInputException(
          Parameter.VOLUME,
          "must be 1-100 of A-Z a-z 0-9 _ . - (and not . or ..), got "
              + SearchInputException.quoted(value));
    return value;
  }

  /** Whether {@code s} may be a volume's id: 1-100 of A-Z a-z 0-9 _ . -, and not . or .. . */
  public static boolean isVolumeId(String s) {
    return VOLUME.matcher(s).matches() && !s.equals(".") && !s.equals("..");
  }

  private static Optional<DocumentDate> date(Parameter p, String value)
      throws SearchInputException {
    if (value.isBlank()) return Optional.empty();
    try {
      DocumentDate d = DocumentDate.parse(value);
      if (d.precision() != DocumentDate.Precision.MINUTE) return Optional.of(d);
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new SearchInputException(p, DATES + ", got " + SearchInputException.quoted(value));
  }

  private static Optional<SearchRequest.Sort> sort(String value) throws SearchInputException {
    if (value.isBlank()) return Optional.empty();
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "relevance" -> Optional.of(SearchRequest.Sort.RELEVANCE);
      case "date" -> Optional.of(SearchRequest.Sort.DATE);
      default ->
          throw new SearchInputException(
              Parameter.SORT,
              "expected relevance or date, got " + SearchInputException.quoted(value));
    };
  }

  private static SearchRequest.Mode mode(String value) throws SearchInputException {
    if (value.isBlank()) return SearchRequest.Mode.KEYWORD;
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "keyword" -> SearchRequest.Mode.KEYWORD;
      case "hybrid" -> SearchRequest.Mode.HYBRID;
      default ->
          throw new SearchInputException(
              Parameter.MODE,
              "expected keyword or hybrid, got " + SearchInputException.quoted(value));
    };
  }

  private static int number(Parameter p, String value, int absent, int min, int max)
      throws SearchInputException {
    if (value.isBlank()) return absent;
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new SearchInputException(
          p, "must be a whole number, got " + SearchInputException.quoted(value));
    }
    if (n < min || n > max) {
      String range = max == Integer.MAX_VALUE ? min + " or more" : min + ".." + max;
      throw new SearchInputException(
          p, "must be " + range + ", got " + SearchInputException.quoted(value));
    }
    return n;
  }

  /** The order in effect: as asked, else relevance for a query and date for browsing. */
  public SearchRequest.Sort sortInEffect() {
    return sort.orElse(query.isEmpty() ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE);
  }

  /** The search asked for, with snippets and every facet. */
  public SearchRequest request() {
    return SearchRequest.of(query)
        .dates(from.map(DocumentDate::day), to.map(DocumentDate::lastDay))
        .types(Set.copyOf(types))
        .volumes(Set.copyOf(volumes))
        .sort(sortInEffect())
        .page(offset, limit)
        .mode(mode);
  }

  /** This input from hit {@code newOffset}. */
  public SearchInput page(int newOffset) {
    return new SearchInput(text, query, types, volumes, from, to, sort, newOffset, limit, mode);
  }

  /** This input for documents of these types, from the first hit. */
  public SearchInput types(List<DocumentType> newTypes) {
    return new SearchInput(text, query, newTypes, volumes, from, to, sort, 0, limit, mode);
  }

  /** This input for documents of these volumes, from the first hit. */
  public SearchInput volumes(List<String> newVolumes) {
    return new SearchInput(text, query, types, newVolumes, from, to, sort, 0, limit, mode);
  }

  /** This input for documents of these dates, from the first hit. */
  public SearchInput dates(Optional<DocumentDate> newFrom, Optional<DocumentDate> newTo) {
    return new SearchInput(text, query, types, volumes, newFrom, newTo, sort, 0, limit, mode);
  }
}
