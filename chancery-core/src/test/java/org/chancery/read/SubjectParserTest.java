package org.chancery.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.model.Block;
import org.chancery.model.Block.Kind;
import org.junit.jupiter.api.Test;

class SubjectParserTest {

  // The document's heading and dateline, then blocks of the given kinds and texts in turn.
  private static Optional<String> subject(Object... kindsAndTexts) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(block(Kind.HEADING, 0, "Memorandum of Conversation"));
    blocks.add(block(Kind.DATELINE, 0, "Washington, October 10, 1966."));
    for (int i = 0; i < kindsAndTexts.length; i += 2)
      blocks.add(block((Kind) kindsAndTexts[i], 0, (String) kindsAndTexts[i + 1]));
    return SubjectParser.of(blocks);
  }

  private static Block block(Kind kind, int attachment, String text) {
    return new Block(kind, attachment, Optional.empty(), text, List.of());
  }

  @Test
  void readsTheItemUnderASubjectHeading() {
    assertEquals(
        Optional.of("Miscellaneous Matters"),
        subject(Kind.HEADING, "SUBJECT", Kind.ITEM, "Miscellaneous Matters "));
  }

  @Test
  void readsTheSubjectListAfterTheParticipants() {
    assertEquals(
        Optional.of("Cyprus"),
        subject(
            Kind.HEADING,
            "PARTICIPANTS",
            Kind.ITEM,
            "The Secretary",
            Kind.ITEM,
            "Mr. Rountree",
            Kind.HEADING,
            "SUBJECT",
            Kind.ITEM,
            "Cyprus"));
  }

  @Test
  void readsASubjectParagraph() {
    assertEquals(
        Optional.of("Leticia peace negotiations"),
        subject(Kind.PARAGRAPH, "No. 216", Kind.PARAGRAPH, "Subject: Leticia peace negotiations."));
    assertEquals(Optional.of("Press Office"), subject(Kind.PARAGRAPH, "SUBJECT: Press Office."));
  }

  @Test
  void readsATelegramsSubjectAfterItsNumberWithoutMarkingOrReferences() {
    assertEquals(
        Optional.of("Initial Moscow Views on the U.S. Election"),
        subject(
            Kind.PARAGRAPH,
            "17743. Subject: (C) Initial Moscow Views on the U.S. Election. Ref: Moscow 17719"
                + " (NOTAL)."));
    assertEquals(
        Optional.of("Memcon, Gorbachev Meeting of March 13"),
        subject(
            Kind.PARAGRAPH,
            "3137. S/S only for clearance. Subject: Memcon, Gorbachev Meeting of March 13."));
  }

  @Test
  void stripsEachClassificationMarking() {
    for (String marking : List.of("(U)", "(C)", "(S)", "(TS)", "(LOU)", "(S/NF)"))
      assertEquals(
          Optional.of("Soviet Greetings"),
          subject(Kind.PARAGRAPH, "SUBJECT: " + marking + " Soviet Greetings"),
          marking);
  }

  @Test
  void keepsTheStopOfAnInitialAtTheEnd() {
    assertEquals(
        Optional.of("Meeting with the Ambassador of the U.S.S.R."),
        subject(Kind.PARAGRAPH, "Subject: Meeting with the Ambassador of the U.S.S.R."));
  }

  @Test
  void readsASubjectLabelAloneAndTheParagraphAfterIt() {
    assertEquals(
        Optional.of("Fisheries and East-West Trade"),
        subject(Kind.PARAGRAPH, "Subject:", Kind.PARAGRAPH, "Fisheries and East-West Trade"));
  }

  @Test
  void takesNoProseThatBeginsWithTheWordSubject() {
    assertEquals(
        Optional.empty(),
        subject(Kind.PARAGRAPH, "Subject to the approval of the Senate, the treaty will stand."));
    assertEquals(
        Optional.empty(), subject(Kind.PARAGRAPH, "Subjects of the Crown: the Government holds."));
  }

  @Test
  void takesNoSubjectLineAfterTheFirstParagraphs() {
    assertEquals(
        Optional.empty(),
        subject(
            Kind.PARAGRAPH, "1. Secret entire text.",
            Kind.PARAGRAPH, "2. Following is draft memcon. Begin text.",
            Kind.PARAGRAPH, "MEMORANDUM OF CONVERSATION",
            Kind.PARAGRAPH, "Subject: Meeting with General Secretary Gorbachev"));
  }

  @Test
  void takesNoSubjectOfAnEnclosure() {
    List<Block> blocks =
        List.of(
            block(Kind.HEADING, 0, "Major General Kernan to the Secretary"),
            block(Kind.PARAGRAPH, 0, "1. Herewith are two copies of a memorandum."),
            block(Kind.HEADING, 1, "Memorandum for the Commission"),
            block(Kind.PARAGRAPH, 1, "Subject: Some suggestions."));
    assertEquals(Optional.empty(), SubjectParser.of(blocks));
  }
}
