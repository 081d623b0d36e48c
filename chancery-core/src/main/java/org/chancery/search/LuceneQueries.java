package org.chancery.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.chancery.search.IndexField.Kind;
import org.chancery.search.UserQuery.Clause;
import org.chancery.search.UserQuery.Group;

/**
 * Translates a {@link UserQuery} into a Lucene query. Text is analysed with the index's analyzer;
 * keyword values are lower-cased where the index lower-cases them. A clause that analyses to
 * nothing (only stop words, only punctuation) is dropped.
 */
final class LuceneQueries {
  private final ClauseTerms terms;

  LuceneQueries(Analyzer analyzer) {
    this.terms = new ClauseTerms(analyzer);
  }

  /**
   * The query for {@code q}: all groups must match, excluded ones must not. A query of exclusions
   * only leaves them out of every document; a query whose words are all stop words matches none.
   */
  Query toLucene(UserQuery q) {
    if (q.isEmpty()) return new MatchAllDocsQuery();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean positive = false;
    boolean asked = false;
    for (Group g : q.groups()) {
      Optional<Query> group = group(g);
      asked |= !g.excluded();
      if (group.isEmpty()) continue;
      b.add(group.get(), g.excluded() ? Occur.MUST_NOT : Occur.MUST);
      positive |= !g.excluded();
    }
    if (!positive && asked) return new MatchNoDocsQuery("only stop words");
    if (!positive) b.add(new MatchAllDocsQuery(), Occur.MUST);
    return b.build();
  }

  private Optional<Query> group(Group g) {
    List<Query> alternatives = new ArrayList<>();
    for (Clause c : g.clauses()) {
      for (IndexField field : c.field().fields()) clause(field, c).ifPresent(alternatives::add);
    }
    if (alternatives.size() <= 1) return alternatives.stream().findFirst();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    alternatives.forEach(a -> b.add(a, Occur.SHOULD));
    return Optional.of(b.build());
  }

  /** The query for one clause in {@code field}, or empty when its text analyses to nothing. */
  Optional<Query> clause(IndexField field, Clause c) {
    if (field.kind() == Kind.TEXT) return text(field.name(), c);
    String value = ClauseTerms.keyword(c);
    return Optional.of(
        switch (c.match()) {
          case PREFIX -> new PrefixQuery(new Term(field.name(), value));
          case WORD, PHRASE -> new TermQuery(new Term(field.name(), value));
        });
  }

  // A word that analyses to several tokens ("most-favored", "U.S.") is matched as a phrase.
  private Optional<Query> text(String field, Clause c) {
    return switch (c.match()) {
      case WORD, PHRASE -> terms.phrase(field, c.text());
      case PREFIX -> Optional.of(prefix(field, c.text()));
    };
  }

  // See ClauseTerms#prefixes: the prefix as typed, and the stems it may stand for.
  private Query prefix(String field, String text) {
    Set<String> prefixes = terms.prefixes(field, text);
    if (prefixes.size() == 1) return new PrefixQuery(new Term(field, prefixes.iterator().next()));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    prefixes.forEach(p -> b.add(new PrefixQuery(new Term(field, p)), Occur.SHOULD));
    return b.build();
  }
}
