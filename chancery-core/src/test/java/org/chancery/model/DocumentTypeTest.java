package org.chancery.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {
  @Test
  void namesATypeInAnyCaseWithSpaceDashOrUnderscore() {
    for (String typed :
        new String[] {"editorial note", "Editorial-Note", "EDITORIAL_NOTE", " editorial-note "})
      assertEquals(Optional.of(DocumentType.EDITORIAL_NOTE), DocumentType.named(typed), typed);
    assertEquals(Optional.of(DocumentType.TELEGRAM), DocumentType.named("Telegram"));
  }

  @Test
  void namesNoTypeForOtherWords() {
    assertEquals(Optional.empty(), DocumentType.named("cable"));
    assertEquals(Optional.empty(), DocumentType.named("editorial"));
  }

  @Test
  void writesTheStartOfATypeAsALabelIsWritten() {
    assertEquals("editorial n", DocumentType.asLabel("Editorial-N"));
  }

  @Test
  void listsTheLabels() {
    assertEquals(
        "telegram, despatch, instruction, memorandum, note, letter, circular, minutes,"
            + " editorial note, paper, intelligence estimate, other, memorandum of conversation",
        DocumentType.labels());
  }
}
