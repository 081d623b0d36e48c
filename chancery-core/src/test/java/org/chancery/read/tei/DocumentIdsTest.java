package org.chancery.read.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class DocumentIdsTest {

  @Test
  void derivesIdsFromTheNearestIdInOrder() {
    DocumentIds ids = new DocumentIds();
    assertEquals("d3", ids.assign("d3", "ch1"));
    assertEquals("d3-1", ids.assign(null, "d3"));
    assertEquals("d3-2", ids.assign(null, "d3"));
  }

  @Test
  void givesATakenIdANewOne() {
    DocumentIds ids = new DocumentIds();
    ids.see("d1");
    assertEquals("d1", ids.assign("d1", "v"));
    assertFalse(ids.see("d1"));
    assertEquals("d1-1", ids.assign("d1", "v"));
  }

  @Test
  void skipsDerivedIdsAlreadyInTheFile() {
    DocumentIds ids = new DocumentIds();
    ids.see("d4-1");
    assertEquals("d4-2", ids.assign(null, "d4"));
  }
}
