package org.chancery.understand.references;

/**
 * The kind of message a reference names by its own word, or {@code UNSTATED} when it names none.
 */
public enum MessageKind {
  /** telegram, cable, cablegram, telegraphic instruction, wire. */
  TELEGRAM,
  /** despatch, dispatch, report. */
  DESPATCH,
  /** instruction (by mail). */
  INSTRUCTION,
  /** note, note verbale, aide-mémoire. */
  NOTE,
  LETTER,
  MEMORANDUM,
  /** communication, message: any of the above. */
  COMMUNICATION,
  UNSTATED
}
