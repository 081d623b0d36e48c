package org.chancery.model;

import java.util.Objects;

/**
 * An entry of a volume's list of abbreviations and terms that a document uses: the term as listed
 * ({@code NATO}), what it stands for ({@code North Atlantic Treaty Organization}) and the entry's
 * id ({@code t_NATO_1}), which the text's {@code <gloss target="#t_NATO_1">} points at.
 *
 * <p>An entry listing two terms ("ARA or ARA/LA") gives one of these for each, with the same
 * expansion.
 */
public record Abbreviation(String id, String term, String expansion) {
  public Abbreviation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(expansion, "expansion");
    if (id.isEmpty() || term.isEmpty() || expansion.isEmpty())
      throw new IllegalArgumentException(
          "an abbreviation needs an id, a term and an expansion: '" + id + "' '" + term + "'");
  }
}
