package org.chancery.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EraTest {
  @Test
  void placesAYearInTheAdministrationInOfficeAtMidYear() {
    assertEquals("Lincoln", Era.of(1861).name());
    assertEquals("Wilson", Era.of(1913).name());
    assertEquals("Wilson", Era.of(1920).name());
    assertEquals("Franklin D. Roosevelt", Era.of(1933).name());
    assertEquals("Nixon and Ford", Era.of(1969).name());
  }

  @Test
  void shelvesUndatedAndUnknownYearsAsOther() {
    assertEquals(Era.OTHER, Era.of(0));
    assertEquals(Era.OTHER, Era.of(1850));
  }

  @Test
  void findsAnEraByItsAddress() {
    assertEquals("Hoover", Era.bySlug("1929-1932").orElseThrow().name());
    assertEquals(Era.OTHER, Era.bySlug("other").orElseThrow());
    assertEquals(java.util.Optional.empty(), Era.bySlug("1929"));
  }

  @Test
  void administrationsFollowEachOtherWithoutGapsOrOverlaps() {
    for (int i = 1; i < Era.ADMINISTRATIONS.size(); i++) {
      assertEquals(Era.ADMINISTRATIONS.get(i - 1).to() + 1, Era.ADMINISTRATIONS.get(i).from());
    }
  }
}
