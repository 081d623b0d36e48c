package org.chancery.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentDateTest {
  @Test
  void parsesEachPrecisionAndKnowsTheFirstAndLastDayItCovers() {
    DocumentDate year = DocumentDate.parse("1936");
    assertEquals(DocumentDate.Precision.YEAR, year.precision());
    assertEquals(LocalDate.of(1936, 1, 1), year.day());
    assertEquals(LocalDate.of(1936, 12, 31), year.lastDay());

    DocumentDate month = DocumentDate.parse("1936-02");
    assertEquals(DocumentDate.Precision.MONTH, month.precision());
    assertEquals(LocalDate.of(1936, 2, 1), month.day());
    assertEquals(LocalDate.of(1936, 2, 29), month.lastDay());

    DocumentDate day = DocumentDate.parse(" 1934-04-30 ");
    assertEquals(LocalDate.of(1934, 4, 30), day.lastDay());

    DocumentDate minute = DocumentDate.parse("1934-04-30T14:00:00");
    assertEquals(Optional.of(LocalTime.of(14, 0)), minute.time());
    assertEquals("1934-04-30T14:00", minute.iso());
  }

  @Test
  void refusesWhatIsNotAnIsoDate() {
    for (String bad :
        new String[] {
          "1934-4-30", "1934/04/30", "1934-02-30", "1934-13", "c. 1934", "+934", "19x4"
        }) {
      assertThrows(IllegalArgumentException.class, () -> DocumentDate.parse(bad), bad);
    }
  }
}
