package org.chancery.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chancery.search.ClauseTerms;
import org.chancery.search.HistorianAnalyzer;
import org.chancery.search.IndexField;
import org.chancery.search.IndexField.Kind;
import org.chancery.search.UserQuery;
import org.chancery.search.UserQuery.Clause;
import org.chancery.search.UserQuery.Group;

/**
 * Translates a {@link UserQuery} into Solr's JSON Query DSL, clause for clause as the Lucene
 * backend translates it, so that both find and score the same documents: text words and phrases go
 * to the {@code field} parser (which analyses them into the same phrase query), prefixes and
 * keywords to the {@code prefix} and {@code term} parsers (no analysis: the terms are computed here
 * by {@link ClauseTerms}). Nothing of the user's text is parsed as Solr syntax.
 */
final class SolrQueries {
  /** Every document. */
  static final String ALL = "*:*";

  private static final Map<String, Object> MATCH_ALL = Map.of("lucene", Map.of("query", ALL));

  private final ClauseTerms terms = new ClauseTerms(new HistorianAnalyzer());

  /**
   * The query for {@code q}, or empty when it matches no document (its words are all stop words):
   * all groups must match, excluded ones must not.
   */
  Optional<Map<String, Object>> toJson(UserQuery q) {
    if (q.isEmpty()) return Optional.of(MATCH_ALL);
    List<Object> must = new ArrayList<>();
    List<Object> mustNot = new ArrayList<>();
    boolean asked = false;
    for (Group g : q.groups()) {
      asked |= !g.excluded();
      group(g).ifPresent(query -> (g.excluded() ? mustNot : must).add(query));
    }
    if (must.isEmpty() && asked) return Optional.empty();
    if (must.isEmpty()) must.add(MATCH_ALL);
    Map<String, Object> bool = new LinkedHashMap<>();
    bool.put("must", must);
    if (!mustNot.isEmpty()) bool.put("must_not", mustNot);
    return Optional.of(Map.of("bool", bool));
  }

  private Optional<Object> group(Group g) {
    List<Object> alternatives = new ArrayList<>();
    for (Clause c : g.clauses()) {
      for (IndexField field : c.field().fields()) clause(field, c).ifPresent(alternatives::add);
    }
    if (alternatives.size() <= 1) return alternatives.stream().findFirst();
    return Optional.of(should(alternatives));
  }

  /** The query for one clause in {@code field}, or empty when its text analyses to nothing. */
  Optional<Object> clause(IndexField field, Clause c) {
    if (field.kind() == Kind.TEXT) return text(field.name(), c);
    String value = ClauseTerms.keyword(c);
    return Optional.of(
        switch (c.match()) {
          case PREFIX -> parser("prefix", field.name(), value);
          case WORD, PHRASE -> parser("term", field.name(), value);
        });
  }

  private Optional<Object> text(String field, Clause c) {
    return switch (c.match()) {
      case WORD, PHRASE -> terms.phrase(field, c.text()).map(q -> parser("field", field, c.text()));
      case PREFIX -> Optional.of(prefix(field, c.text()));
    };
  }

  private Object prefix(String field, String text) {
    Set<String> prefixes = terms.prefixes(field, text);
    if (prefixes.size() == 1) return parser("prefix", field, prefixes.iterator().next());
    return should(prefixes.stream().map(p -> parser("prefix", field, p)).toList());
  }

  /** Any of {@code queries}. */
  static Object should(List<?> queries) {
    return Map.of("bool", Map.of("should", List.copyOf(queries)));
  }

  /** {@code {!parser f=field v=value}} as JSON. */
  static Object parser(String parser, String field, String value) {
    return Map.of(parser, Map.of("f", field, "query", value));
  }
}
