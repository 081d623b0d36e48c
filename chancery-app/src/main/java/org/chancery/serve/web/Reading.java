package org.chancery.serve.web;

import java.util.List;
import java.util.Optional;
import org.chancery.model.Document;
import org.chancery.search.Hit;
import org.chancery.search.VolumeInfo;

/**
 * A document as the reading room shows it: the document, its volume, its neighbours in the
 * volume, its body cut for the page, its citation, and the sections other stages contribute.
 *
 * @param position the document's place in its volume, from 1
 */
record Reading(
    Document document, VolumeInfo volume, int position, Optional<Hit> previous, Optional<Hit> next,
    BodyView body, Citation citation, List<Section> sections) {

  /** The received line, unless the dateline already shows it. */
  Optional<String> received() {
    return document.received().filter(r -> !document.dateline().contains(r));
  }

  /** The file numbers as cited, joined: {@code 861.20/406; 861.00/11703}. */
  String fileNumbers() {
    return String.join("; ", document.fileNumbers().stream().map(f -> f.cited()).toList());
  }

  /** The sections that have entries. */
  List<Section> shownSections() {
    return sections.stream().filter(s -> !s.entries().isEmpty()).toList();
  }
}
