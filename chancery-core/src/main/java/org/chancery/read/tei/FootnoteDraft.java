package org.chancery.read.tei;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.chancery.model.Footnote;

/** A footnote being read: its number and id, its text so far and the targets of its references. */
final class FootnoteDraft {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private final String n;
  private final String id;
  final TextBuffer text = new TextBuffer();
  private final List<String> targets = new ArrayList<>();

  FootnoteDraft(String n, String id) {
    this.n = n;
    this.id = id;
  }

  String id() {
    return id;
  }

  /** Adds each target of a {@code ref/@target}, which may list several separated by spaces. */
  void target(String target) {
    for (String t : SPACES.split(target.trim())) {
      if (!t.isEmpty()) targets.add(t);
    }
  }

  Footnote footnote() {
    return new Footnote(n, id, text.take(), targets);
  }
}
