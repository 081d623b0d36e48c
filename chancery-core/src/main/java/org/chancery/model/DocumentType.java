package org.chancery.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

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
  /** A paper, study, report or policy paper (an NSC paper, a paper prepared in a bureau). */
  PAPER,
  /** An intelligence community estimate: National Intelligence Estimate, Special NIE. */
  INTELLIGENCE_ESTIMATE,
  OTHER,
  /**
   * A memorandum of a conversation or of a telephone call, often with a list of participants: the
   * record of what was said, not a paper sent. Last, because a stored document keeps its type's
   * place in this list.
   */
  MEMORANDUM_OF_CONVERSATION;

  /** The name as a person writes it: "telegram", "editorial note". */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * The type a person named, in any case, with a space, '-' or '_' between words: {@code Telegram},
   * {@code editorial note}, {@code editorial-note}, {@code EDITORIAL_NOTE}; empty if it names none.
   */
  public static Optional<DocumentType> named(String typed) {
    String label = asLabel(typed);
    return Arrays.stream(values()).filter(t -> t.label().equals(label)).findFirst();
  }

  /**
   * {@code typed} written as labels are: lower case, '-' and '_' as spaces, no surrounding space.
   * The one normalisation of a typed type, also for the start of one ({@code editorial-n}).
   */
  public static String asLabel(String typed) {
    return typed.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').strip();
  }

  /** Every label, for messages: "telegram, despatch, ..., editorial note, other". */
  public static String labels() {
    return Arrays.stream(values()).map(DocumentType::label).collect(Collectors.joining(", "));
  }
}
