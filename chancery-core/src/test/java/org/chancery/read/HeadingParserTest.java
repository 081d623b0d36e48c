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
}
