package org.chancery.understand.people;

import java.util.Objects;
import java.util.Optional;
import org.chancery.model.Document;
import org.chancery.model.Party;
import org.chancery.model.PersonName;

/**
 * What the rest of a document says about one of its parties: whether the party sent or received it,
 * the other party as printed, the dateline's place (where the sender wrote), the volume, and the
 * entry of the List of Principal Persons the party is tied to where the document's text names it.
 */
public record PartyContext(
    Side side,
    Optional<Party> correspondent,
    Optional<String> place,
    Optional<String> volume,
    Optional<PersonName> listed) {

  /** Whether the party is the document's sender or its recipient. */
  public enum Side {
    SENDER,
    RECIPIENT
  }

  /** Nothing known beyond the party itself. */
  public static final PartyContext NONE =
      new PartyContext(Side.SENDER, Optional.empty(), Optional.empty());

  public PartyContext {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(correspondent, "correspondent");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(listed, "listed");
  }

  /** A context without the volume or a listed entry. */
  public PartyContext(Side side, Optional<Party> correspondent, Optional<String> place) {
    this(side, correspondent, place, Optional.empty(), Optional.empty());
  }

  /** The context of a document's sender or recipient: the other party and the dateline's place. */
  public static PartyContext of(Document d, Side side) {
    Optional<Party> self = side == Side.SENDER ? d.sender() : d.recipient();
    return new PartyContext(
        side,
        side == Side.SENDER ? d.recipient() : d.sender(),
        d.place(),
        Optional.of(d.volume()),
        self.flatMap(Party::ref).flatMap(r -> listed(d, r)));
  }

  // The list's name and description for an entry, where the document's text ties a name to it.
  private static Optional<PersonName> listed(Document d, String ref) {
    return d.blocks().stream()
        .flatMap(b -> b.anchors().stream())
        .filter(a -> a instanceof PersonName n && n.ref().equals(ref) && n.listed().isPresent())
        .map(a -> (PersonName) a)
        .findFirst();
  }
}
