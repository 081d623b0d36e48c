package org.chancery.understand.people;

import java.util.Objects;
import java.util.Optional;

/**
 * A person: one in the Office of the Historian's POCOM list, by POCOM id ({@code
 * wilson-hugh-robert}), or one the volumes name outside it, by a Chancery id made from the evidence
 * that names them ({@code chancery-french-ambassador-jusserand}; see {@link OutsidePocom}).
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

  /** The prefix of a Chancery id, which no POCOM id has. */
  public static final String CHANCERY = "chancery-";

  /** A person outside POCOM with a Chancery id, known by the name as printed. */
  static Person outsidePocom(String id, String surname, String forename) {
    return new Person(
        id,
        surname,
        forename,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** Whether the person is in POCOM, rather than named by the volumes outside it. */
  public boolean inPocom() {
    return !id.startsWith(CHANCERY);
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
