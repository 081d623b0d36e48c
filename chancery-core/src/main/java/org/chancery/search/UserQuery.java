package org.chancery.search;

import java.util.List;
import java.util.Objects;

/**
 * A query as a historian wrote it, parsed: groups that must all match (or, when excluded, must
 * not), each group a choice of clauses joined by OR. Backends translate it into their own queries;
 * nothing of the user's text reaches a backend's query syntax.
 */
public record UserQuery(List<Group> groups) {
  /** The empty query: every document matches (filters still apply). */
  public static final UserQuery ALL = new UserQuery(List.of());

  public UserQuery {
    groups = List.copyOf(groups);
  }

  /** Whether the query asks for nothing in particular. */
  public boolean isEmpty() {
    return groups.isEmpty();
  }

  /**
   * What the query is about, for a search by meaning: the words of each group that asks for text
   * only and is not excluded, as typed, in order ({@code "Chaco truce sender:Hull"} gives {@code
   * "Chaco truce"}).
   */
  public String words() {
    StringBuilder out = new StringBuilder();
    for (Group g : groups) {
      if (!isWords(g)) continue;
      for (Clause c : g.clauses()) {
        if (out.length() > 0) out.append(' ');
        out.append(c.text());
      }
    }
    return out.toString();
  }

  /**
   * This query without the groups {@link #words} takes: its fields and exclusions, which every
   * document found by meaning must meet too.
   */
  public UserQuery conditions() {
    return new UserQuery(groups.stream().filter(g -> !isWords(g)).toList());
  }

  private static boolean isWords(Group g) {
    return !g.excluded() && g.clauses().stream().allMatch(c -> c.field() == QueryField.TEXT);
  }

  /**
   * One or more clauses joined by OR; {@code excluded} means documents matching it are left out.
   */
  public record Group(List<Clause> clauses, boolean excluded) {
    public Group {
      clauses = List.copyOf(clauses);
      if (clauses.isEmpty()) throw new IllegalArgumentException("a group needs a clause");
    }
  }

  /** How a clause's text matches. */
  public enum Match {
    /** A word (or, in a keyword field, a value). */
    WORD,
    /** Words in this order: {@code "Red Army"}. */
    PHRASE,
    /** Words beginning with the text: {@code Bolshev*}. */
    PREFIX
  }

  /** One thing to look for: text in a field, matched as a word, phrase or prefix. */
  public record Clause(QueryField field, Match match, String text) {
    public Clause {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(match, "match");
      Objects.requireNonNull(text, "text");
    }
  }
}
