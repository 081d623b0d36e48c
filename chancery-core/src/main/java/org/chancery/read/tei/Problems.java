package org.chancery.read.tei;

import java.util.ArrayList;
import java.util.List;
import org.chancery.read.ParseError;

/** The problems read past in one file, capped: past the cap they are counted, not kept. */
final class Problems {
  static final int CAP = 100;

  private final String file;
  private final List<ParseError> kept = new ArrayList<>();
  private int dropped;

  Problems(String file) {
    this.file = file;
  }

  void add(int line, int column, String message) {
    if (kept.size() < CAP) kept.add(new ParseError(file, line, column, message));
    else dropped++;
  }

  /** The problems kept, and a last line saying how many more there were, if any. */
  List<ParseError> list() {
    if (dropped == 0) return kept;
    List<ParseError> all = new ArrayList<>(kept);
    ParseError last = kept.get(kept.size() - 1);
    all.add(
        new ParseError(file, last.line(), last.column(), dropped + " more problems not listed"));
    return all;
  }
}
