package org.chancery.search;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A document close to another in wording or in meaning, and why: the rarer words both share, most
 * telling first, and how close the two are in meaning.
 *
 * @param hit the related document as a result list shows it (its score is its rank's, not
 *     comparable across documents asked about)
 * @param shared words of the asked-about document that this one shares, as printed there
 * @param closeness the dot product of the two documents' meanings, -1 to 1 (1: the same); empty
 *     where either has no stored meaning
 */
public record RelatedDocument(Hit hit, List<String> shared, OptionalDouble closeness) {
  public RelatedDocument {
    Objects.requireNonNull(hit, "hit");
    shared = List.copyOf(shared);
    Objects.requireNonNull(closeness, "closeness");
  }
}
