package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {
  @Test
  void oneIsSingularAndEveryOtherCountPlural() {
    assertEquals("1 document", Plural.of(1, "document"));
    assertEquals("0 documents", Plural.of(0, "document"));
    assertEquals("2 documents", Plural.of(2, "document"));
    assertEquals("10690 documents", Plural.of(10_690, "document"));
  }

  @Test
  void takesAnIrregularPlural() {
    assertEquals("1 person", Plural.of(1, "person", "people"));
    assertEquals("3 people", Plural.of(3, "person", "people"));
  }

  @Test
  void givesTheWordsAloneForACountWrittenApart() {
    assertEquals("document matches", Plural.noun(1, "document matches", "documents match"));
    assertEquals("documents match", Plural.noun(5, "document matches", "documents match"));
  }
}
