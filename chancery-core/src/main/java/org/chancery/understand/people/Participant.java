package org.chancery.understand.people;

import java.util.Objects;
import java.util.Optional;

/**
 * One person at a conversation, as the memorandum's participants list prints him ({@code Miss
 * Barbara Salt, Counselor, British Embassy}): the name, the role or affiliation after the comma,
 * the side he sat on ({@code UK Side}) and the persons-list id his name is tied to. "The Secretary"
 * is a role without a name.
 */
public record Participant(
    String printed,
    Optional<String> name,
    Optional<String> role,
    Optional<String> side,
    Optional<String> ref) {
  public Participant {
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(ref, "ref");
  }
}
