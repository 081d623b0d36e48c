package org.chancery.search;

import java.util.ArrayList;
import java.util.List;
import org.chancery.model.DocumentType;
import org.chancery.search.UserQuery.Clause;
import org.chancery.search.UserQuery.Group;
import org.chancery.search.UserQuery.Match;

/**
 * Parses the query language for historians into a {@link UserQuery}.
 *
 * <ul>
 *   <li>{@code recognition Soviet}: every word must match (English stemming: {@code treaties} finds
 *       {@code treaty});
 *   <li>{@code "Red Army"}: a phrase;
 *   <li>{@code Chaco OR Paraguay}: either; OR (in capitals) joins the clauses on both sides;
 *   <li>{@code -Bolivia}: leaves out documents that match;
 *   <li>{@code Bolshev*}: words beginning so (at least 2 characters before the {@code *});
 *   <li>a {@link QueryField} name and a colon followed by a word, a {@code "phrase"} or a prefix:
 *       {@code sender:Henderson}, {@code type:telegram}, {@code file:861.*}, {@code serial:131}.
 * </ul>
 *
 * <p>Everything else is text: parentheses, colons after digits ({@code 11:30}) and other
 * punctuation are left to the analyzer, which drops them. Malformed queries throw a {@link
 * QuerySyntaxException} naming the position and the problem.
 */
public final class QueryParser {
  /** The longest query accepted, in characters. */
  public static final int MAX_LENGTH = 500;

  /** The query language in one sentence, for the help, which lists the fields after it. */
  public static final String SYNTAX =
      "Words must all match (English stemming); \"quoted phrases\", OR, -exclusion and prefix*"
          + " too; a field and a colon search one part of a document:";

  private final String q;
  private int pos;

  private QueryParser(String q) {
    this.q = q;
  }

  /** A token: OR, or one clause with its start position and whether it is excluded. */
  private record Token(int start, boolean or, boolean excluded, Clause clause) {}

  /** Parses {@code query}; a blank query is {@link UserQuery#ALL}. */
  public static UserQuery parse(String query) throws QuerySyntaxException {
    if (query.length() > MAX_LENGTH) {
      throw new QuerySyntaxException(
          MAX_LENGTH + 1,
          "query too long: " + query.length() + " characters, at most " + MAX_LENGTH);
    }
    return groups(new QueryParser(query).tokens());
  }

  private List<Token> tokens() throws QuerySyntaxException {
    List<Token> tokens = new ArrayList<>();
    while (skipSpace()) {
      tokens.add(token());
    }
    return tokens;
  }

  private boolean skipSpace() {
    while (pos < q.length() && Character.isWhitespace(q.charAt(pos))) pos++;
    return pos < q.length();
  }

  private Token token() throws QuerySyntaxException {
    int start = pos;
    if (q.startsWith("OR", pos) && endOfWord(pos + 2)) {
      pos += 2;
      return new Token(start, true, false, null);
    }
    boolean excluded = q.charAt(pos) == '-';
    if (excluded) {
      pos++;
      if (endOfWord(pos)) throw error(start, "nothing to exclude after '-'");
    }
    return new Token(start, false, excluded, clause());
  }

  private boolean endOfWord(int at) {
    return at >= q.length() || Character.isWhitespace(q.charAt(at));
  }

  private Clause clause() throws QuerySyntaxException {
    QueryField field = field();
    int start = pos;
    Clause c = q.charAt(pos) == '"' ? new Clause(field, Match.PHRASE, phrase()) : word(field);
    if (field == QueryField.TYPE && c.match() != Match.PREFIX) checkType(start, c.text());
    return c;
  }

  // A name of letters right before a colon is a field, and must be one we know.
  private QueryField field() throws QuerySyntaxException {
    int end = pos;
    while (end < q.length() && Character.isLetter(q.charAt(end))) end++;
    if (end == pos || end >= q.length() || q.charAt(end) != ':') return QueryField.TEXT;
    String name = q.substring(pos, end);
    QueryField field =
        QueryField.named(name)
            .orElseThrow(
                () ->
                    error(pos, "unknown field '" + name + ":'; fields are " + QueryField.names()));
    if (endOfWord(end + 1)) {
      throw error(
          pos, "empty field '" + name + ":': put a word or \"phrase\" right after the colon");
    }
    pos = end + 1;
    return field;
  }

  private String phrase() throws QuerySyntaxException {
    int open = pos;
    int close = q.indexOf('"', open + 1);
    if (close < 0) throw error(open, "no closing quote for the phrase opened here");
    pos = close + 1;
    String text = q.substring(open + 1, close).strip();
    if (text.isEmpty()) throw error(open, "empty phrase \"\"");
    return text;
  }

  private Clause word(QueryField field) throws QuerySyntaxException {
    int start = pos;
    while (!endOfWord(pos) && q.charAt(pos) != '"') pos++;
    String text = q.substring(start, pos);
    if (!text.endsWith("*")) return new Clause(field, Match.WORD, text);
    String prefix = text.replaceFirst("\\*+$", "");
    if (prefix.length() < 2) {
      throw error(
          start, "prefix '" + text + "' is too short: give at least 2 characters before '*'");
    }
    return new Clause(field, Match.PREFIX, prefix);
  }

  private void checkType(int start, String value) throws QuerySyntaxException {
    if (DocumentType.named(value).isEmpty())
      throw error(start, "unknown type '" + value + "'; types are " + DocumentType.labels());
  }

  private static UserQuery groups(List<Token> tokens) throws QuerySyntaxException {
    List<List<Token>> groups = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.or()) {
        checkOr(tokens, i);
        groups.get(groups.size() - 1).add(tokens.get(++i));
      } else {
        groups.add(new ArrayList<>(List.of(t)));
      }
    }
    List<Group> result = new ArrayList<>();
    for (List<Token> g : groups) result.add(group(g));
    return new UserQuery(result);
  }

  private static void checkOr(List<Token> tokens, int i) throws QuerySyntaxException {
    int at = tokens.get(i).start();
    boolean before = i > 0 && !tokens.get(i - 1).or();
    boolean after = i + 1 < tokens.size() && !tokens.get(i + 1).or();
    if (!before || !after) throw error(at, "OR needs a word or phrase on both sides");
  }

  private static Group group(List<Token> tokens) throws QuerySyntaxException {
    if (tokens.size() == 1)
      return new Group(List.of(tokens.get(0).clause()), tokens.get(0).excluded());
    for (Token t : tokens) {
      if (t.excluded()) throw error(t.start(), "'-' cannot exclude inside an OR choice");
    }
    return new Group(tokens.stream().map(Token::clause).toList(), false);
  }

  private static QuerySyntaxException error(int index, String problem) {
    return new QuerySyntaxException(index + 1, problem);
  }
}
