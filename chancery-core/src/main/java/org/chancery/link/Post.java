package org.chancery.link;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A place that sends and receives numbered messages, with one number series per direction whoever
 * signs: the Department in Washington, a mission in a country (ambassador, minister or chargé
 * alike), a consulate in a city, a foreign government's mission in Washington (its ambassador,
 * chargé and embassy alike), or a person where the heading gives nothing better (older volumes).
 *
 * <p>The {@code name} is in lower case, spaces collapsed: {@code switzerland}, {@code geneva},
 * {@code british}, {@code hamlin}; "" for the posts that are one of a kind ({@link
 * Kind#DEPARTMENT}, {@link Kind#CIRCULAR}, {@link Kind#UNKNOWN}).
 */
public record Post(Kind kind, String name) {
  /** What sort of post it is. */
  public enum Kind {
    /** The Department of State, Washington. */
    DEPARTMENT,
    /** The many recipients of a circular. */
    CIRCULAR,
    /** A U.S. embassy, legation or other mission in a country. */
    MISSION,
    /** A U.S. consulate or consulate general in a city. */
    CONSULATE,
    /** A foreign government's mission in Washington, by nationality. */
    FOREIGN,
    /** A person, by surname, where the heading names no role (older volumes). */
    PERSON,
    /** A role that names no post ("Special Representative"). */
    ROLE,
    /** The dateline's place, where the heading names no party. */
    PLACE,
    /** A party the heading does not let us place. */
    UNKNOWN;

    // There is one post of each of these kinds, and it has no name.
    boolean single() {
      return this == DEPARTMENT || this == CIRCULAR || this == UNKNOWN;
    }
  }

  /** The Department of State, Washington. */
  public static final Post DEPARTMENT = new Post(Kind.DEPARTMENT, "");

  /** The many recipients of a circular. */
  public static final Post CIRCULAR = new Post(Kind.CIRCULAR, "");

  /** The post of a party the heading does not let us place. */
  public static final Post UNKNOWN = new Post(Kind.UNKNOWN, "");

  // The name of a pattern that stands for every post of its kind ("Legation's": any mission).
  private static final String ANY = "*";
  private static final Pattern SPACES = Pattern.compile("\\s+");

  public Post {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (kind.single() && !name.isEmpty())
      throw new IllegalArgumentException("a " + kind + " post has no name: '" + name + "'");
  }

  /** The post of {@code kind} named {@code name} as printed: case and spacing aside. */
  static Post of(Kind kind, String name) {
    // Interned: a catalogue of the whole FRUS holds two posts a document, of a few thousand names.
    return new Post(
        kind, SPACES.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll(" ").intern());
  }

  /** A pattern for every post of {@code kind}, for {@link #covers}. */
  static Post anyOf(Kind kind) {
    return new Post(kind, ANY);
  }

  /** Whether {@code p} is this post or, for a pattern of {@link #anyOf}, a post of its kind. */
  boolean covers(Post p) {
    return equals(p) || name.equals(ANY) && kind == p.kind;
  }
}
