package org.chancery.search;

import java.util.Objects;

/** One value of a facet and how many matching documents have it. */
public record FacetCount(String value, int count) {
  public FacetCount {
    Objects.requireNonNull(value, "value");
  }
}
