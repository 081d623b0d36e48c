package org.chancery.read.tei;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A volume's List of Principal Persons, gathered as the front matter streams by: each {@code item}
 * outside the documents whose {@code persName} has an {@code xml:id} is an entry, the name as
 * listed ({@code Stevens, John F.}) and the rest of the item as its description.
 */
final class PersonsList {

  /** One entry of the list. */
  record Entry(String listed, Optional<String> description) {}

  private final Map<String, Entry> entries = new HashMap<>();
  private int items;
  private String id;
  private TextBuffer name;
  private TextBuffer rest;

  /** An {@code item} outside the documents starts; only the outermost counts. */
  void startItem() {
    if (items++ > 0) return;
    id = null;
    name = null;
    rest = null;
  }

  void endItem() {
    if (--items > 0 || id == null) return;
    String listed = name.take();
    if (!listed.isEmpty()) entries.putIfAbsent(id, new Entry(listed, description(rest.take())));
    id = null;
  }

  /** A {@code persName} with an {@code xml:id} starts: the first in an item is the listed name. */
  boolean startName(String xmlId) {
    if (items == 0 || id != null || xmlId == null) return false;
    id = xmlId;
    name = new TextBuffer();
    return true;
  }

  /** The listed name ends: what follows in the item is the description. */
  void endName() {
    rest = new TextBuffer();
  }

  /** Whether text read now belongs to an entry. */
  boolean collecting() {
    return id != null;
  }

  void text(char[] chars, int start, int length) {
    (rest != null ? rest : name).append(chars, start, length);
  }

  /**
   * The entry listed under {@code ref}, a {@code corresp} without its {@code #}; none for another
   * volume's.
   */
  Optional<Entry> entry(String ref) {
    return Optional.ofNullable(entries.get(ref));
  }

  // ", Secretary of War." gives "Secretary of War"; nothing but punctuation gives none.
  private static Optional<String> description(String s) {
    String d = s.strip();
    if (d.startsWith(",")) d = d.substring(1).strip();
    if (d.endsWith(".")) d = d.substring(0, d.length() - 1).strip();
    return d.isEmpty() ? Optional.empty() : Optional.of(d);
  }
}
