package org.chancery.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A sender or recipient as printed: the role ("Minister in Switzerland"), the name ("Wilson") and
 * the id in the volume's persons list when the encoding gives one.
 */
public record Party(Optional<Role> role, Optional<String> name, Optional<String> ref) {
  public Party {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ref, "ref");
  }

  /** A party with the given role and name (either may be null when not printed) and no ref. */
  public static Party of(String role, String name) {
    return new Party(
        Optional.ofNullable(role).map(Role::of), Optional.ofNullable(name), Optional.empty());
  }

  /** This party with its persons-list id set. */
  public Party withRef(String newRef) {
    return new Party(role, name, Optional.ofNullable(newRef));
  }
}
