package org.chancery.link;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chancery.understand.references.Reference;
import org.chancery.understand.references.Reference.Item;

/**
 * What one document cites, read from the document alone ({@link CitationReader}) and resolved
 * against a catalogue later ({@link Linker}): its references in reading order, then the editors'
 * footnotes that point somewhere on their own. It keeps nothing else of the document, so an
 * archive's citations can wait in memory for its catalogue.
 */
record Citations(String source, List<Cited> references, List<Editorial> editorial) {

  /**
   * A reference, in the frame of the part of the document it stands in, with the pointer of the
   * editors' footnote after each of its messages (empty where there is none); {@code referenceLine}
   * says it stands in the message's reference line ("Ref: Deptel 1602."), which "reftel" means.
   */
  record Cited(
      Frame frame, Reference reference, List<Optional<Pointer>> pointers, boolean referenceLine) {
    Cited {
      Objects.requireNonNull(frame, "frame");
      Objects.requireNonNull(reference, "reference");
      pointers = List.copyOf(pointers);
      if (pointers.size() != reference.items().size())
        throw new IllegalArgumentException("one pointer per message: " + pointers);
    }
  }

  /**
   * Pointer {@code index} of the footnote {@code note} (its text) whose marker stands at {@code
   * offset} of block {@code block}, with the message the footnote describes (or an empty item).
   */
  record Editorial(
      Frame frame, String note, Item described, Pointer pointer, int index, int block, int offset) {
    Editorial {
      Objects.requireNonNull(frame, "frame");
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(described, "described");
      Objects.requireNonNull(pointer, "pointer");
    }
  }

  Citations {
    Objects.requireNonNull(source, "source");
    references = List.copyOf(references);
    editorial = List.copyOf(editorial);
  }
}
