package org.chancery.understand.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void aReaderFindsThePresidentsAndTheirTermsThoughIdentificationDoesNot() {
    List<String> johnsons = people.find("Johnson").stream().map(Person::id).toList();
    assertTrue(johnsons.contains("chancery-president-johnson-lyndon-b"), johnsons.toString());
    assertTrue(johnsons.contains("johnson-ural-alexis"), johnsons.toString());
    assertEquals(
        List.of("chancery-president-johnson-lyndon-b"),
        people.find("Lyndon Johnson").stream().map(Person::id).toList());
    // His terms are his roles; his POCOM appointments (none) are what identification reads.
    List<Appointment> roles = people.roles("chancery-president-johnson-lyndon-b");
    assertEquals(
        List.of(
            "Vice President of the United States 1961-01-20 1963-11-22",
            "President of the United States 1963-11-22 1969-01-20"),
        roles.stream()
            .sorted(java.util.Comparator.comparing(a -> a.from().orElseThrow()))
            .map(a -> a.roleTitle() + " " + a.from().orElseThrow() + " " + a.to().orElseThrow())
            .toList());
    assertEquals(List.of(), people.appointments("chancery-president-johnson-lyndon-b"));
    // Both George Bushes; the elder, POCOM's, once, with its appointments and both terms.
    List<Person> bush = people.find("George Bush");
    assertEquals(
        List.of("bush-george-herbert-walker", "chancery-president-bush-george-w"),
        bush.stream().map(Person::id).toList());
    List<Appointment> his = people.roles("bush-george-herbert-walker");
    assertEquals(2, his.stream().filter(a -> a.kind() == Appointment.Kind.EXECUTIVE).count());
    assertEquals(
        people.appointments("bush-george-herbert-walker").size() + 2, his.size(), his.toString());
  }

  private static Appointment only(List<Appointment> appointments) {
    assertEquals(1, appointments.size(), appointments.toString());
    return appointments.get(0);
  }
}
