package org.chancery.serve.web;

import java.util.List;
import java.util.Locale;
import org.chancery.search.RelatedDocument;

/**
 * The sections of a document page that list documents of any volume related to it: close in
 * wording, and, where the archive holds meanings, close in meaning; each with the rarer words it
 * shares with the page's document and how close it is in meaning. Two lists, not one fused: on the
 * editor-resolved references, words alone find the cited document more often than the fused ranking
 * (README, "Finding by meaning").
 */
final class RelatedSection {
  /** How many related documents a page lists (the API gives up to {@link Answers#RELATED}). */
  static final int ON_PAGE = 5;

  private RelatedSection() {}

  /** The section listing documents {@code related} by wording. */
  static Section byWords(List<RelatedDocument> related) {
    return of("related", "Related documents", related);
  }

  /** The section listing documents {@code related} by meaning. */
  static Section byMeaning(List<RelatedDocument> related) {
    return of("related-meaning", "Close in meaning", related);
  }

  private static Section of(String id, String title, List<RelatedDocument> related) {
    return new Section(
        id,
        title,
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
