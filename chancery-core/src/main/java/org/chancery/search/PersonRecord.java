package org.chancery.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.chancery.understand.people.Appointment;
import org.chancery.understand.people.PeopleDirectory;
import org.chancery.understand.people.Person;

/**
 * One entry of the person index: a POCOM person, their appointments over time, and how many
 * archived documents they sent, received or are identified in.
 */
public record PersonRecord(
    Person person, List<Appointment> roles, int sent, int received, int mentioned) {
  public PersonRecord {
    Objects.requireNonNull(person, "person");
    roles = List.copyOf(roles);
  }

  /** The record of {@code p}, counting documents in {@code search}. */
  public static PersonRecord of(Person p, PeopleDirectory people, SearchBackend search)
      throws IOException {
    List<Appointment> roles =
        people.roles(p.id()).stream()
            .sorted(Comparator.comparing((Appointment a) -> a.from().orElse(LocalDate.MAX)))
            .toList();
    return new PersonRecord(
        p,
        roles,
        search.count(IndexSchema.SENDER_PERSON, p.id()),
        search.count(IndexSchema.RECIPIENT_PERSON, p.id()),
        search.count(IndexSchema.MENTIONED_PERSON, p.id()));
  }

  /**
   * The records of the people a reader means by {@code query} (a POCOM id, a surname or a full
   * name; see {@link PeopleDirectory#find}), most documents first, then by name.
   */
  public static List<PersonRecord> find(String query, PeopleDirectory people, SearchBackend search)
      throws IOException {
    List<PersonRecord> records = new java.util.ArrayList<>();
    for (Person p : people.find(query)) records.add(of(p, people, search));
    records.sort(
        Comparator.comparingInt(PersonRecord::documents)
            .reversed()
            .thenComparing(r -> r.person().name()));
    return records;
  }

  /** Documents sent, received and named in, together. */
  public int documents() {
    return sent + received + mentioned;
  }
}
