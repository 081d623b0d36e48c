package org.chancery.link;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileCasesTest {
  @Test
  void oneFileIsOneCase() {
    assertTrue(FileCases.related("861.51", "861.51"));
    assertFalse(FileCases.related("861.51", "861.52"));
    assertFalse(FileCases.related("861.51", "862.51"));
  }

  @Test
  void theGeneralFileOfASubjectHoldsTheSameCaseAsACountrysFileOfIt() {
    assertTrue(FileCases.related("600.119", "657.119"));
    assertTrue(FileCases.related("657.119", "600.119"));
    // Another class is another matter, general or not.
    assertFalse(FileCases.related("700.119", "657.119"));
    // Two countries' files of one subject are two cases.
    assertFalse(FileCases.related("658.119", "657.119"));
  }

  @Test
  void documentsShareACaseWhenAnyOfTheirFilesDo() {
    assertTrue(FileCases.shared(List.of("102.1", "861.51"), List.of("861.51")));
    assertFalse(FileCases.shared(List.of(), List.of("861.51")));
  }
}
