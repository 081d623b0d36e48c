package org.chancery.understand.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.model.Block;
import org.chancery.model.Document;

/**
 * The classification a document prints above its text, where the source note records none: the
 * 1940s volumes set "confidential" or "Top Secret" in the opener, beside the dateline, and say
 * nothing of it in the note.
 */
public final class PrintedClassification {
  private PrintedClassification() {}

  /**
   * The classification the document's first block after its heading prints, when that block is an
   * opener whose first line is a classification and nothing else.
   */
  public static Optional<Classification> of(Document d) {
    return d.blocks().stream()
        .filter(b -> b.kind() != Block.Kind.HEADING)
        .findFirst()
        .filter(b -> b.kind() == Block.Kind.OPENER && b.attachment() == 0)
        .flatMap(b -> Classification.of(b.text().strip().split("\n", 2)[0]));
  }

  /**
   * The sources with the printed classification given to the first, the document's own note, when
   * that note records none.
   */
  public static List<Provenance> fill(List<Provenance> sources, Document d) {
    if (sources.isEmpty() || sources.get(0).classification().isPresent()) return sources;
    Optional<Classification> printed = of(d);
    if (printed.isEmpty()) return sources;
    List<Provenance> filled = new ArrayList<>(sources);
    filled.set(0, sources.get(0).withClassification(printed.get()));
    return filled;
  }
}
