package org.chancery.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One document of a volume, read faithfully: its metadata as printed and its text as blocks in
 * reading order (heading and dateline first), with footnotes apart.
 *
 * <p>{@code id} is unique within {@code volume}. {@code parent} is set for a document printed
 * inside another (an enclosure encoded as a document of its own). {@code startPage} is the printed
 * page the document begins on, where the source tells. {@code typeInferred} says the type was not
 * stated by the source but inferred from the heading and numbering. {@code printedDate} is the date
 * as printed in the dateline; {@code date} is the machine-readable date, absent rather than
 * guessed. {@code abbreviations} are the entries of the volume's list of abbreviations and terms
 * that the document's text points at, in the order first used, copied in so that a document stands
 * on its own. {@code subject} is what the document says it is about, as its subject line prints it
 * ("Miscellaneous Matters"), without a classification marking.
 */
public record Document(
    String volume,
    String id,
    Optional<String> n,
    Optional<String> parent,
    Optional<String> startPage,
    DocumentType type,
    boolean typeInferred,
    List<SourceNote> sourceNotes,
    Optional<Party> sender,
    Optional<Party> recipient,
    Optional<String> place,
    Optional<DocumentDate> date,
    Optional<String> printedDate,
    Optional<String> received,
    Optional<Serial> serial,
    List<Block> blocks,
    List<Footnote> footnotes,
    Optional<String> signature,
    List<Abbreviation> abbreviations,
    Optional<String> subject) {

  public Document {
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(n, "n");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(startPage, "startPage");
    Objects.requireNonNull(type, "type");
    sourceNotes = List.copyOf(sourceNotes);
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(printedDate, "printedDate");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(serial, "serial");
    blocks = List.copyOf(blocks);
    footnotes = List.copyOf(footnotes);
    Objects.requireNonNull(signature, "signature");
    abbreviations = List.copyOf(abbreviations);
    Objects.requireNonNull(subject, "subject");
  }

  /** A document that prints no subject and points at no list of abbreviations. */
  public Document(
      String volume,
      String id,
      Optional<String> n,
      Optional<String> parent,
      Optional<String> startPage,
      DocumentType type,
      boolean typeInferred,
      List<SourceNote> sourceNotes,
      Optional<Party> sender,
      Optional<Party> recipient,
      Optional<String> place,
      Optional<DocumentDate> date,
      Optional<String> printedDate,
      Optional<String> received,
      Optional<Serial> serial,
      List<Block> blocks,
      List<Footnote> footnotes,
      Optional<String> signature) {
    this(
        volume,
        id,
        n,
        parent,
        startPage,
        type,
        typeInferred,
        sourceNotes,
        sender,
        recipient,
        place,
        date,
        printedDate,
        received,
        serial,
        blocks,
        footnotes,
        signature,
        List.of(),
        Optional.empty());
  }

  /** The volume and id, as in addresses and links: {@code frus1934v04/d101}. */
  public String key() {
    return volume + "/" + id;
  }

  /** The heading of the document itself as plain text, or "" when it has none. */
  public String head() {
    return firstOwn(Block.Kind.HEADING);
  }

  /** The dateline of the document itself as plain text, or "" when it has none. */
  public String dateline() {
    return firstOwn(Block.Kind.DATELINE);
  }

  private String firstOwn(Block.Kind kind) {
    return blocks.stream()
        .filter(b -> b.attachment() == 0 && b.kind() == kind)
        .map(Block::text)
        .findFirst()
        .orElse("");
  }

  /** The body blocks: everything but the document's own heading and dateline. */
  public List<Block> body() {
    return blocks.stream().filter(Block::isBody).toList();
  }

  /** The body as plain text, blocks separated by blank lines, item labels before their items. */
  public String text() {
    return body().stream()
        .map(b -> b.label().map(l -> l + "\n" + b.text()).orElse(b.text()))
        .collect(Collectors.joining("\n\n"));
  }

  /** Every Decimal File number the source notes name, in order. */
  public List<FileNumber> fileNumbers() {
    return sourceNotes.stream().flatMap(s -> s.fileNumbers().stream()).toList();
  }

  /** The numbers of the page breaks inside the document, in order. */
  public List<String> pages() {
    return blocks.stream()
        .flatMap(b -> b.anchors().stream())
        .filter(a -> a instanceof PageBreak)
        .map(a -> ((PageBreak) a).n())
        .toList();
  }
}
