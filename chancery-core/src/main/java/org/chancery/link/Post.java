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
 * <p>The key is {@code kind:name} in lower case: {@code department}, {@code mission:switzerland},
 * {@code consulate:geneva}, {@code foreign:british}, {@code person:hamlin}, {@code circular}.
 */
public record Post(String key) {
  /** The Department of State, Washington. */
  public static final Post DEPARTMENT = new Post("department");

  /** The many recipients of a circular. */
  public static final Post CIRCULAR = new Post("circular");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  public Post {
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) throw new IllegalArgumentException("a post key must not be blank");
  }

  static Post of(String kind, String name) {
    return new Post(
        kind + ":" + SPACES.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll(" "));
  }

  /** The kind part of the key: {@code department}, {@code mission}, {@code consulate}, ... */
  public String kind() {
    int colon = key.indexOf(':');
    return colon < 0 ? key : key.substring(0, colon);
  }

  /** The name part of the key, or "" for the Department and circulars. */
  public String name() {
    int colon = key.indexOf(':');
    return colon < 0 ? "" : key.substring(colon + 1);
  }
}
