package org.chancery.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Passages of a document's text around its matches, as data: the text to show, one line of plain
 * text with an ellipsis where text was left out, and the ranges of it that matched. Each surface
 * renders it once, in its own way: marks at a terminal, elements in HTML (escaped by the page),
 * offsets in JSON.
 *
 * @param text the passages, whitespace runs as one space, joined by {@code " … "}
 * @param highlights the matches, in order, not overlapping, as offsets into {@code text} (UTF-16
 *     code units, as Java and JavaScript index strings)
 */
public record Snippet(String text, List<Range> highlights) {
  /** No snippet: none was asked for, or the document has no text. */
  public static final Snippet NONE = new Snippet("", List.of());

  /** Stands where text was left out. */
  public static final String ELLIPSIS = "…";

  /** The characters {@code [start, end)} of a snippet's text. */
  public record Range(int start, int end) {
    public Range {
      if (start < 0 || end <= start)
        throw new IllegalArgumentException("a range is 0 <= start < end: " + start + ", " + end);
    }
  }

  /** A piece of a snippet's text, highlighted or not. */
  public record Part(String text, boolean highlighted) {
    public Part {
      Objects.requireNonNull(text, "text");
    }
  }

  public Snippet {
    Objects.requireNonNull(text, "text");
    highlights = List.copyOf(highlights);
    int end = 0;
    for (Range r : highlights) {
      if (r.start() < end || r.end() > text.length())
        throw new IllegalArgumentException(
            "highlights must be in order, apart, within the text of "
                + text.length()
                + " characters: "
                + highlights);
      end = r.end();
    }
  }

  /** Whether there is no text to show. */
  public boolean isEmpty() {
    return text.isEmpty();
  }

  /** The text cut where highlights begin and end, in order; no empty parts. */
  public List<Part> parts() {
    List<Part> parts = new ArrayList<>(2 * highlights.size() + 1);
    int pos = 0;
    for (Range r : highlights) {
      if (r.start() > pos) parts.add(new Part(text.substring(pos, r.start()), false));
      parts.add(new Part(text.substring(r.start(), r.end()), true));
      pos = r.end();
    }
    if (pos < text.length()) parts.add(new Part(text.substring(pos), false));
    return parts;
  }

  /** The text with each highlight between {@code open} and {@code close}: «Chaco». */
  public String marked(String open, String close) {
    StringBuilder sb = new StringBuilder(text.length() + 8 * highlights.size());
    for (Part p : parts()) {
      if (p.highlighted()) sb.append(open).append(p.text()).append(close);
      else sb.append(p.text());
    }
    return sb.toString();
  }

  /**
   * Builds a snippet from pieces of text: each run of whitespace becomes one space, with none at
   * the start or the end; highlights are opened and closed around what is added between.
   */
  public static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final List<Range> highlights = new ArrayList<>();
    private int opened = -1;

    /** Adds {@code content[from, to)}; nothing if {@code to} is not after {@code from}. */
    public Builder add(CharSequence content, int from, int to) {
      int run = from; // start of the characters not yet added, which need no change
      for (int i = from; i < to; i++) {
        if (!Character.isWhitespace(content.charAt(i))) continue;
        text.append(content, run, i);
        run = i + 1;
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') text.append(' ');
      }
      if (run < to) text.append(content, run, to);
      return this;
    }

    /** Adds {@code s}. */
    public Builder add(CharSequence s) {
      return add(s, 0, s.length());
    }

    /** Starts a highlight at the end of the text so far. */
    public Builder open() {
      if (opened >= 0) throw new IllegalStateException("a highlight is open already");
      opened = text.length();
      return this;
    }

    /** Ends the open highlight; one that holds no text is dropped. */
    public Builder close() {
      if (opened < 0) throw new IllegalStateException("no highlight is open");
      if (text.length() > opened) highlights.add(new Range(opened, text.length()));
      opened = -1;
      return this;
    }

    /** Whether nothing has been added. */
    public boolean isEmpty() {
      return text.length() == 0;
    }

    /** The snippet, without a trailing space. */
    public Snippet build() {
      if (opened >= 0) throw new IllegalStateException("a highlight is still open");
      while (text.length() > 0 && text.charAt(text.length() - 1) == ' ')
        text.setLength(text.length() - 1);
      int end = text.length();
      return new Snippet(text.toString(), highlights.stream().filter(r -> r.end() <= end).toList());
    }
  }
}
