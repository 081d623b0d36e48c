package org.chancery.search;

/**
 * Thrown when a query cannot be understood. The message names the position (1-based, in characters)
 * and what was wrong: {@code at 7: no closing quote for the phrase opened here}.
 */
public final class QuerySyntaxException extends Exception {
  private final int position;
  private final String problem;

  public QuerySyntaxException(int position, String problem) {
    super("at " + position + ": " + problem);
    this.position = position;
    this.problem = problem;
  }

  /** Where the problem is: the 1-based character position in the query. */
  public int position() {
    return position;
  }

  /** What was wrong, without the position. */
  public String problem() {
    return problem;
  }
}
