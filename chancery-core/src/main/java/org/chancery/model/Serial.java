package org.chancery.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The serial number a post gave a message, printed at the start of its first paragraph: {@code
 * 237.}; with an editors' correction ({@code 7956 [7946].}, printed 7956, corrected 7946); or with
 * a second series number ({@code 43. L–315}).
 */
public record Serial(String printed, Optional<String> corrected, Optional<String> series) {
  public Serial {
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(corrected, "corrected");
    Objects.requireNonNull(series, "series");
  }

  /** The number the message really bore: the editors' correction when there is one. */
  public String effective() {
    return corrected.orElse(printed);
  }
}
