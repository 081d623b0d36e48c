package org.chancery.search;

import java.util.Objects;

/**
 * Thrown when a parameter of a search cannot be understood. The message names the parameter, what
 * was expected and the value given: {@code sort: expected relevance or date, got 'random'}.
 */
public final class SearchInputException extends Exception {
  private static final int QUOTED = 80;

  private final SearchInput.Parameter parameter;
  private final String problem;

  public SearchInputException(SearchInput.Parameter parameter, String problem) {
    super(parameter.key() + ": " + problem);
    this.parameter = Objects.requireNonNull(parameter, "parameter");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** The parameter that was wrong. */
  public SearchInput.Parameter parameter() {
    return parameter;
  }

  /** What was wrong, without the parameter's name. */
  public String problem() {
    return problem;
  }

  /** {@code value} in quotes for a message, cut to 80 characters. */
  static String quoted(String value) {
    return "'" + (value.length() <= QUOTED ? value : value.substring(0, QUOTED - 3) + "...") + "'";
  }
}
