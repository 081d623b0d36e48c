package org.chancery.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How related documents are found. */
public enum RelatedBy {
  /** The rarer words they share (BM25 more-like-this). */
  WORDS("BM25 more-like-this"),
  /** The nearest meanings (the archive's stored vectors); none in an archive without them. */
  MEANING("meaning vectors alone"),
  /** Both rankings fused by reciprocal rank; by words alone in an archive without meanings. */
  BOTH("words and meaning, reciprocal rank fusion");

  private final String description;

  RelatedBy(String description) {
    this.description = description;
  }

  /** The way as a reader reads it ("BM25 more-like-this"). */
  public String description() {
    return description;
  }

  /** The way a reader names in lower case ({@code words}, {@code meaning}, {@code both}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The way whose {@link #id} is {@code id}, if any. */
  public static Optional<RelatedBy> of(String id) {
    return Arrays.stream(values()).filter(b -> b.id().equals(id)).findFirst();
  }
}
