package org.chancery.understand.people;

import java.util.Objects;
import java.util.Optional;
import org.chancery.model.Document;
import org.chancery.model.Party;

/**
 * What the rest of a document says about one of its parties: whether the party sent or received it,
 * the other party as printed and the dateline's place (where the sender wrote).
 */
public record PartyContext(Side side, Optional<Party> correspondent, Optional<String> place) {

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
  }

  /** The context of a document's sender or recipient: the other party and the dateline's place. */
  public static PartyContext of(Document d, Side side) {
    return new PartyContext(side, side == Side.SENDER ? d.recipient() : d.sender(), d.place());
  }
}
