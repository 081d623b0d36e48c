package org.chancery.model;

import java.util.List;
import java.util.Objects;

/**
 * An editors' footnote: its printed number, its id, its text, and the targets of any
 * cross-references in it ({@code #d101}, {@code #pg_65}, {@code frus1935v01#pg_563}).
 */
public record Footnote(String n, String id, String text, List<String> targets) {
  public Footnote {
    Objects.requireNonNull(n, "n");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    targets = List.copyOf(targets);
  }
}
