package org.chancery.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.chancery.model.Party;
import org.junit.jupiter.api.Test;

class HeadingParserTest {

  @Test
  void readsRoleAndNameOfBothParties() {
    HeadingParser.Heading h = HeadingParser.parse("The Minister in Switzerland (Wilson) to the Secretary of State");
    assertEquals(Optional.of(Party.of("Minister in Switzerland", "Wilson")), h.sender());
    assertEquals(Optional.of(Party.of("Secretary of State", null)), h.recipient());
  }

  // frus1934v04 d643: the date after the recipient's parentheses was read as part of the role.
  @Test
  void leavesOutWhatFollowsTheParenthesesAfterAComma() {
    HeadingParser.Heading h = HeadingParser.parse(
        "Memorandum Handed by the Brazilian Ambassador (Aranha) to the Economic Adviser (Feis), Circa December 18, 1934");
    assertEquals(Optional.of(Party.of("Economic Adviser", "Feis")), h.recipient());
  }
}
