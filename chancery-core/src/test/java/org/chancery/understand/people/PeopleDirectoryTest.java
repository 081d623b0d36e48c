package org.chancery.understand.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeopleDirectoryTest {
  private final PeopleDirectory people = PeopleDirectory.bundled();

  @Test
  void appointmentsKeepTheirDaysAsPocomGivesThem() {
    // appointments.tsv: abbott-john-true  chief  ...  colombia  1889-04-01  1889-06-22  1893-07-17
    Appointment a = only(people.appointments("abbott-john-true"));
    assertEquals("colombia", a.postId());
    assertEquals(Optional.of(LocalDate.of(1889, 4, 1)), a.appointed());
    assertEquals(Optional.of(LocalDate.of(1889, 6, 22)), a.started());
    assertEquals(Optional.of(LocalDate.of(1893, 7, 17)), a.ended());
  }

  @Test
  void aMonthStartsOnItsFirstDayAndEndsOnItsLast() {
    // appointments.tsv: ackerson-garret-g  chief  charge-daffaires-ad-interim  hungary    1957-07
    // 1961-02 (no appointment day)
    Appointment a =
        people.appointments("ackerson-garret-g").stream()
            .filter(x -> x.postId().equals("hungary"))
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.empty(), a.appointed());
    assertEquals(Optional.of(LocalDate.of(1957, 7, 1)), a.started());
    assertEquals(Optional.of(LocalDate.of(1961, 2, 28)), a.ended());
  }

  @Test
  void yearsAndDaysReadFromTheirDigits() {
    assertEquals(Optional.of(LocalDate.of(1934, 1, 1)), PeopleRows.day("1934", false));
    assertEquals(Optional.of(LocalDate.of(1934, 12, 31)), PeopleRows.day("1934", true));
    assertEquals(Optional.of(LocalDate.of(1936, 2, 29)), PeopleRows.day("1936-02", true));
    assertEquals(Optional.of(LocalDate.of(1934, 4, 30)), PeopleRows.day("1934-04-30", false));
    assertEquals(Optional.empty(), PeopleRows.day("", false));
    assertEquals(Optional.empty(), PeopleRows.day("c. 1934", false));
  }

  private static Appointment only(List<Appointment> appointments) {
    assertEquals(1, appointments.size(), appointments.toString());
    return appointments.get(0);
  }
}
