package org.chancery.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.chancery.model.DocumentType;
import org.chancery.model.Serial;
import org.chancery.model.SourceNote;
import org.junit.jupiter.api.Test;

class TypeClassifierTest {

  private static TypeClassifier.Typed classify(
      String note, String head, boolean serial, boolean timed, String first) {
    HeadingParser.Heading h = HeadingParser.parse(head);
    List<SourceNote> notes = note == null ? List.of() : List.of(SourceNoteParser.parse(note));
    Optional<Serial> s =
        serial
            ? Optional.of(new Serial("12", Optional.empty(), Optional.empty()))
            : Optional.empty();
    return TypeClassifier.classify(
        new TypeClassifier.Evidence(notes, head, h.sender(), h.recipient(), s, timed, first));
  }

  @Test
  void takesTheTypeTheSourceNoteStates() {
    assertEquals(
        new TypeClassifier.Typed(DocumentType.TELEGRAM, false),
        classify(
            "861.20/406: Telegram",
            "The Chargé in the Soviet Union (Henderson) to the Secretary of State",
            true,
            false,
            ""));
  }

  @Test
  void infersFromTheHeading() {
    assertEquals(
        new TypeClassifier.Typed(DocumentType.MEMORANDUM, true),
        classify("711.00/1", "Memorandum by the Secretary of State", false, false, ""));
    assertEquals(
        DocumentType.EDITORIAL_NOTE, classify(null, "Editorial Note", false, false, "").type());
  }

  // A note or memorandum prints its kind as a title above its text, and the source note may name
  // an aide-mémoire.
  @Test
  void takesTheKindATitleOrSourceNotePrints() {
    String head = "The British Embassy to the Department of State";
    assertEquals(
        new TypeClassifier.Typed(DocumentType.MEMORANDUM, false),
        classify(null, head, false, false, "Memorandum"));
    assertEquals(
        new TypeClassifier.Typed(DocumentType.NOTE, false),
        classify(null, head, false, false, "Note Verbale"));
    assertEquals(
        new TypeClassifier.Typed(DocumentType.MEMORANDUM, false),
        classify(
            null,
            "The Secretary of State to the Allied Ambassadors",
            false,
            false,
            "Circular" + " Memorandum"));
    assertEquals(
        new TypeClassifier.Typed(DocumentType.MEMORANDUM, false),
        classify(
            "[Aide-Mémoire—Extract]",
            "The Secretary of State to the Allied Ambassadors",
            false,
            false,
            "It is the hope and purpose of the Government of the United States."));
    // A paragraph that only begins with the word is the text, not a title.
    assertEquals(
        new TypeClassifier.Typed(DocumentType.NOTE, true),
        classify(null, head, false, false, "Memorandum of the points agreed follows."));
  }

  // The headings of 1861 to 1936 name the record of a conversation so, in the editors' words.
  @Test
  void aMemorandumOfAConversationIsNotAMemorandumSent() {
    for (String head :
        java.util.List.of(
            "Memorandum by the Secretary of State of a Conversation With the Nicaraguan Chargé"
                + " (Tigerino), May 28, 1925",
            "Memorandum of a conversation between Mr. Calderon Collantes and Mr. Schurz on"
                + " October 16, 1861.",
            "Memorandum of the Counselor for the Department of State (Polk) of conversation with"
                + " the British Chargé (Barclay)"))
      assertEquals(
          DocumentType.MEMORANDUM_OF_CONVERSATION,
          classify(null, head, false, false, "").type(),
          head);
    assertEquals(
        DocumentType.MEMORANDUM,
        classify(
                null,
                "Memorandum by the Secretary of State on the conversations at Geneva",
                false,
                false,
                "")
            .type());
  }

  @Test
  void infersATelegramFromAnHourInTheDate() {
    assertEquals(
        new TypeClassifier.Typed(DocumentType.TELEGRAM, true),
        classify(
            null,
            "The Minister in China (Reinsch) to the Secretary of State",
            true,
            true,
            "12. Your 5."));
  }

  @Test
  void infersDespatchInstructionNoteAndLetter() {
    assertEquals(
        DocumentType.DESPATCH,
        classify(
                null,
                "The Minister in China (Reinsch) to the Secretary of State",
                true,
                false,
                "Sir: I have")
            .type());
    assertEquals(
        DocumentType.INSTRUCTION,
        classify(
                null,
                "The Secretary of State to the Minister in China (Reinsch)",
                true,
                false,
                "Sir: You")
            .type());
    assertEquals(
        DocumentType.NOTE,
        classify(
                null,
                "The British Ambassador (Lindsay) to the Secretary of State",
                false,
                false,
                "Sir: I")
            .type());
    assertEquals(
        DocumentType.LETTER,
        classify(
                null,
                "Mr. Henry White to President Wilson",
                false,
                false,
                "My dear Mr. President: I")
            .type());
  }
}
