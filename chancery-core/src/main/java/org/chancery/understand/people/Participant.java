package org.chancery.understand.people;

import java.util.Objects;
import java.util.Optional;

/**
 * One person at a conversation, as the memorandum's participants list prints him ({@code Miss
 * Barbara Salt, Counselor, British Embassy}): the name, the role or affiliation after the comma,
 * the side he sat on ({@code UK Side}), the persons-list id his name is tied to and the person that
 * entry stands for, as a mention of it would have. "The Secretary" is a role without a name.
 */
public record Participant(
    String printed,
    Optional<String> name,
    Optional<String> role,
    Optional<String> side,
    Optional<String> ref,
    Optional<String> person) {
  public Participant {
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(person, "person");
  }

  /** The participant as printed, no person yet identified. */
  Participant(
      String printed,
      Optional<String> name,
      Optional<String> role,
      Optional<String> side,
      Optional<String> ref) {
    this(printed, name, role, side, ref, Optional.empty());
  }

  /** The same participant, identified as {@code person}. */
  public Participant identified(String person) {
    return new Participant(printed, name, role, side, ref, Optional.of(person));
  }
}
