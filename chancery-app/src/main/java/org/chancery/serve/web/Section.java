package org.chancery.serve.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A section of a document page that another stage contributes: resolved references, "cited by", the
 * thread, people, decoded file numbers. The page shows each section with entries as a list, and
 * leaves out sections without entries.
 *
 * @param id the section's anchor on the page ({@code references}), letters, digits and dashes
 * @param title the heading ("Cited by")
 * @param entries the entries, in the order shown
 */
public record Section(String id, String title, List<Entry> entries) {
  public Section {
    Objects.requireNonNull(title, "title");
    if (!id.matches("[a-z0-9-]+"))
      throw new IllegalArgumentException("section id must be [a-z0-9-]+: '" + id + "'");
    entries = List.copyOf(entries);
  }

  /**
   * One entry: text, shown escaped; where it leads, if anywhere (a path in this site such as {@code
   * /frus1934v04/d101}, or an https address); and a note after it ("not printed", "ambiguous: 2
   * candidates").
   */
  public record Entry(String text, Optional<String> href, Optional<String> note) {
    public Entry {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(note, "note");
      href.ifPresent(Entry::checkHref);
    }

    /** An entry linking to {@code href}. */
    public static Entry link(String text, String href) {
      return new Entry(text, Optional.of(href), Optional.empty());
    }

    /** An entry with no link. */
    public static Entry plain(String text) {
      return new Entry(text, Optional.empty(), Optional.empty());
    }

    /** This entry with {@code newNote} after it. */
    public Entry note(String newNote) {
      return new Entry(text, href, Optional.of(newNote));
    }

    // Only addresses within the site or on https: never javascript: or data:.
    private static void checkHref(String h) {
      if (!(h.startsWith("/") && !h.startsWith("//")) && !h.startsWith("https://")) {
        throw new IllegalArgumentException(
            "href must be a site path or an https address: '" + h + "'");
      }
    }
  }
}
