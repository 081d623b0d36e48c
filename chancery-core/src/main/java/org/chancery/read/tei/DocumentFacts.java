package org.chancery.read.tei;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.model.Block;
import org.chancery.model.DocumentDate;
import org.chancery.model.Party;
import org.chancery.model.Role;
import org.chancery.model.Serial;
import org.chancery.model.SourceNote;
import org.chancery.read.HeadingParser;
import org.chancery.read.SerialParser;
import org.chancery.read.TypeClassifier;
import org.chancery.read.tei.DocumentBuilder.Field;

/**
 * What a document's blocks, notes and copied text say about it: sender and recipient, place,
 * received line, serial and type, through the shared parsers.
 */
final class DocumentFacts {
  private final List<SourceNote> sourceNotes;
  private final Map<Field, String> copied;
  private final String head;
  private final Optional<Party> sender;
  private final Optional<Party> recipient;
  private final Optional<Serial> serial;
  private final TypeClassifier.Typed typed;

  DocumentFacts(
      List<Block> blocks,
      List<SourceNote> sourceNotes,
      Map<Field, String> copied,
      Optional<DocumentDate> date,
      Optional<String> senderRef,
      Optional<String> recipientRef) {
    this.sourceNotes = sourceNotes;
    this.copied = copied;
    this.head = first(blocks, Block.Kind.HEADING);
    HeadingParser.Heading heading = HeadingParser.parse(head);
    this.sender =
        party(heading.sender(), field(Field.SENDER_ROLE), field(Field.SENDER_NAME), senderRef);
    this.recipient =
        party(
            heading.recipient(),
            field(Field.RECIPIENT_ROLE),
            field(Field.RECIPIENT_NAME),
            recipientRef);
    List<String> paragraphs = paragraphs(blocks);
    this.serial = serial(paragraphs);
    boolean timed = date.map(d -> d.precision() == DocumentDate.Precision.MINUTE).orElse(false);
    this.typed =
        TypeClassifier.classify(
            new TypeClassifier.Evidence(
                sourceNotes,
                head,
                sender,
                recipient,
                serial,
                timed,
                paragraphs.get(0),
                heading.kind()));
  }

  Optional<Party> sender() {
    return sender;
  }

  Optional<Party> recipient() {
    return recipient;
  }

  Optional<Serial> serial() {
    return serial;
  }

  TypeClassifier.Typed typed() {
    return typed;
  }

  /** The dateline's place name without the punctuation that follows it: "Geneva", not "Geneva,". */
  Optional<String> place() {
    return field(Field.PLACE).map(DocumentFacts::trimPunctuation).filter(s -> !s.isEmpty());
  }

  /**
   * The received line of the dateline without its brackets or parentheses: "Received April 30—10:30
   * a.m." from "[Received April 30—10:30 a.m.]", "Received July 12." from "(Received July 12.)".
   */
  Optional<String> received() {
    String dateline = copied.getOrDefault(Field.DATELINE, "");
    int at = dateline.indexOf("Received");
    if (at < 1 || (dateline.charAt(at - 1) != '[' && dateline.charAt(at - 1) != '('))
      return Optional.empty();
    int end = dateline.indexOf(dateline.charAt(at - 1) == '[' ? ']' : ')', at);
    return Optional.of(dateline.substring(at, end < 0 ? dateline.length() : end).strip());
  }

  // The serial opening the first paragraph ("237.", "No. 33.]"), else one a source note gives
  // ("No. 378.]", the same line encoded as a note). Not the number before the heading ("No. 277."):
  // in the 1872-1894 volumes that is the editors' running number, whoever wrote.
  private Optional<Serial> serial(List<String> paragraphs) {
    Optional<Serial> s = SerialParser.fromFirstParagraph(paragraphs.get(0), paragraphs.get(1));
    for (int i = 0; s.isEmpty() && i < sourceNotes.size(); i++) {
      s = SerialParser.fromNumberLine(sourceNotes.get(i).text());
    }
    return s;
  }

  // The heading parser's reading, with the persons-list id; else the parties as encoded.
  static Optional<Party> party(
      Optional<Party> parsed, Optional<String> role, Optional<String> name, Optional<String> ref) {
    if (parsed.isPresent())
      return ref.isPresent() ? Optional.of(parsed.get().withRef(ref.get())) : parsed;
    Optional<String> r = role.map(DocumentFacts::trimPunctuation);
    Optional<String> n = name.map(DocumentFacts::trimPunctuation);
    return r.isEmpty() && n.isEmpty()
        ? Optional.empty()
        : Optional.of(new Party(r.map(Role::of), n, ref));
  }

  /** A persons-list reference without its leading '#', absent when empty. */
  static Optional<String> ref(String corresp) {
    if (corresp == null) return Optional.empty();
    String r = corresp.strip();
    r = r.startsWith("#") ? r.substring(1) : r;
    return r.isEmpty() ? Optional.empty() : Optional.of(r);
  }

  static String trimPunctuation(String s) {
    int end = s.length();
    while (end > 0 && ".,;: ".indexOf(s.charAt(end - 1)) >= 0) end--;
    return s.substring(0, end);
  }

  // The text of the first two paragraphs of the document itself, "" for each missing.
  private static List<String> paragraphs(List<Block> blocks) {
    List<String> found = new ArrayList<>(2);
    for (int i = 0; i < blocks.size() && found.size() < 2; i++) {
      Block b = blocks.get(i);
      if (b.attachment() == 0 && b.kind() == Block.Kind.PARAGRAPH) found.add(b.text());
    }
    while (found.size() < 2) found.add("");
    return found;
  }

  private static String first(List<Block> blocks, Block.Kind kind) {
    for (Block b : blocks) {
      if (b.attachment() == 0 && b.kind() == kind) return b.text();
    }
    return "";
  }

  private Optional<String> field(Field f) {
    return Optional.ofNullable(copied.get(f));
  }
}
