package org.chancery.understand.people;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.DocumentDate;
import org.chancery.model.Party;

/**
 * A sender printed by name alone whose dateline names the office written from: a mission or
 * consulate of the United States ("Mr. Bragdon to Mr. Fish", United States Consulate, Guayaquil),
 * an executive department in Washington ("War Department, Washington City"), or a foreign ministry
 * ("Foreign Office"). The dateline is where the writer sat, so the office is the writer's: its
 * members are secretaries of legation, consuls and clerks whom POCOM does not list. The office and
 * the name as printed make the Chancery id; where POCOM has anyone the name can be, alive and of
 * age at the date, the writer may be that person, and no id is made.
 */
final class DatelineOffice {
  // "Legation of the United States, Madrid", "United States Consulate General, Shanghai",
  // "Consulate of the United States of America, At Tangier, Morocco", "American Embassy, Rome".
  private static final Pattern AMERICAN_MISSION =
      Pattern.compile(
          "^(?:(?:American|United\\s+States)\\s+(?<kind>Embassy|Legation|Consulate\\s+General"
              + "|Consulate|Consular\\s+Agency)(?:\\s+(?:in|at|for|to)\\s+[^,]+)?"
              + "|Consulate\\s+United\\s+States(?:\\s+of\\s+America)?"
              + "|(?<kind2>Embassy|Legation|Consulate\\s+General|Consulate|Consular\\s+Agency"
              + "|Special\\s+Mission)\\s+(?:of\\s+)?the\\s+United\\s+States?(?:\\s+of\\s+America)?"
              + "(?<in>\\s+(?:in|at|to|near)\\s+[^,]+)?)"
              + "\\s*(?:,\\s*(?:[Aa]t\\s+)?(?<city>[^,]+))?");
  // An executive department of the United States, written from in Washington.
  private static final Pattern DEPARTMENT =
      Pattern.compile(
          "^(?:(?:War|Navy|Treasury|Post[- ]Office)\\s+Department"
              + "|Department\\s+of\\s+(?:Justice|the\\s+Interior|Agriculture|Commerce|Labor))"
              + "(?=$|,\\s*Washington)");
  // A ministry of foreign affairs: "Foreign Office", "Ministry of Foreign Affairs, Vienna".
  private static final Pattern FOREIGN_MINISTRY =
      Pattern.compile(
          "^(?:Foreign\\s+Office(?:\\s+of\\s+[^,]+)?"
              + "|(?:Ministry|Department)\\s+(?:of|for)\\s+Foreign\\s+(?:Affairs|Relations)"
              + "(?:,\\s*[^,]+)+)$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final InOffice inOffice;

  DatelineOffice(InOffice inOffice) {
    this.inOffice = inOffice;
  }

  /** The person the dateline's office and {@code name} make, for a sender printed by name alone. */
  Optional<Identification> identify(
      Party party, String name, Optional<DocumentDate> date, PartyContext context) {
    if (party.role().isPresent() || context.side() != PartyContext.Side.SENDER)
      return Optional.empty();
    Optional<String> office = context.place().map(String::strip).flatMap(DatelineOffice::office);
    if (office.isEmpty() || !Names.personLike(name) || inOffice.mayBeInPocom(name, date))
      return Optional.empty();
    String who = OutsidePocom.addressed(name);
    return OutsidePocom.chosen(
        party,
        OutsidePocom.id(office.get() + " " + who),
        Names.surnameOf(who),
        who,
        "outside POCOM: the dateline names the office the sender writes from ("
            + office.get()
            + "), and POCOM has no one of the surname or a near spelling alive within "
            + ByCareer.WINDOW
            + " years of the date; one person for the"
            + " office and the name as printed");
  }

  /** A mission or consulate of the United States a dateline names, and where it is. */
  record AmericanMission(String kind, String at) {
    /** The office in one form: "Legation of the United States at Madrid". */
    String office() {
      return kind + " of the United States at " + at;
    }
  }

  /**
   * The mission of the United States a dateline names: "United States Legation, Madrid" and
   * "Legation of the United States, Madrid" alike.
   */
  static Optional<AmericanMission> americanMission(String place) {
    Matcher m = AMERICAN_MISSION.matcher(SPACES.matcher(place.strip()).replaceAll(" "));
    if (!m.find()) return Optional.empty();
    // The third form, "Consulate United States of America", names no kind in a group of its own.
    String kind =
        m.group("kind") != null
            ? m.group("kind")
            : m.group("kind2") != null ? m.group("kind2") : "Consulate";
    String at =
        m.group("city") != null
            ? m.group("city").strip()
            : m.group("in") != null ? m.group("in").strip().replaceFirst("^\\S+\\s+", "") : "";
    return at.isEmpty() ? Optional.empty() : Optional.of(new AmericanMission(kind, at));
  }

  /**
   * The office a dateline names, in one form for each: "Legation of the United States at Madrid"
   * for "United States Legation, Madrid" as for "Legation of the United States, Madrid".
   */
  static Optional<String> office(String place) {
    Optional<AmericanMission> mission = americanMission(place);
    if (mission.isPresent()) return mission.map(AmericanMission::office);
    String p = SPACES.matcher(place).replaceAll(" ");
    Matcher d = DEPARTMENT.matcher(p);
    if (d.find()) return Optional.of(d.group());
    Matcher f = FOREIGN_MINISTRY.matcher(p);
    return f.find() ? Optional.of(f.group()) : Optional.empty();
  }
}
