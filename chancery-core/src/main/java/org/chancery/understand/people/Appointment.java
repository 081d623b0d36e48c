package org.chancery.understand.people;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One appointment in POCOM: a chief of mission to a country ({@code CHIEF}), a principal officer of
 * the Department ({@code PRINCIPAL}) or a chief of mission to an organisation ({@code ORG}), with
 * the role title, the post and the dates as POCOM gives them; or a term as President or Vice
 * President ({@code EXECUTIVE}), from their tables, shown with them.
 */
public record Appointment(
    String personId,
    Kind kind,
    String roleId,
    String roleTitle,
    String postId,
    String postName,
    Optional<LocalDate> appointed,
    Optional<LocalDate> started,
    Optional<LocalDate> ended) {

  /** Which list an appointment comes from. */
  public enum Kind {
    CHIEF,
    PRINCIPAL,
    ORG,
    EXECUTIVE
  }

  public Appointment {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(roleId, "roleId");
    Objects.requireNonNull(roleTitle, "roleTitle");
    Objects.requireNonNull(postId, "postId");
    Objects.requireNonNull(postName, "postName");
    Objects.requireNonNull(appointed, "appointed");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(ended, "ended");
  }

  /** The first day of the appointment: the day of appointment, else the day the duties began. */
  public Optional<LocalDate> from() {
    return appointed.or(() -> started);
  }

  /**
   * The last day of the appointment: the day it ended; with no end and no start of duties (an
   * appointee who never served), the day of appointment; else absent (still in office).
   */
  public Optional<LocalDate> to() {
    return ended.or(() -> started.isEmpty() ? appointed : Optional.empty());
  }

  /** Whether the appointment overlaps the days {@code from} to {@code to}. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return from().map(s -> !s.isAfter(to)).orElse(false)
        && to().map(e -> !e.isBefore(from)).orElse(true);
  }

  /** Years between the appointment and {@code day}: 0 if it covers the day. */
  public int yearsFrom(LocalDate day) {
    if (overlaps(day, day)) return 0;
    int start = from().map(LocalDate::getYear).orElse(Integer.MAX_VALUE / 2);
    int end = to().map(LocalDate::getYear).orElse(start);
    return Math.min(Math.abs(start - day.getYear()), Math.abs(end - day.getYear()));
  }
}
