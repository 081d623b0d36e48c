package org.chancery.serve.web;

import java.util.List;
import java.util.Optional;
import org.chancery.model.Document;
import org.chancery.search.Hit;
import org.chancery.search.VolumeInfo;

/**
 * A document as the reading room shows it: the document, its volume, its neighbours in the volume,
 * its body cut for the page with its references linked, its citation, the sections other stages
 * contribute, and its thread.
 *
 * @param position the document's place in its volume, from 1
 */
record Reading(
    Document document,
    VolumeInfo volume,
    int position,
    Optional<Hit> previous,
    Optional<Hit> next,
    BodyView body,
    Citation citation,
    List<Section> sections,
    ThreadView thread) {

  /** The received line, unless the dateline already shows it. */
  Optional<String> received() {
    return document.received().filter(r -> !document.dateline().contains(r));
  }

  /** A file number as cited, with the page of its file where it has one. */
  record FileLink(String cited, Optional<String> href) {}

  /** The file numbers as cited, each with its file page. */
  List<FileLink> fileLinks() {
    return document.fileNumbers().stream()
        .map(
            f ->
                new FileLink(
                    f.cited(), f.series().isEmpty() ? FilePage.href(f.number()) : Optional.empty()))
        .toList();
  }

  /** The sections that have entries. */
  List<Section> shownSections() {
    return sections.stream().filter(s -> !s.entries().isEmpty()).toList();
  }
}
