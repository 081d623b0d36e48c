package org.chancery.understand.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void eachTypeWordNamesItsKind() {
    assertEquals(MessageKind.TELEGRAM, Vocabulary.KINDS.get("telegram"));
    assertEquals(MessageKind.TELEGRAM, Vocabulary.KINDS.get("cablegrams"));
    assertEquals(MessageKind.TELEGRAM, Vocabulary.KINDS.get("circular"));
    assertEquals(MessageKind.TELEGRAM, Vocabulary.KINDS.get("wire"));
    assertEquals(MessageKind.DESPATCH, Vocabulary.KINDS.get("despatch"));
    assertEquals(MessageKind.DESPATCH, Vocabulary.KINDS.get("dispatches"));
    assertEquals(MessageKind.DESPATCH, Vocabulary.KINDS.get("airgram"));
    assertEquals(MessageKind.INSTRUCTION, Vocabulary.KINDS.get("instructions"));
    assertEquals(MessageKind.NOTE, Vocabulary.KINDS.get("aide-mémoire"));
    assertEquals(MessageKind.NOTE, Vocabulary.KINDS.get("aide-memoire"));
    assertEquals(MessageKind.LETTER, Vocabulary.KINDS.get("letters"));
    assertEquals(MessageKind.MEMORANDUM, Vocabulary.KINDS.get("memoranda"));
    assertEquals(MessageKind.COMMUNICATION, Vocabulary.KINDS.get("message"));
    assertEquals(29, Vocabulary.TYPES.size());
    assertTrue(Vocabulary.KINDS.values().stream().noneMatch(k -> k == MessageKind.UNSTATED));
  }

  @Test
  void ownerWordsStandForTheirOwners() {
    assertEquals(Owner.ADDRESSEE, Vocabulary.OWNERS.get("your"));
    assertEquals(Owner.WRITER, Vocabulary.OWNERS.get("my"));
    assertEquals(Owner.WRITER, Vocabulary.OWNERS.get("our"));
    assertEquals(Owner.THIRD_PARTY, Vocabulary.OWNERS.get("their"));
    assertTrue(Vocabulary.DEPARTMENT.contains("Dept"));
    assertFalse(Vocabulary.DEPARTMENT.contains("department"));
  }

  @Test
  void openersAreTheOwnersTypesAndQualifiers() {
    assertTrue(Vocabulary.OPENERS.contains("your"));
    assertTrue(Vocabulary.OPENERS.contains("telegram"));
    assertTrue(Vocabulary.OPENERS.contains("confidential"));
    assertFalse(Vocabulary.OPENERS.contains("embassy"));
    for (String w : Vocabulary.OPENERS) assertTrue(Vocabulary.mayOpen(w.hashCode()), w);
    assertTrue(Vocabulary.mayOpen("department".hashCode()));
    assertTrue(Vocabulary.mayOpen("dept".hashCode()));
  }

  @Test
  void countedWordsAreNeitherTypesNorQualifiers() {
    assertTrue(Vocabulary.COUNTED.contains("points"));
    assertTrue(Vocabulary.COUNTED.contains("o’clock"));
    for (String w : Vocabulary.COUNTED) {
      assertFalse(Vocabulary.TYPES.contains(w), w);
      assertFalse(Vocabulary.QUALIFIERS.contains(w), w);
    }
  }

  @Test
  void connectingWordsMatchAToken() {
    assertTrue(Tokenizer.tokenize("Dated").get(0).isWord(Vocabulary.DATE_LINKS));
    assertTrue(Tokenizer.tokenize("Nos").get(0).isWord(Vocabulary.NUMBER_ABBREVIATIONS));
    assertFalse(Tokenizer.tokenize("Nos").get(0).isWord(Vocabulary.NUMBER_WORDS));
    assertTrue(Tokenizer.tokenize("ult").get(0).isWord(Vocabulary.ULTIMO));
    assertFalse(Tokenizer.tokenize("Storer").get(0).isWord(Vocabulary.NOT_PLACES));
    assertTrue(Tokenizer.tokenize("Señor").get(0).isWord(Vocabulary.NOT_PLACES));
    assertEquals(LocalTime.NOON, Vocabulary.NAMED_TIMES.get("noon"));
    assertEquals(1, Vocabulary.DAYS_BACK.get("yesterday"));
  }
}
