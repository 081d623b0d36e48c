package org.chancery.search;

import java.util.List;
import java.util.Optional;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.DocumentType;
import org.chancery.model.FileNumber;
import org.chancery.model.Party;
import org.chancery.model.Serial;
import org.chancery.model.SourceNote;

/** Small documents built in tests: a fluent spec turned into a {@link Document}. */
public record TestDocuments(
    String volume,
    String id,
    DocumentType type,
    String date,
    String head,
    String text,
    String senderRole,
    String recipientRole,
    String place,
    String file,
    String serial) {

  /** A telegram with this key and body, undated, with no parties. */
  public static TestDocuments doc(String volume, String id, String text) {
    return new TestDocuments(
        volume,
        id,
        DocumentType.TELEGRAM,
        null,
        "Heading of " + id,
        text,
        null,
        null,
        null,
        null,
        null);
  }

  public TestDocuments type(DocumentType t) {
    return new TestDocuments(
        volume, id, t, date, head, text, senderRole, recipientRole, place, file, serial);
  }

  public TestDocuments date(String iso) {
    return new TestDocuments(
        volume, id, type, iso, head, text, senderRole, recipientRole, place, file, serial);
  }

  public TestDocuments head(String h) {
    return new TestDocuments(
        volume, id, type, date, h, text, senderRole, recipientRole, place, file, serial);
  }

  public TestDocuments parties(String from, String to) {
    return new TestDocuments(volume, id, type, date, head, text, from, to, place, file, serial);
  }

  public TestDocuments place(String p) {
    return new TestDocuments(
        volume, id, type, date, head, text, senderRole, recipientRole, p, file, serial);
  }

  public TestDocuments file(String f) {
    return new TestDocuments(
        volume, id, type, date, head, text, senderRole, recipientRole, place, f, serial);
  }

  public TestDocuments serial(String s) {
    return new TestDocuments(
        volume, id, type, date, head, text, senderRole, recipientRole, place, file, s);
  }

  /** The document. */
  public Document build() {
    List<Block> blocks =
        List.of(
            new Block(Block.Kind.HEADING, 0, Optional.empty(), head, List.of()),
            new Block(Block.Kind.PARAGRAPH, 0, Optional.empty(), text, List.of()));
    List<SourceNote> notes =
        file == null
            ? List.of()
            : List.of(
                new SourceNote(
                    file + ": " + type.label(), List.of(new FileNumber(file, Optional.empty()))));
    return new Document(
        volume,
        id,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        type,
        false,
        notes,
        party(senderRole),
        party(recipientRole),
        Optional.ofNullable(place),
        Optional.ofNullable(date).map(DocumentDate::parse),
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(serial).map(s -> new Serial(s, Optional.empty(), Optional.empty())),
        blocks,
        List.of(),
        Optional.empty());
  }

  private static Optional<Party> party(String role) {
    return Optional.ofNullable(role).map(r -> Party.of(r, null));
  }
}
