package org.chancery.understand.decimal;

import java.util.Locale;

/**
 * How well a reference-table row is attested: a NARA text (high), a consistent parse or usage
 * (medium), a single case (low).
 */
public enum Confidence {
  LOW,
  MEDIUM,
  HIGH;

  /** The confidence named in a table cell ({@code high}, {@code medium}, {@code low}). */
  public static Confidence of(String cell) {
    try {
      return valueOf(cell.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown confidence '" + cell + "', expected high, medium or low", e);
    }
  }

  /** The weaker of this and {@code other}. */
  public Confidence min(Confidence other) {
    return compareTo(other) <= 0 ? this : other;
  }
}
