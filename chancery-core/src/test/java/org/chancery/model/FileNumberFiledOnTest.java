package org.chancery.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The filing date in a post-1945 Decimal File number. */
class FileNumberFiledOnTest {
  private static Optional<LocalDate> filed(String number) {
    return new FileNumber(number, Optional.empty()).filedOn();
  }

  @Test
  void readsMonthDayYearAfterTheSlash() {
    assertEquals(Optional.of(LocalDate.of(1953, 1, 15)), filed("611.61/1–1553"));
    assertEquals(Optional.of(LocalDate.of(1954, 6, 10)), filed("714.00/6-1054"));
    assertEquals(Optional.of(LocalDate.of(1956, 9, 4)), filed("747C.00/9–456"));
  }

  @Test
  void aSerialNumberIsNoDate() {
    assertEquals(Optional.empty(), filed("861.20/406"));
    assertEquals(Optional.empty(), filed("811.7443/–"));
    assertEquals(Optional.empty(), filed("611.61/2–3053"));
  }
}
