package org.chancery.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.chancery.model.DocumentType;
import org.chancery.search.UserQuery.Clause;

/**
 * The terms a {@link Clause} looks for, as the index holds them: the part of translating a query
 * that every backend shares, so that the Lucene and the Solr backend find the same documents.
 * Thread-safe.
 */
public final class ClauseTerms {
  private static final List<String> ENDINGS = List.of("", "e", "s", "ed", "ing", "ion", "ions");

  private final Analyzer analyzer;
  private final QueryBuilder builder;

  /** Terms analysed with {@code analyzer}, the analyzer of the index's text fields. */
  public ClauseTerms(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.builder = new QueryBuilder(analyzer);
  }

  /**
   * The value a clause in a keyword field looks for: type labels and file numbers in lower case.
   */
  public static String keyword(Clause c) {
    return switch (c.field()) {
      case TYPE -> DocumentType.asLabel(c.text());
      case FILE -> c.text().toLowerCase(Locale.ROOT);
      default -> c.text();
    };
  }

  /**
   * The words or phrase {@code text} in the text field {@code field}, as a Lucene query; empty when
   * it analyses to nothing (only stop words, only punctuation). A word that analyses to several
   * tokens ("most-favored", "U.S.") is a phrase.
   */
  public Optional<Query> phrase(String field, String text) {
    return Optional.ofNullable(builder.createPhraseQuery(field, text));
  }

  /**
   * The term prefixes a prefix clause {@code text*} looks for in the text field {@code field}.
   *
   * <p>The index holds stems, and the stem of a word may be shorter than a prefix of it
   * ("negotiations" is held as "negoti", which "negotiat*" does not begin). So the prefix is looked
   * for as typed (normalised), and as the stems of the words it may begin ("negotiate" → "negoti")
   * where such a stem is itself a slightly shorter prefix of what was typed.
   *
   * @return the prefixes, the normalised text first
   */
  public Set<String> prefixes(String field, String text) {
    String raw = analyzer.normalize(field, text).utf8ToString();
    Set<String> prefixes = new LinkedHashSet<>(List.of(raw));
    for (String ending : ENDINGS) {
      stem(field, raw + ending)
          .filter(s -> raw.startsWith(s) && s.length() >= Math.max(2, raw.length() - 3))
          .ifPresent(prefixes::add);
    }
    return prefixes;
  }

  // The single term the analyzer makes of a word, if it makes one.
  private Optional<String> stem(String field, String word) {
    Query q = builder.createBooleanQuery(field, word);
    return q instanceof TermQuery t ? Optional.of(t.getTerm().text()) : Optional.empty();
  }
}
