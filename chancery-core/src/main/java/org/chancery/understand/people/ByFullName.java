package org.chancery.understand.people;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.chancery.model.DocumentDate;

/**
 * A name printed without a role but with its forenames ("George F. Seward", "Edward Everett"), held
 * by no one in office at the date: the one POCOM person of that full name, of age and alive then
 * and with an appointment within {@link InOffice#CAREER} years, as an entry of the editors' list
 * whose full name is one POCOM person's is that person. Initials alone ("G. F. Seward") are not a
 * full name: they fit too many.
 */
final class ByFullName {
  private final InOffice inOffice;

  ByFullName(InOffice inOffice) {
    this.inOffice = inOffice;
  }

  /** The one POCOM person of the printed full name, or why none is named. */
  ByNameAtDate.Outcome identify(String printed, DocumentDate date) {
    LocalDate day = date.day();
    List<Person> same =
        inOffice.people().withSurnameOfWords(printed).stream()
            .map(Person::surname)
            .distinct()
            .filter(s -> Names.agrees(printed, s))
            .flatMap(s -> fullName(printed, s, date).stream())
            .distinct()
            .filter(
                p ->
                    inOffice.people().appointments(p.id()).stream()
                        .anyMatch(a -> a.yearsFrom(day) <= InOffice.CAREER))
            .toList();
    if (same.size() != 1)
      return new ByNameAtDate.Outcome(
          Optional.empty(),
          "no role printed, and no one POCOM person of the printed forenames and surname");
    Person p = same.get(0);
    Appointment nearest =
        inOffice.people().appointments(p.id()).stream()
            .min(Comparator.comparingInt(a -> a.yearsFrom(day)))
            .orElseThrow();
    return new ByNameAtDate.Outcome(
        Optional.of(new InOffice.Held(p, nearest)),
        "no role printed: the printed forenames and surname are one POCOM person's ("
            + p.name()
            + ", "
            + nearest.roleTitle()
            + ", "
            + nearest.postName()
            + "), of age and alive at the date");
  }

  // The persons of the surname whose forenames agree with the printed ones, where a forename is
  // printed in full.
  private List<Person> fullName(String printed, String surname, DocumentDate date) {
    String name = printed.strip();
    int at =
        name.toLowerCase(java.util.Locale.ROOT)
            .lastIndexOf(surname.toLowerCase(java.util.Locale.ROOT));
    if (at <= 0) return List.of();
    List<String> forenames = ListedPersons.forenames(name.substring(0, at), "");
    if (forenames.isEmpty() || ListedPersons.isInitial(forenames.get(0))) return List.of();
    return inOffice.withFullName(surname, forenames, Optional.of(date));
  }
}
