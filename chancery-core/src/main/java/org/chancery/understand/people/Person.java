package org.chancery.understand.people;

import java.util.Objects;
import java.util.Optional;

/**
 * A person in the Office of the Historian's POCOM list, by POCOM id ({@code wilson-hugh-robert}).
 */
public record Person(
    String id,
    String surname,
    String forename,
    Optional<String> genname,
    Optional<String> altname,
    Optional<Integer> birth,
    Optional<Integer> death) {

  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(surname, "surname");
    Objects.requireNonNull(forename, "forename");
    Objects.requireNonNull(genname, "genname");
    Objects.requireNonNull(altname, "altname");
    Objects.requireNonNull(birth, "birth");
    Objects.requireNonNull(death, "death");
  }

  /**
   * The name as usually written: the alternate form if POCOM gives one ({@code Hugh R. Wilson}),
   * else forename and surname.
   */
  public String name() {
    return altname.orElseGet(
        () -> (forename + " " + surname).strip() + genname.map(g -> ", " + g).orElse(""));
  }

  /**
   * Whether the person can have been in office in {@code year}: born at least 18 years before and
   * not yet dead.
   */
  public boolean livedIn(int year) {
    return birth.map(b -> b + 18 <= year).orElse(true) && death.map(d -> year <= d).orElse(true);
  }
}
