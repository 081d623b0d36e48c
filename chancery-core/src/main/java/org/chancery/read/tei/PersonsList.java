package org.chancery.read.tei;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.chancery.model.PersonName;

/**
 * A volume's List of Principal Persons, gathered as the front matter streams by: each {@code item}
 * outside the documents whose {@code persName} has an {@code xml:id} is an entry, the name as
 * listed ({@code Stevens, John F.}) and the rest of the item as its description. The entry is the
 * innermost item holding the name: the 1980s volumes group the entries of each letter in an outer
 * item ({@code <item><list><item>Abrams...</item><item>Alkhimov...</item></list></item>}).
 */
final class PersonsList {

  /** One entry of the list. */
  record Entry(String listed, Optional<String> description) {}

  private final Map<String, Entry> entries = new HashMap<>();
  // How many entries print each name (PersonName.nameKey): two people of one name in one list.
  private final Map<String, Integer> names = new HashMap<>();
  private int items;
  private int entryDepth;
  private String id;
  private TextBuffer name;
  private TextBuffer rest;

  /** An {@code item} outside the documents starts. */
  void startItem() {
    items++;
  }

  /** An item ends: the entry ends with the item its name was read in. */
  void endItem() {
    if (id != null && items == entryDepth) {
      String listed = name.take();
      String more = rest == null ? "" : rest.take();
      if (!listed.isEmpty()
          && entries.putIfAbsent(id, new Entry(listed, description(more))) == null)
        names.merge(PersonName.nameKey(listed), 1, Integer::sum);
      id = null;
    }
    items--;
  }

  /** A {@code persName} with an {@code xml:id} starts: the first in an item is the listed name. */
  boolean startName(String xmlId) {
    if (items == 0 || id != null || xmlId == null) return false;
    id = xmlId;
    entryDepth = items;
    name = new TextBuffer();
    rest = null;
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

  /**
   * Whether {@code e} is the only entry of the list read so far that prints its name; the list is
   * in the front matter, read whole before the documents that point to it.
   */
  boolean sole(Entry e) {
    return names.getOrDefault(PersonName.nameKey(e.listed()), 0) == 1;
  }

  // ", Secretary of War." gives "Secretary of War"; nothing but punctuation gives none.
  private static Optional<String> description(String s) {
    String d = s.strip();
    if (d.startsWith(",")) d = d.substring(1).strip();
    if (d.endsWith(".")) d = d.substring(0, d.length() - 1).strip();
    return d.isEmpty() ? Optional.empty() : Optional.of(d);
  }
}
