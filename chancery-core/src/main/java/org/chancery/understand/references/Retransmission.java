package org.chancery.understand.references;

import java.util.Objects;
import java.util.Optional;

/**
 * The editors' word that the printed message also went out as another numbered message, in a note
 * on its heading or opening: "Repeated to the Minister Resident in Ethiopia as Department's
 * telegram No. 242, May 20, 6 p.m.", "Copy transmitted to the Department by the Consul in his
 * despatch No. 852, March 18, 1935". A reply cites that other message, so the printed one answers
 * to it too.
 *
 * <p>{@code by} and {@code to} are the offices as printed ("the Department", "the Minister Resident
 * in Ethiopia"), empty when the note does not say; {@code as} is the message it went out as, with
 * exactly one numbered item; {@code sameDay} says the note dates it "on same date" without a date
 * of its own.
 */
public record Retransmission(
    Optional<String> by, Optional<String> to, Reference as, boolean sameDay) {

  public Retransmission {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(as, "as");
  }

  /** The message it went out as: its one numbered item. */
  public Reference.Item item() {
    return as.items().get(0);
  }
}
