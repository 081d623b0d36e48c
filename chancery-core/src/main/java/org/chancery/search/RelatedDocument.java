package org.chancery.search;

import java.util.List;
import java.util.Objects;

/**
 * A document close in wording to another, and why: the rarer words both share, most telling first.
 *
 * @param hit the related document as a result list shows it (its score is the likeness, not
 *     comparable across documents asked about)
 * @param shared words of the asked-about document that this one shares, as printed there
 */
public record RelatedDocument(Hit hit, List<String> shared) {
  public RelatedDocument {
    Objects.requireNonNull(hit, "hit");
    shared = List.copyOf(shared);
  }
}
