package org.chancery;

import java.util.List;
import java.util.Optional;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.DocumentType;
import org.chancery.model.Footnote;
import org.chancery.model.SourceNote;

/** Documents for tests that need only blocks, footnotes, source notes and a date: telegrams. */
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
    return new Document(
        volume,
        id,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        DocumentType.TELEGRAM,
        false,
        sourceNotes,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(iso).map(DocumentDate::parse),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        blocks,
        footnotes,
        Optional.empty());
  }
}
