package org.chancery.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.chancery.model.Party;
import org.junit.jupiter.api.Test;

class HeadingParserTest {

  private static Party sender(String head) {
    return HeadingParser.parse(head).sender().orElseThrow();
  }

  private static Party recipient(String head) {
    return HeadingParser.parse(head).recipient().orElseThrow();
  }

  @Test
  void readsRoleAndNameOfTwentiethCenturyHeadings() {
    String h = "The Minister in Switzerland (Wilson) to the Secretary of State";
    assertEquals(Party.of("Minister in Switzerland", "Wilson"), sender(h));
    assertEquals(Party.of("Secretary of State", null), recipient(h));
  }

  @Test
  void toleratesSpacesInsideParenthesesAsOnTheWebPages() {
    assertEquals(
        Party.of("Chargé in the Soviet Union", "Henderson"),
        sender("The Chargé in the Soviet Union ( Henderson ) to the Secretary of State"));
  }

  @Test
  void dropsTheRecipientsPlace() {
    assertEquals(
        Party.of("Minister in Switzerland", "Wilson"),
        recipient("The Secretary of State to the Minister in Switzerland (Wilson), at Geneva"));
  }

  @Test
  void splitsAfterTheSendersNameWhenTheRoleContainsTo() {
    String h =
        "The Chairman of the American Delegation to the Disarmament Conference (Gibson) to the Secretary of State";
    assertEquals(
        Party.of("Chairman of the American Delegation to the Disarmament Conference", "Gibson"),
        sender(h));
    assertEquals(Party.of("Secretary of State", null), recipient(h));
  }

  @Test
  void readsNineteenthCenturyNamesWithTheRoleInParentheses() {
    String h = "Mr. Seward (Secretary of State) to all the ministers of the United States.";
    assertEquals(Party.of("Secretary of State", "Seward"), sender(h));
    assertEquals(Party.of("ministers of the United States", null), recipient(h));
  }

  @Test
  void skipsTheDespatchNumberBeforeTheParties() {
    String h = "No. 277. Mr. Frelinghuysen to Mr. Hamlin.";
    assertEquals(Party.of(null, "Frelinghuysen"), sender(h));
    assertEquals(Party.of(null, "Hamlin"), recipient(h));
  }

  @Test
  void findsNoPartiesInAHeadingWithoutTo() {
    HeadingParser.Heading h = HeadingParser.parse("Memorandum of Russian Imperial legation.");
    assertTrue(h.sender().isEmpty() && h.recipient().isEmpty());
    assertEquals(Optional.empty(), HeadingParser.parse("").sender());
  }

  // frus1934v04 d643: the date after the recipient's parentheses was read as part of the role.
  @Test
  void leavesOutWhatFollowsTheParenthesesAfterAComma() {
    String h =
        "Memorandum Handed by the Brazilian Ambassador (Aranha) to the Economic Adviser (Feis), Circa December 18, 1934";
    assertEquals(Party.of("Economic Adviser", "Feis"), recipient(h));
  }

  @Test
  void readsTheModernForm() {
    HeadingParser.Heading t =
        HeadingParser.parse("190. Telegram From the Embassy in Greece to the Department of State");
    assertEquals(Optional.of(org.chancery.model.DocumentType.TELEGRAM), t.kind());
    assertEquals("Embassy in Greece", t.sender().orElseThrow().role().orElseThrow().printed());
    assertEquals("Department of State", t.recipient().orElseThrow().role().orElseThrow().printed());
    HeadingParser.Heading m =
        HeadingParser.parse("12. Memorandum From the Secretary of State to the President");
    assertEquals(Optional.of(org.chancery.model.DocumentType.MEMORANDUM), m.kind());
    assertEquals("President", m.recipient().orElseThrow().role().orElseThrow().printed());
    HeadingParser.Heading nie = HeadingParser.parse("1. National Intelligence Estimate");
    assertEquals(Optional.of(org.chancery.model.DocumentType.INTELLIGENCE_ESTIMATE), nie.kind());
    assertEquals(Optional.empty(), nie.sender());
    HeadingParser.Heading paper =
        HeadingParser.parse("3. Paper Prepared in the Policy Planning Staff");
    assertEquals(Optional.of(org.chancery.model.DocumentType.PAPER), paper.kind());
    assertEquals(
        "Policy Planning Staff", paper.sender().orElseThrow().role().orElseThrow().printed());
    assertEquals(
        Optional.of(org.chancery.model.DocumentType.MINUTES),
        HeadingParser.parse("7. Minutes of the 290th Meeting of the National Security Council")
            .kind());
    assertEquals(Optional.empty(), HeadingParser.parse("5. Memorandum for the Record").recipient());
    assertEquals(
        Optional.of(org.chancery.model.DocumentType.EDITORIAL_NOTE),
        HeadingParser.parse("195. Editorial Note").kind());
  }

  @Test
  void leavesTheEarlyFormsAlone() {
    // The 1873 volume's running number is followed by the parties, not a kind.
    assertEquals(
        Optional.empty(), HeadingParser.parse("1. Sir Edward Thornton to Mr. Fish.").kind());
    assertEquals(Optional.empty(), HeadingParser.parse("Memorandum by the Secretary").kind());
  }

  @Test
  void readsTheWriterOfA1940sMemorandumByAfterBy() {
    // frus1948v05p1 d3: the kind and "by" come before the writer; it used to be read reversed.
    String h =
        "Memorandum by the Director of the Office of Near Eastern and African Affairs (Henderson)"
            + " to the Secretary of State";
    assertEquals(
        Party.of("Director of the Office of Near Eastern and African Affairs", "Henderson"),
        sender(h));
    assertEquals(Party.of("Secretary of State", null), recipient(h));
    assertEquals(
        Optional.of("Herbert A. Breakey of the Petroleum Division"),
        sender("Memorandum of Conversation, by Mr. Herbert A. Breakey of the Petroleum Division")
            .name());
  }

  @Test
  void readsAnOfficesTitleBeforeASurnameAsRoleAndName() {
    // frus1981-88v03 d2: the recipient is printed with neither article nor parentheses.
    String h =
        "2. Action Memorandum From the Assistant Secretary of State for European Affairs (Vest) to"
            + " Secretary of State Haig";
    assertEquals(Party.of("Secretary of State", "Haig"), recipient(h));
    assertEquals(
        Party.of("Under Secretary of State", "Buckley"),
        recipient("5. Memorandum From Vest to Under Secretary of State Buckley"));
  }

  @Test
  void leavesARankOrHonourBeforeANameInTheName() {
    assertEquals(
        Party.of(null, "President Carter"), recipient("21. Memorandum to President Carter"));
    assertEquals(Party.of(null, "Sir Edward Thornton"), sender("Sir Edward Thornton to Mr. Fish."));
    assertEquals(Party.of(null, "General Pershing"), recipient("Mr. Baker to General Pershing."));
  }
}
