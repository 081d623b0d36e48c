package org.chancery.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A personal name in a block's text that the editors tie to an entry of a List of Principal Persons
 * ({@code <persName corresp="#p_SJF1">John F. Stevens</persName>}): the name spans {@code
 * offset}..{@code end} of the text.
 *
 * <p>{@code ref} is the entry's id as the source gives it, without a leading {@code #}: {@code
 * p_SJF1}, or {@code frus1917Supp02v01#p_BAJ1} for an entry in another volume. {@code listed} is
 * the name as the list prints it ({@code Stevens, John F.}) and {@code description} what follows it
 * ({@code chairman of the Advisory Commission of Railway Experts to Russia}), both copied in so
 * that a document stands on its own; they are absent where the list is not in the volume read.
 */
public record PersonName(
    int offset, int end, String ref, Optional<String> listed, Optional<String> description)
    implements Anchor {

  public PersonName {
    if (offset < 0 || end <= offset)
      throw new IllegalArgumentException("bad span " + offset + ".." + end + " for '" + ref + "'");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(listed, "listed");
    Objects.requireNonNull(description, "description");
    if (ref.isEmpty()) throw new IllegalArgumentException("ref must not be empty");
    if (listed.isEmpty() && description.isPresent()) {
      throw new IllegalArgumentException("a description without a listed name for '" + ref + "'");
    }
  }
}
