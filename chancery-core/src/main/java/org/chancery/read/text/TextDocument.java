package org.chancery.read.text;

import java.util.List;
import java.util.Optional;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.Footnote;
import org.chancery.model.Serial;
import org.chancery.model.SourceNote;
import org.chancery.read.ClosingDateline;
import org.chancery.read.HeadingParser;
import org.chancery.read.PrintedDateParser;
import org.chancery.read.SerialParser;
import org.chancery.read.SubjectParser;
import org.chancery.read.TypeClassifier;

/**
 * Derives a plain-text document's metadata (parties, date, serial, type, subject) from its blocks.
 */
final class TextDocument {
  private TextDocument() {}

  static Document build(
      String volume,
      String id,
      List<SourceNote> sources,
      List<Block> blocks,
      List<Footnote> footnotes) {
    String head = first(blocks, Block.Kind.HEADING).orElse("");
    HeadingParser.Heading heading = HeadingParser.parse(head);
    Optional<String> dateline =
        blocks.stream()
            .filter(b -> b.kind() == Block.Kind.DATELINE && !b.text().startsWith("[Received"))
            .map(Block::text)
            .findFirst();
    Optional<String> received =
        blocks.stream()
            .filter(b -> b.kind() == Block.Kind.DATELINE && b.text().startsWith("[Received"))
            .map(b -> b.text().replaceAll("^\\[|\\]\\.?$", ""))
            .findFirst();
    Optional<String> headPlace = dateline.map(d -> d.substring(0, d.indexOf(',')).strip());
    Optional<String> headDate =
        dateline.map(d -> d.substring(d.indexOf(',') + 1).strip().replaceAll("\\.$", ""));
    Optional<DocumentDate> dated = headDate.flatMap(PrintedDateParser::parse);
    // A document without a dateline at its head may print one at its foot.
    Optional<ClosingDateline> closing =
        dated.isPresent() ? Optional.empty() : ClosingDateline.in(blocks);
    Optional<DocumentDate> date = dated.or(() -> closing.map(ClosingDateline::date));
    Optional<String> place = headPlace.or(() -> closing.flatMap(ClosingDateline::place));
    Optional<String> printedDate = headDate.or(() -> closing.map(ClosingDateline::printedDate));
    List<Block> paragraphs = blocks.stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).toList();
    Optional<Serial> serial =
        paragraphs.isEmpty()
            ? Optional.empty()
            : SerialParser.fromFirstParagraph(
                paragraphs.get(0).text(), paragraphs.size() > 1 ? paragraphs.get(1).text() : "");
    String firstText = paragraphs.isEmpty() ? "" : paragraphs.get(0).text();
    boolean timed = date.filter(d -> d.precision() == DocumentDate.Precision.MINUTE).isPresent();
    TypeClassifier.Typed typed =
        TypeClassifier.classify(
            new TypeClassifier.Evidence(
                sources,
                head,
                heading.sender(),
                heading.recipient(),
                serial,
                timed,
                firstText,
                heading.kind()));
    Optional<String> signature = first(blocks, Block.Kind.CLOSER);
    return new Document(
        volume,
        id,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        typed.type(),
        typed.inferred(),
        sources,
        heading.sender(),
        heading.recipient(),
        place,
        date,
        printedDate,
        received,
        serial,
        blocks,
        footnotes,
        signature,
        List.of(),
        SubjectParser.of(blocks));
  }

  private static Optional<String> first(List<Block> blocks, Block.Kind kind) {
    return blocks.stream().filter(b -> b.kind() == kind).map(Block::text).findFirst();
  }
}
