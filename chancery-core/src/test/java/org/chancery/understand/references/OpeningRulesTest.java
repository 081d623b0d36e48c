package org.chancery.understand.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.chancery.understand.references.OpeningRules.Head;
import org.junit.jupiter.api.Test;

class OpeningRulesTest {

  private static boolean canStart(String text) {
    return new OpeningRules(TokenCursorTest.over(text)).canStart();
  }

  // The owner read at token {@code at}, and where the cursor stands after it.
  private static void assertOwner(String text, int at, Owner owner, int after) {
    TokenCursor c = TokenCursorTest.over(text);
    c.moveTo(at);
    assertEquals(owner, new OpeningRules(c).owner(), text);
    assertEquals(after, c.position(), text);
  }

  private static Optional<Head> head(String text) {
    return new OpeningRules(TokenCursorTest.over(text)).head();
  }

  @Test
  void onlyOwnerAndHeadWordsCanStartAReference() {
    assertTrue(canStart("Your 237"));
    assertTrue(canStart("despatch No. 515"));
    assertTrue(canStart("CONFIDENTIAL"));
    assertTrue(canStart("Legation’s 142"));
    assertTrue(canStart("Department telegram"));
    assertTrue(canStart("Dept. 45"));
    assertFalse(canStart("department"));
    assertFalse(canStart("the Department"));
    assertFalse(canStart("237"));
    assertFalse(canStart("Embassy 45"));
  }

  @Test
  void readsOwnerWords() {
    assertOwner("Your 237, April 30", 0, Owner.ADDRESSEE, 1);
    assertOwner("Reference my 117", 1, Owner.WRITER, 2);
    assertOwner("our 14", 0, Owner.WRITER, 1);
    assertOwner("their note", 0, Owner.THIRD_PARTY, 1);
  }

  @Test
  void readsPossessives() {
    assertOwner("Department’s telegram No. 45", 0, Owner.DEPARTMENT, 1);
    assertOwner("Dept's 212", 0, Owner.DEPARTMENT, 1);
    assertOwner("Department telegram 45", 0, Owner.DEPARTMENT, 1);
    assertOwner("Legation's 142", 0, new Owner.Named("Legation"), 1);
    assertOwner("the Consulate General's 45", 2, new Owner.Named("Consulate General"), 3);
    assertOwner("Mr. Phillips’ telegram of May 3", 2, new Owner.Named("Phillips"), 4);
  }

  @Test
  void statesNoOwnerOtherwise() {
    assertOwner("Department of State", 0, Owner.UNSTATED, 0);
    assertOwner("legation's 142", 0, Owner.UNSTATED, 0);
    assertOwner("Phillips’ 45", 0, Owner.UNSTATED, 0);
    assertOwner("telegram No. 45", 0, Owner.UNSTATED, 0);
    assertOwner("237", 0, Owner.UNSTATED, 0);
  }

  @Test
  void readsAHeadWithItsQualifiers() {
    assertEquals(Optional.of(new Head(MessageKind.TELEGRAM, true)), head("circular telegram"));
    assertEquals(Optional.of(new Head(MessageKind.TELEGRAM, true)), head("circular 12"));
    assertEquals(
        Optional.of(new Head(MessageKind.DESPATCH, false)), head("strictly confidential despatch"));
    assertEquals(
        Optional.of(new Head(MessageKind.TELEGRAM, false)), head("telegraphic instruction"));
    assertEquals(Optional.of(new Head(MessageKind.TELEGRAM, false)), head("cabled instruction"));
    assertEquals(Optional.of(new Head(MessageKind.NOTE, false)), head("aide-mémoire of May 3"));
    assertEquals(Optional.of(new Head(MessageKind.DESPATCH, false)), head("Airgram 45"));
  }

  @Test
  void noHeadLeavesTheCursorWhereItWas() {
    TokenCursor c = TokenCursorTest.over("strictly confidential matters");
    assertEquals(Optional.empty(), new OpeningRules(c).head());
    assertEquals(0, c.position());
  }
}
