package org.chancery.understand.references;

import java.util.Objects;

/**
 * The route a reference gives its message after the number: "Your 5598 to London" ({@code TO},
 * {@code London}), "my 12 from Geneva", "from Mr. Thomas H. MacDonald" ({@code FROM}, {@code
 * MacDonald}). {@code name} is the place or surname as printed.
 */
public record Routing(Direction direction, String name) {
  /** Whether the message went to the named place or came from it. */
  public enum Direction {
    TO,
    FROM
  }

  public Routing {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) throw new IllegalArgumentException("a routing names a place or person");
  }

  /** The routing the parser reads as {@code "to London"} or {@code "from MacDonald"}. */
  static Routing parse(String read) {
    int space = read.indexOf(' ');
    String word = space < 0 ? "" : read.substring(0, space);
    Direction d =
        switch (word) {
          case "to" -> Direction.TO;
          case "from" -> Direction.FROM;
          default ->
              throw new IllegalArgumentException(
                  "expected 'to' or 'from' and a name: '" + read + "'");
        };
    return new Routing(d, read.substring(space + 1));
  }
}
