package org.chancery;

import java.util.List;
import java.util.Optional;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.DocumentType;
import org.chancery.model.Footnote;
import org.chancery.model.Party;
import org.chancery.model.SourceNote;

/**
 * Documents for tests: telegrams of blocks, footnotes, source notes and a date; heads of parties.
 */
public final class Documents {
  private Documents() {}

  /** Telegram {@code v/d1} dated {@code iso} (null: undated), with these blocks and footnotes. */
  public static Document telegram(String iso, List<Block> blocks, List<Footnote> footnotes) {
    return telegram("v", "d1", iso, blocks, footnotes);
  }

  /**
   * Telegram {@code volume/id} dated {@code iso} (null: undated), with these blocks and footnotes.
   */
  public static Document telegram(
      String volume, String id, String iso, List<Block> blocks, List<Footnote> footnotes) {
    return telegram(volume, id, iso, List.of(), blocks, footnotes);
  }

  /**
   * Telegram {@code volume/id} dated {@code iso} (null: undated), with these source notes, blocks
   * and footnotes.
   */
  public static Document telegram(
      String volume,
      String id,
      String iso,
      List<SourceNote> sourceNotes,
      List<Block> blocks,
      List<Footnote> footnotes) {
    return document(
        volume, id, DocumentType.TELEGRAM, iso, sourceNotes, null, null, null, blocks, footnotes);
  }

  /**
   * A {@code type} from {@code sender} to {@code recipient} (null: none) written at {@code place}
   * (null: none), dated {@code iso} (null: undated), with no text: a head for the people rules.
   */
  public static Document between(
      String volume,
      String id,
      DocumentType type,
      String iso,
      Party sender,
      Party recipient,
      String place) {
    return document(
        volume, id, type, iso, List.of(), sender, recipient, place, List.of(), List.of());
  }

  private static Document document(
      String volume,
      String id,
      DocumentType type,
      String iso,
      List<SourceNote> sourceNotes,
      Party sender,
      Party recipient,
      String place,
      List<Block> blocks,
      List<Footnote> footnotes) {
    return new Document(
        volume,
        id,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        type,
        false,
        sourceNotes,
        Optional.ofNullable(sender),
        Optional.ofNullable(recipient),
        Optional.ofNullable(place),
        Optional.ofNullable(iso).map(DocumentDate::parse),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        blocks,
        footnotes,
        Optional.empty());
  }
}
