package org.chancery.understand.provenance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How fast a telegram was to be handled, as its source note records it, slowest first. */
public enum Precedence {
  ROUTINE("routine"),
  PRIORITY("priority"),
  URGENT("urgent"),
  IMMEDIATE("immediate"),
  OPERATIONAL_IMMEDIATE("operational immediate"),
  /** Night Action: to be acted on at once, night or day. */
  NIACT("niact"),
  NIACT_IMMEDIATE("niact immediate"),
  FLASH("flash");

  private final String words;

  Precedence(String words) {
    this.words = words;
  }

  /** The precedence {@code printed} names, in any case; empty if it names none. */
  public static Optional<Precedence> of(String printed) {
    String p = printed.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.words.equals(p)).findFirst();
  }

  /** The words as the editors print them, lower case: "operational immediate". */
  public String words() {
    return words;
  }
}
