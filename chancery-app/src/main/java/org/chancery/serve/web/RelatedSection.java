package org.chancery.serve.web;

import java.util.List;
import java.util.Locale;
import org.chancery.search.RelatedDocument;

/**
 * The "Related documents" section of a document page: documents of any volume close in wording or
 * meaning, each with the rarer words it shares with the page's document and, where the archive
 * holds meanings, how close it is in meaning.
 */
final class RelatedSection {
  /** How many related documents a page lists (the API gives up to {@link Answers#RELATED}). */
  static final int ON_PAGE = 5;

  private RelatedSection() {}

  /** The section listing {@code related}. */
  static Section of(List<RelatedDocument> related) {
    return new Section(
        "related",
        "Related documents",
        related.stream()
            .map(r -> Section.Entry.link(r.hit().title(), "/" + r.hit().key()).note(why(r)))
            .toList());
  }

  private static String why(RelatedDocument r) {
    StringBuilder why = new StringBuilder(r.hit().key());
    if (!r.shared().isEmpty()) why.append(", sharing ").append(String.join(", ", r.shared()));
    r.closeness()
        .ifPresent(
            c -> why.append(", close in meaning ").append(String.format(Locale.ROOT, "%.2f", c)));
    return why.toString();
  }
}
