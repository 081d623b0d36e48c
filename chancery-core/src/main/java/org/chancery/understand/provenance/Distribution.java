package org.chancery.understand.provenance;

import java.util.List;
import java.util.Objects;

/**
 * Where else a message went, as its source note says: {@code Repeated to Nicosia, Ankara, Paris,
 * and London} is {@link Channel#REPEATED} to four posts.
 */
public record Distribution(Channel channel, List<String> to) {

  /** How the copy went. */
  public enum Channel {
    /** "Sent to": the addressee, named in a note on a message that went to several posts. */
    SENT,
    /** "Repeated to": the same telegram, repeated for information. */
    REPEATED,
    /** "Also sent to": a second addressee for action. */
    ALSO_SENT,
    /** "Pouched to": sent by diplomatic pouch rather than wire. */
    POUCHED,
    /** "Passed to": handed on by the receiving post or agency. */
    PASSED
  }

  public Distribution {
    Objects.requireNonNull(channel, "channel");
    to = List.copyOf(to);
  }
}
