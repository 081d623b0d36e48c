package org.chancery.read.tei;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.model.Abbreviation;

/**
 * A volume's list of abbreviations and terms, gathered as the front matter streams by: each {@code
 * item} outside the documents holding a {@code term} with an {@code xml:id} is an entry, the terms
 * it lists ({@code <term xml:id="t_ARA_1">ARA</term> or <term xml:id="t_ARALA_1">ARA/LA</term>})
 * and, after the last of them, what they stand for. As with the persons list, the entry is the
 * innermost item holding a term, since the 1980s volumes group each letter's entries in an outer
 * item.
 */
final class TermsList {

  private record Listed(String id, String term) {}

  private final Map<String, Abbreviation> entries = new HashMap<>();
  private final List<Listed> listed = new ArrayList<>(2);
  private int items;
  private int entryDepth;
  private String id;
  private TextBuffer term;
  private TextBuffer rest;

  /** An {@code item} outside the documents starts. */
  void startItem() {
    items++;
  }

  /** An item ends: the entry ends with the item its terms were read in. */
  void endItem() {
    if (rest != null && items == entryDepth) {
      String expansion = expansion(rest.take());
      for (Listed t : listed) {
        if (!expansion.isEmpty())
          entries.putIfAbsent(t.id(), new Abbreviation(t.id(), t.term(), expansion));
      }
      listed.clear();
      rest = null;
    }
    items--;
  }

  /** A {@code term} with an {@code xml:id} starts: one the item lists. */
  boolean startTerm(String xmlId) {
    if (items == 0 || id != null || xmlId == null) return false;
    if (rest == null) entryDepth = items;
    else if (items != entryDepth) return false;
    id = xmlId;
    term = new TextBuffer();
    // What came between two terms ("or") is no part of the expansion.
    rest = null;
    return true;
  }

  /** The term ends: what follows in the item is the expansion, unless another term follows. */
  void endTerm() {
    String t = term.take();
    if (!t.isEmpty()) listed.add(new Listed(id, t));
    id = null;
    term = null;
    rest = new TextBuffer();
  }

  /** Whether text read now belongs to an entry. */
  boolean collecting() {
    return id != null || rest != null;
  }

  void text(char[] chars, int start, int length) {
    (id != null ? term : rest).append(chars, start, length);
  }

  /** The entry listed under {@code ref}, a gloss's {@code target} without its {@code #}. */
  Optional<Abbreviation> entry(String ref) {
    return Optional.ofNullable(entries.get(ref));
  }

  // ", North Atlantic Treaty Organization" gives the organization; a full stop may end an
  // abbreviation inside the expansion ("U.S."), so it stays.
  private static String expansion(String s) {
    String e = s.strip();
    if (e.startsWith(",")) e = e.substring(1).strip();
    return e;
  }
}
