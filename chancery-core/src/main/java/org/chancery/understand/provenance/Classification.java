package org.chancery.understand.provenance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The security classification a source note records, lowest to highest. */
public enum Classification {
  UNCLASSIFIED("unclassified"),
  OFFICIAL_USE_ONLY("official use only"),
  LIMITED_OFFICIAL_USE("limited official use"),
  RESTRICTED("restricted"),
  CONFIDENTIAL("confidential"),
  STRICTLY_CONFIDENTIAL("strictly confidential"),
  SECRET("secret"),
  TOP_SECRET("top secret");

  private final String words;

  Classification(String words) {
    this.words = words;
  }

  /** The classification {@code printed} names, in any case; empty if it names none. */
  public static Optional<Classification> of(String printed) {
    String p = printed.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.words.equals(p)).findFirst();
  }

  /** The words as the editors print them, lower case: "limited official use". */
  public String words() {
    return words;
  }
}
