package org.chancery.link;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What resolving one message of a reference gave, before it becomes a {@link Link}. */
record Outcome(
    Link.Status status,
    Optional<String> target,
    List<String> candidates,
    Link.Evidence evidence,
    Reason reason) {

  Outcome {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(target, "target");
    candidates = List.copyOf(candidates);
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(reason, "reason");
    if (target.isPresent() != (status == Link.Status.RESOLVED))
      throw new IllegalArgumentException(
          "a target goes with status resolved, and only with it: " + status + " " + target);
  }

  static Outcome resolved(Entry e, Link.Evidence evidence, Reason reason) {
    return new Outcome(Link.Status.RESOLVED, Optional.of(e.key()), List.of(), evidence, reason);
  }

  static Outcome of(Link.Status status, Link.Evidence evidence, Reason reason) {
    return new Outcome(status, Optional.empty(), List.of(), evidence, reason);
  }

  static Outcome ambiguous(List<Entry> candidates, Link.Evidence evidence, Reason reason) {
    List<String> keys = candidates.stream().map(Entry::key).distinct().limit(12).toList();
    return new Outcome(Link.Status.AMBIGUOUS, Optional.empty(), keys, evidence, reason);
  }

  boolean resolved() {
    return status == Link.Status.RESOLVED;
  }
}
