package org.chancery.serve.web;

import java.util.List;
import org.chancery.search.RelatedDocument;

/**
 * The "Related documents" section of a document page: documents of any volume close in wording,
 * each with the rarer words it shares with the page's document.
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
            .map(
                r ->
                    Section.Entry.link(r.hit().title(), "/" + r.hit().key())
                        .note(r.hit().key() + ", sharing " + String.join(", ", r.shared())))
            .toList());
  }
}
