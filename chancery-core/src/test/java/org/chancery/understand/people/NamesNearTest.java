package org.chancery.understand.people;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesNearTest {
  @Test
  void aSurnameAllowsEditsByItsLength() {
    // Eight letters or more: two edits; five to seven: one; fewer: none.
    assertTrue(Names.near("Vansitart", "Vansittart"));
    assertTrue(Names.near("Mr. Vansitartt", "Vansittart"));
    assertFalse(Names.near("Vandenberg", "Vansittart"));
    assertTrue(Names.near("Hibard", "Hibbard"));
    assertFalse(Names.near("Hubard", "Hibbbard"));
    assertFalse(Names.near("Castel", "Castle"));
    assertFalse(Names.near("Lang", "Long"));
    // Lengths too far apart are never near, however alike the letters.
    assertFalse(Names.near("Hibbardson", "Hibbard"));
  }
}
