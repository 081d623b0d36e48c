package org.chancery.understand.people;

import java.util.Objects;
import java.util.Optional;

/**
 * A person mentioned in a document's text and identified by the editors: the words identified
 * ({@code The French Ambassador}) at {@code start}..{@code end} of block {@code block}, the
 * footnote that identifies them, the person's name and description as the editors give them, and
 * the person's id: POCOM's where the person is in POCOM, or for a person of the List of Principal
 * Persons whom POCOM does not hold, the Chancery id a sender or recipient tied to that entry gets.
 *
 * <p>The editors identify a person either by a footnote ("Robert Coulondre.") or by tying the name
 * to an entry of the volume's List of Principal Persons; such a mention has {@code footnoteId}
 * {@link #PERSONS_LIST} (empty), and its person is the listed name in reading order.
 */
public record Mention(
    String text,
    String footnoteId,
    String person,
    Optional<String> description,
    Optional<String> personId,
    int block,
    int start,
    int end) {

  /**
   * The {@code footnoteId} of a mention identified by the List of Principal Persons: empty, as no
   * footnote identifies it.
   */
  public static final String PERSONS_LIST = "";

  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(footnoteId, "footnoteId");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(personId, "personId");
    if (start < 0 || end < start)
      throw new IllegalArgumentException("bad span " + start + ".." + end + " for '" + text + "'");
  }

  /** Whether a footnote identifies the person, rather than the List of Principal Persons. */
  public boolean byFootnote() {
    return !footnoteId.equals(PERSONS_LIST);
  }
}
