package org.chancery.understand.provenance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chancery.model.DocumentType;
import org.chancery.model.FileNumber;

/**
 * What a source note says about where a document comes from, split into facets: the kind of source,
 * file numbers, the repository and collection, a publication, bracketed annotations, the enclosure
 * it is, and the parts of a modern citation: the lot its file came from, its markings
 * (classification, precedence, handling), who drafted, cleared and approved it, and where copies
 * went. A part the note does not give is empty; a note that cannot be read keeps its text.
 */
public record Provenance(
    String text,
    Kind kind,
    List<FileNumber> fileNumbers,
    Optional<DocumentType> statedType,
    Optional<String> repository,
    Optional<String> collection,
    Optional<String> publication,
    List<String> annotations,
    Optional<String> enclosure,
    Optional<Classification> classification,
    Optional<Precedence> precedence,
    List<String> handling,
    boolean notPrinted,
    Optional<String> lot,
    Drafting drafting,
    List<Distribution> distribution) {

  /** The kind of source a note cites. */
  public enum Kind {
    /**
     * A Central Decimal File number: {@code 861.20/406: Telegram}, {@code File No. 763.72/1234}.
     */
    DECIMAL_FILE,
    /**
     * Another file series: {@code Paris Peace Conf. 180.03101/12}, {@code War Trade Board Files}.
     */
    FILE_SERIES,
    /**
     * A modern archival citation: {@code Department of State, Central Files, 714.00/6-1054. Secret;
     * Niact.}
     */
    ARCHIVE,
    /** Personal papers: {@code Woodrow Wilson Papers}, {@code Edward M. House Papers: Telegram}. */
    PAPERS,
    /** The Inquiry's records: {@code Inquiry files}, {@code Inquiry Document No. 893}. */
    INQUIRY,
    /** A publication: {@code Treaty Series No. 709}. */
    PUBLICATION,
    /**
     * A bracketed annotation: {@code [Telegram.—Paraphrase.]}, {@code [Inclosure 1 in No. 13.]}.
     */
    ANNOTATION,
    /** {@code Not printed}. */
    NOT_PRINTED,
    /** Anything else (a bare printed number, a letter). */
    OTHER
  }

  public Provenance {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    fileNumbers = List.copyOf(fileNumbers);
    Objects.requireNonNull(statedType, "statedType");
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(publication, "publication");
    annotations = List.copyOf(annotations);
    Objects.requireNonNull(enclosure, "enclosure");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(precedence, "precedence");
    handling = List.copyOf(handling);
    Objects.requireNonNull(lot, "lot");
    Objects.requireNonNull(drafting, "drafting");
    distribution = List.copyOf(distribution);
  }

  /** This source with {@code c} as its classification. */
  public Provenance withClassification(Classification c) {
    return new Provenance(
        text,
        kind,
        fileNumbers,
        statedType,
        repository,
        collection,
        publication,
        annotations,
        enclosure,
        Optional.of(c),
        precedence,
        handling,
        notPrinted,
        lot,
        drafting,
        distribution);
  }
}
