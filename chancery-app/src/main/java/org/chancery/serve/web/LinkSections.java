package org.chancery.serve.web;

import java.util.ArrayList;
import java.util.List;
import org.chancery.link.Link;
import org.chancery.link.LinkStore;
import org.chancery.model.Document;

/**
 * The "References" and "Cited by" sections of a document page, from the archive's link store: each
 * reference phrase with the document it resolves to (or why it does not), and the documents whose
 * references lead here.
 */
public final class LinkSections implements DocumentSections {
  private final LinkStore links;

  /** The sections over {@code links} (an empty store gives no sections). */
  public LinkSections(LinkStore links) {
    this.links = links;
  }

  @Override
  public List<Section> sectionsFor(Document d) {
    return List.of(
        new Section("references", "References", references(d.key())),
        new Section("cited-by", "Cited by", citedBy(d.key())));
  }

  private List<Section.Entry> references(String key) {
    List<Section.Entry> entries = new ArrayList<>();
    for (Link l : links.cites(key)) {
      String text = l.phrase().isBlank() ? l.kind().label() : l.phrase();
      if (l.target().isPresent())
        entries.add(Section.Entry.link(text, "/" + l.target().get()).note("→ " + l.target().get()));
      else entries.add(Section.Entry.plain(text).note(note(l)));
    }
    return entries;
  }

  private static String note(Link l) {
    if (l.status() == Link.Status.AMBIGUOUS)
      return "ambiguous: " + String.join(", ", l.candidates());
    return l.status().label().replace('-', ' ');
  }

  private List<Section.Entry> citedBy(String key) {
    return links.citedBy(key).stream()
        .map(
            l ->
                Section.Entry.link(l.source(), "/" + l.source())
                    .note("\u201C" + l.phrase() + "\u201D"))
        .toList();
  }
}
