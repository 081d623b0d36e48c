package org.chancery.link;

import java.util.Objects;

/**
 * Which post a message went from and which it went to: the pair a number series belongs to, and
 * what "my" and "your" are read against.
 */
public record Route(Post from, Post to) {
  /** The route of a message neither of whose parties can be placed. */
  public static final Route UNKNOWN = new Route(Post.UNKNOWN, Post.UNKNOWN);

  public Route {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** Whether {@code p}, a post we can place, is one end of this route. */
  boolean involves(Post p) {
    return !p.equals(Post.UNKNOWN) && (p.equals(from) || p.equals(to));
  }

  /** Whether {@code other} runs between this route's two posts, one way or the other. */
  boolean joins(Route other) {
    return !other.from.equals(other.to) && involves(other.from) && involves(other.to);
  }
}
