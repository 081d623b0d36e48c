package org.chancery.understand.people;

import java.util.Arrays;

/** The rule an identification rests on, read from the first words of its basis, for counts. */
public enum IdentificationRule {
  /** The printed role, place and date fit a POCOM appointment. */
  POST("role, place and date fit"),
  /** The only holder of the post at the date, no name printed. */
  ONLY_HOLDER("the only holder of the post"),
  /** A name without a role: the one person of the surname in office at the date. */
  NAME_AT_DATE("no role printed: the one person"),
  /** A name without a role: the Secretary of State of the day. */
  SECRETARY_BY_NAME("no role printed: the Secretary of State"),
  /** A Department title held by someone else: the one officer of the surname then. */
  DEPARTMENT_OFFICER("a Department title held by someone else"),
  /** A role POCOM lists others in: the one person of the surname who served at the post. */
  CAREER_AT_POST(
      "POCOM has no appointment for the printed role at the date: the one person of the"
          + " surname who served"),
  /** A role POCOM lists others in: the one person of the surname in office at the date. */
  CAREER_IN_OFFICE(
      "POCOM has no appointment for the printed role at the date: the one person of the"
          + " surname in office"),
  /** A role POCOM lists others in: the one person of the surname with a career near the date. */
  CAREER_NEAR(
      "POCOM has no appointment for the printed role at the date: the one person of the"
          + " surname with"),
  /** A name without a role, printed with forenames: the one POCOM person of the full name. */
  FULL_NAME("no role printed: the printed forenames and surname"),
  /** A name without a role written from a mission: the one person of the surname at its post. */
  MISSION_CAREER("no role printed, written from a mission of the United States"),
  /**
   * The editors tie the name to a list entry, or the list prints a name, that the Office of the
   * Historian's people database gives to one person.
   */
  PEOPLE_DATABASE("the Office of the Historian's people database"),
  /** The editors tie the name to a list entry whose full name is one POCOM person's. */
  LISTED_IN_POCOM("the editors tie the name to entry"),
  /** Outside POCOM: the editors tie the name to an entry of a List of Principal Persons. */
  LISTED("outside POCOM: the editors tie"),
  /** Outside POCOM: the head prints a foreign office and the name. */
  FOREIGN_OFFICE("outside POCOM: the head prints a foreign office"),
  /** Outside POCOM: the sender writes from a foreign mission. */
  FOREIGN_MISSION("outside POCOM: the sender writes from a foreign mission"),
  /** Outside POCOM: the head prints an office and a name POCOM has no one for. */
  OFFICE_PRINTED("outside POCOM: the head prints an office ("),
  /** Outside POCOM: a sender printed by name alone writes from an office the dateline names. */
  DATELINE_OFFICE("outside POCOM: the dateline names the office"),
  /** A name alone: the volume's other documents identify every sighting as one person. */
  SAME_VOLUME("the volume's other documents"),
  /** No person identified. */
  NONE("");

  private final String opening;

  IdentificationRule(String opening) {
    this.opening = opening;
  }

  /** The words every basis of this rule begins with. */
  String opening() {
    return opening;
  }

  /** The rule behind {@code i}. */
  public static IdentificationRule of(Identification i) {
    if (!i.identified()) return NONE;
    return Arrays.stream(values())
        .filter(r -> r != NONE && i.basis().startsWith(r.opening))
        .findFirst()
        .orElse(NONE);
  }
}
