package org.chancery.understand.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.model.DocumentType;
import org.chancery.model.FileNumber;

/** The facets of one source note as they are read, before they become a {@link Provenance}. */
final class Facets {
  final String text;
  final List<FileNumber> fileNumbers;
  final Optional<DocumentType> statedType;
  Provenance.Kind kind = Provenance.Kind.OTHER;
  String repository;
  String collection;
  String publication;
  final List<String> annotations = new ArrayList<>();
  String enclosure;
  Classification classification;
  Precedence precedence;
  final List<String> handling = new ArrayList<>();
  String lot;
  Drafting drafting = Drafting.NONE;
  final List<Distribution> distribution = new ArrayList<>();

  Facets(String text, List<FileNumber> fileNumbers, Optional<DocumentType> statedType) {
    this.text = text;
    this.fileNumbers = fileNumbers;
    this.statedType = statedType;
  }

  void set(Provenance.Kind k, String collectionName) {
    kind = k;
    collection = collectionName;
  }

  Provenance result() {
    return new Provenance(
        text,
        kind,
        fileNumbers,
        statedType,
        Optional.ofNullable(repository),
        Optional.ofNullable(collection),
        Optional.ofNullable(publication),
        annotations,
        Optional.ofNullable(enclosure),
        Optional.ofNullable(classification),
        Optional.ofNullable(precedence),
        handling,
        kind == Provenance.Kind.NOT_PRINTED,
        Optional.ofNullable(lot),
        drafting,
        distribution);
  }
}
