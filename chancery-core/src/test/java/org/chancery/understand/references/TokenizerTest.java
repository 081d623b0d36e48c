package org.chancery.understand.references;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chancery.understand.references.Token.Type;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  @Test
  void splitsWordsNumbersOrdinalsTimesAndCorrections() {
    assertEquals(
        List.of(
            new Token(Type.WORD, "Department’s", 0, 12),
            new Token(Type.NUMBER, "L–307", 13, 18),
            new Token(Type.PUNCT, ",", 18, 19),
            new Token(Type.ORDINAL, "18th", 20, 24),
            new Token(Type.CORRECTION, "26th", 25, 31),
            new Token(Type.NUMBER, "2", 32, 33),
            new Token(Type.MERIDIEM, "P. M.", 34, 39)),
        Tokenizer.tokenize("Department’s L–307, 18th [26th] 2 P. M."));
  }

  @Test
  void keepsEachTokensTextInLowerCase() {
    assertEquals("department’s", Tokenizer.tokenize("Department’s").get(0).lower());
    assertEquals("l–307", Tokenizer.tokenize("L–307").get(0).lower());
  }

  @Test
  void aTokensValueIsItsLeadingDigits() {
    assertEquals(18, Tokenizer.tokenize("18th").get(0).value());
    assertEquals(1917, Tokenizer.tokenize("1917").get(0).value());
    assertEquals(-1, Tokenizer.tokenize("L–307").get(0).value());
    assertEquals(-1, Tokenizer.tokenize("April").get(0).value());
  }

  @Test
  void knowsEachTokensLowerCaseHashWithoutMakingIt() {
    Tokens tokens =
        Tokenizer.tokenize("YOUR Department’s Chargé aide-mémoire İstanbul [26th] L–307, P.M.");
    for (int i = 0; i < tokens.size(); i++) {
      assertEquals(tokens.get(i).lower().hashCode(), tokens.lowerHash(i), tokens.get(i).text());
    }
  }
}
