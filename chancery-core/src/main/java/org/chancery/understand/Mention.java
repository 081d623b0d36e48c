package org.chancery.understand;

import java.util.Objects;
import java.util.Optional;

/**
 * A person mentioned in a document's text and identified by an editors' footnote: the words the
 * footnote explains ({@code The French Ambassador}) at {@code start}..{@code end} of block {@code
 * block}, the footnote, the person's name and description as the footnote gives them, and the
 * POCOM id where the person is in POCOM.
 */
public record Mention(
    String text, String footnoteId, String person, Optional<String> description, Optional<String> personId,
    int block, int start, int end) {

  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(footnoteId, "footnoteId");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(personId, "personId");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end + " for '" + text + "'");
  }
}
