package org.chancery.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Catalogue is what the linker knows of every document in the archive: each one's {@link Entry}
 * and the look-ups that resolving a reference needs. It holds no text.
 *
 * <p><b>NOTE:</b> implementations are immutable once built and safe to share between threads. Lists
 * come in volume reading order. Every look-up is indexed: none scans a volume per call, so a
 * catalogue of the whole FRUS (about 314,000 documents) answers each in constant time.
 *
 * <p><b>NOTE:</b> every look-up selects from the entries: its answer is made of the entries (or
 * their posts) that it finds, and is empty (or false, or 0) when none fits. Incremental linking
 * relies on it ({@link Lookup#answeredBy}): a look-up that the documents added or removed do not
 * answer on their own has the same answer as before. A new look-up's arguments must be strings,
 * ints or dates, which {@link Lookup} can store.
 */
public interface Catalogue {

  /** The entry of {@code volume/id}. */
  Optional<Entry> byKey(String key);

  /**
   * Every document bearing serial {@code number} (printed or corrected; dashes and leading zeros
   * ignored), and every message the editors note a document went out as under that number: an entry
   * with the document's key and that message's route, number and day.
   */
  List<Entry> byNumber(String number);

  /**
   * The entries of {@link #byNumber} dated from {@code from} to {@code to}, both included, and
   * those without a date, in the same order: the messages of that number a reference can mean,
   * without the tens of thousands of other times that bear it at the size of the whole FRUS.
   */
  List<Entry> byNumberBetween(String number, LocalDate from, LocalDate to);

  /** Every document dated {@code day}, and every message noted as sent on from one on that day. */
  List<Entry> byDay(LocalDate day);

  /** The documents of {@code volume} that begin on printed page {@code page}. */
  List<Entry> startingOn(String volume, int page);

  /** The documents of {@code volume} whose pages include {@code page}. */
  List<Entry> spanning(String volume, int page);

  /** The document of {@code volume} printed as number {@code n}. */
  Optional<Entry> byN(String volume, String n);

  /**
   * The document {@code offset} places after (negative: before) {@code key} in its volume, nested
   * ones skipped.
   */
  Optional<Entry> neighbour(String key, int offset);

  /** Whether any document of {@code volume} is catalogued. */
  boolean hasVolume(String volume);

  /**
   * The posts a name stands for: the posts that a sender of that surname (or, for a head of state,
   * title: "President" of "President Wilson") wrote for, that sent from a place of that name, or
   * whose own name it is ("Wilson", "Geneva", "London", "Switzerland").
   */
  Set<Post> postsNamed(String name);

  /** How many documents are catalogued. */
  int size();

  /**
   * The serial key {@link #byNumber} compares by: {@code L–307} and {@code L-307} alike, no leading
   * zeros.
   */
  static String numberKey(String number) {
    return SerialKey.of(number);
  }
}
