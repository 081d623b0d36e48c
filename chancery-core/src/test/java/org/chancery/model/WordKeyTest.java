package org.chancery.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordKeyTest {
  @Test
  void dropsAccentsCaseSpacesAndPunctuation() {
    assertEquals("macmurray", WordKey.of("Mac Murray"));
    assertEquals("macmurray", WordKey.of("MacMurray"));
    assertEquals("charge", WordKey.of("Chargé"));
    assertEquals("obrien", WordKey.of("O'Brien,"));
  }
}
