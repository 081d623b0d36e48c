package org.chancery.model;

import java.util.Locale;

/** The kind of communication a document is, as the editors or the telegraph named it. */
public enum DocumentType {
  TELEGRAM,
  DESPATCH,
  INSTRUCTION,
  MEMORANDUM,
  NOTE,
  LETTER,
  CIRCULAR,
  MINUTES,
  EDITORIAL_NOTE,
  OTHER;

  /** The name as a person writes it: "telegram", "editorial note". */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The type whose {@link #label()} is {@code label}, ignoring case. */
  public static DocumentType ofLabel(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
  }
}
