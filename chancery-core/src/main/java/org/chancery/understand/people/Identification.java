package org.chancery.understand.people;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chancery.model.Party;

/**
 * Who a printed party is: the POCOM person and the appointment that makes it so when role, place,
 * date and printed surname agree; otherwise no person and the candidates ranked best first. The
 * party as printed is kept, and {@code basis} says how the answer was reached.
 */
public record Identification(
    Party party,
    Optional<Person> person,
    Optional<Appointment> appointment,
    List<Candidate> candidates,
    String basis) {

  public Identification {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(appointment, "appointment");
    candidates = List.copyOf(candidates);
    Objects.requireNonNull(basis, "basis");
  }

  static Identification of(Party party, Appointment a, Person p, String basis) {
    return new Identification(party, Optional.of(p), Optional.of(a), List.of(), basis);
  }

  static Identification candidates(Party party, List<Candidate> candidates, String basis) {
    return new Identification(party, Optional.empty(), Optional.empty(), candidates, basis);
  }

  /** Whether a person was identified. */
  public boolean identified() {
    return person.isPresent();
  }
}
