package org.chancery.understand.people;

import java.util.Objects;

/** A person who may be the one a heading names, with a score (higher is likelier) and why. */
public record Candidate(Person person, int score, String why) {
  public Candidate {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(why, "why");
  }
}
