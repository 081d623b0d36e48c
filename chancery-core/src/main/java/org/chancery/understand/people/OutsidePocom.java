package org.chancery.understand.people;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.DocumentDate;
import org.chancery.model.Party;
import org.chancery.model.PersonName;
import org.chancery.model.Role;

/**
 * A party no POCOM rule links, named as a person outside POCOM where the document itself says who
 * they are: the editors tie the printed name to an entry of a List of Principal Persons; the head
 * prints a foreign office and a name ("The French Ambassador (Jusserand)"); or the sender writes
 * from a foreign mission ("Legation of Spain, Washington"). The Chancery id is made from that
 * evidence alone (the entry, or the office or mission and the whole name as printed), so the same
 * evidence gives the same id in every document and two people are never one id on a surname alone.
 * The whole name, not the last word: names are printed surname first too ("Cheng Tsao Ju") or end
 * in a title ("Mavroyeni Bey").
 *
 * <p>NOTE: an id keyed on an office and a surname joins the holders of that office of that surname;
 * the office of a foreign government rarely passes between two of one surname, and the basis shown
 * with each link says which office it was.
 *
 * <p>NOTE: a person the persons lists name in full gets one id in every volume listing that name;
 * two people of one full name listed in volumes decades apart (a father and a son) would share it.
 * No date guards that: the id is made from one document, which knows no other volume's dates.
 */
final class OutsidePocom {
  private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9]+");
  private static final Pattern WRITTEN_OUT =
      Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  // A foreign mission at the head of a dateline: "Legation of Spain", "Imperial German Embassy".
  private static final Pattern MISSION =
      Pattern.compile(
          "^(?:(?:[A-Z][\\p{L}-]+\\s+){1,4}(?:Legation|Embassy)"
              + "|(?:(?:Imperial|Royal)\\s+)?(?:Legation|Embassy)\\s+of\\s+[^,]+)(?=,|$)");
  private static final Pattern LIST_OF_NAMES = Pattern.compile(",\\s*(?!Jr\\.|Sr\\.)\\p{Lu}");
  // The United States, not the United States of Venezuela or of Brazil, whose legations these are.
  private static final Pattern AMERICAN =
      Pattern.compile("\\b(?:United States(?!\\s+of\\s+(?!America)\\p{Lu})|American)\\b");
  // Where a foreign mission is accredited: "Legation of Mexico in the United States" is Mexico's.
  private static final Pattern ACCREDITED_HERE =
      Pattern.compile(
          "\\s+(?:in|to|at|near)\\s+(?:the\\s+)?United\\s+States(?:\\s+of\\s+America)?$");
  // Forms of address before a name, not part of who is meant.
  private static final Set<String> ADDRESS =
      Set.of("Mr.", "Mr", "Mrs.", "Dr.", "M.", "Mme.", "Señor", "Senor", "Signor", "Herr", "Sr.");

  private final InOffice inOffice;
  private final PrintedOffice printedOffice;
  private final DatelineOffice datelineOffice;

  OutsidePocom(InOffice inOffice) {
    this.inOffice = inOffice;
    this.printedOffice = new PrintedOffice(inOffice);
    this.datelineOffice = new DatelineOffice(inOffice);
  }

  /** The person outside POCOM the document names as {@code party}, with the grounds. */
  Optional<Identification> identify(
      Party party, Optional<DocumentDate> date, PartyContext context) {
    if (party.name().isEmpty() || !Names.onePerson(party.name().get())) return Optional.empty();
    // "Miller, Scott": two names tied to one entry; a comma after a name is kept only for Jr.
    if (LIST_OF_NAMES.matcher(party.name().get()).find()) return Optional.empty();
    String name = party.name().get();
    return listed(party, name, date, context)
        .or(() -> foreignOffice(party, name))
        .or(() -> foreignMission(party, name, context))
        .or(() -> printedOffice.identify(party, name, date))
        .or(() -> datelineOffice.identify(party, name, date, context));
  }

  // The editors' List of Principal Persons: the entry is the person. The person the Office of the
  // Historian's people database ties to the entry, one across the volumes that list them. One POCOM
  // person of the full name listed (or printed) is that person; with no full name, POCOM having
  // someone of the surname
  // near the date leaves it open. Outside POCOM, a name the list prints in full (a forename written
  // out) and for no other entry of the volume gives one id across volumes, made from the name:
  // volumes list the same people again. Initials, a name two entries share, or no listed name at
  // all keep the entry's own id: never one id for two people on a surname.
  private Optional<Identification> listed(
      Party party, String name, Optional<DocumentDate> date, PartyContext context) {
    if (party.ref().isEmpty()) return Optional.empty();
    String ref = party.ref().get();
    Optional<String> entry = entry(ref, context.volume());
    if (entry.isEmpty()) return Optional.empty();
    Optional<String> listed = context.listed().flatMap(PersonName::listed);
    String shown = listed.map(ListedPersons::readingOrder).orElse(name);
    String surname = listed.map(l -> l.split(",")[0].strip()).orElse(Names.surnameOf(name));
    String grounds =
        "the editors tie the name to entry "
            + entry.get()
            + " of the List of Principal Persons"
            + listed.map(l -> " (" + l + description(context) + ")").orElse("");
    Optional<Person> known = inOffice.people().listedAs(entry.get());
    if (known.isPresent())
      return byDatabase(
          party,
          known.get(),
          "ties entry "
              + entry.get()
              + ", to which the editors tie the name, to "
              + known.get().name()
              + (known.get().inPocom() ? " of POCOM" : "")
              + "; "
              + grounds);
    List<String> forenames = ListedPersons.forenames(shown, surname);
    if (forenames.isEmpty()) {
      if (inOffice.namesakeNear(name, date)) return Optional.empty();
      return chosen(
          party,
          id(entry.get()),
          surname,
          shown,
          "outside POCOM: "
              + grounds
              + "; no one of the surname in POCOM within "
              + ByCareer.WINDOW
              + " years");
    }
    List<Person> same = inOffice.withFullName(surname, forenames, date);
    if (same.size() > 1) return Optional.empty();
    if (same.size() == 1)
      return Optional.of(
          new Identification(
              party,
              Optional.of(same.get(0)),
              Optional.empty(),
              List.of(),
              grounds + "; POCOM has one person of the full name"));
    Optional<PersonName> inFull =
        context
            .listed()
            .filter(n -> n.sole() && n.listed().map(OutsidePocom::inFull).orElse(false));
    Optional<String> across =
        inFull.flatMap(n -> inFullId(inOffice.people(), n.listed().get(), date));
    Optional<Person> recorded = across.flatMap(inOffice.people()::person);
    if (recorded.isPresent())
      return byDatabase(
          party,
          recorded.get(),
          "records the name "
              + inFull.get().listed().get()
              + ", listed in full by no other entry of the volume, for one person, "
              + recorded.get().name()
              + "; "
              + grounds);
    if (across.isPresent())
      return chosen(
          party,
          across.get(),
          surname,
          shown,
          "outside POCOM: "
              + grounds
              + "; the persons lists name the person "
              + shown
              + " in full, no other entry of the volume so: one id across volumes"
              + "; POCOM has no one of the full name");
    return chosen(
        party,
        id(entry.get()),
        surname,
        shown,
        "outside POCOM: " + grounds + "; POCOM has no one of the full name");
  }

  // The person the Office of the Historian's people database gives, and what it says of them.
  private static Optional<Identification> byDatabase(Party party, Person person, String says) {
    return Optional.of(
        new Identification(
            party,
            Optional.of(person),
            Optional.empty(),
            List.of(),
            "the Office of the Historian's people database " + says));
  }

  /**
   * The entry a name's {@code ref} points to, {@code volume#id}: in the list of its own {@code
   * volume} unless the ref names another's; empty where neither says which volume.
   */
  static Optional<String> entry(String ref, Optional<String> volume) {
    return ref.contains("#") ? Optional.of(ref) : volume.map(v -> v + "#" + ref);
  }

  /**
   * The id of the one person a volume's only entry of a name listed in full ({@code listed}) stands
   * for in every volume, in a document of {@code date}: the people database's person where it
   * records the name for one person who can have been in office then; none where for several; else
   * the id made from the name ({@link #acrossVolumes}). A person born too late or dead before the
   * date is another of the same name.
   */
  static Optional<String> inFullId(
      PeopleDirectory people, String listed, Optional<DocumentDate> date) {
    List<Person> recorded =
        people.recordedAs(listed).stream()
            .filter(p -> date.map(d -> p.livedIn(d.day().getYear())).orElse(true))
            .toList();
    if (recorded.size() > 1) return Optional.empty();
    return Optional.of(recorded.isEmpty() ? acrossVolumes(listed) : recorded.get(0).id());
  }

  /**
   * The id of a person the List of Principal Persons names in full ({@code Gromyko, Andrei}), made
   * from the name as listed, so that every volume listing the person so gives the same id.
   */
  static String acrossVolumes(String listed) {
    return id("person " + PersonName.nameKey(listed));
  }

  // A listed name with a forename written out after the surname: not an initial ("A.", "Wm."), a
  // suffix ("III", "Jr."), a title ("Viscount", "Sir") nor a part naming a peerage ("Earl of"), nor
  // anything in parentheses ("Reading, Earl of (Rufus Daniel Isaacs)"). Initials, or a title, and a
  // surname are shared by too many people (a father and a son in one peerage) to join volumes on.
  static boolean inFull(String listed) {
    String[] parts = PersonName.withoutAsides(listed).split(",");
    for (int i = 1; i < parts.length; i++) {
      List<String> words = List.of(parts[i].strip().split(" "));
      if (words.contains("of")) continue;
      for (String w : words)
        if (WRITTEN_OUT.matcher(w).matches()
            && !Names.TITLES.contains(w)
            && !Names.NOT_POCOM_TITLES.contains(w)) return true;
    }
    return false;
  }

  // "The French Ambassador (Jusserand)": the office of a foreign government and the name.
  private static Optional<Identification> foreignOffice(Party party, String name) {
    Optional<Role> role = party.role().filter(r -> r.nationality().isPresent() && !r.acting());
    if (role.isEmpty()) return Optional.empty();
    String office = role.get().title() + role.get().place().map(p -> " in " + p).orElse("");
    String who = addressed(name);
    return chosen(
        party,
        id(office + " " + who),
        Names.surnameOf(who),
        who,
        "outside POCOM: the head prints a foreign office ("
            + office
            + ") and the name; one person for the office and the name as printed");
  }

  // A sender writing from a foreign government's mission ("Legation of Spain, Washington").
  private static Optional<Identification> foreignMission(
      Party party, String name, PartyContext context) {
    if (party.role().isPresent() || context.side() != PartyContext.Side.SENDER)
      return Optional.empty();
    Optional<String> mission = context.place().map(String::strip).flatMap(OutsidePocom::mission);
    if (mission.isEmpty()) return Optional.empty();
    String who = addressed(name);
    return chosen(
        party,
        id(mission.get() + " " + who),
        Names.surnameOf(who),
        who,
        "outside POCOM: the sender writes from a foreign mission ("
            + mission.get()
            + "); one person for the mission and the name as printed");
  }

  private static String description(PartyContext context) {
    return context.listed().flatMap(PersonName::description).map(d -> ", " + d).orElse("");
  }

  private static Optional<String> mission(String place) {
    Matcher m = MISSION.matcher(place);
    if (!m.find()) return Optional.empty();
    String mission = ACCREDITED_HERE.matcher(m.group().strip()).replaceFirst("");
    return AMERICAN.matcher(mission).find() ? Optional.empty() : Optional.of(mission);
  }

  // The name without forms of address before it ("Mr. Romero" is Romero).
  static String addressed(String name) {
    String[] words = name.strip().split("\\s+");
    int i = 0;
    while (i < words.length - 1 && ADDRESS.contains(words[i])) i++;
    return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
  }

  /** The Chancery id made from {@code evidence}: lower case, accents off, words joined by -. */
  static String id(String evidence) {
    String plain =
        MARKS
            .matcher(java.text.Normalizer.normalize(evidence, java.text.Normalizer.Form.NFD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    String id = Person.CHANCERY + NOT_ID.matcher(plain).replaceAll("-").replaceAll("^-|-$", "");
    return id.length() <= 100 ? id : id.substring(0, 100).replaceAll("-$", "");
  }

  static Optional<Identification> chosen(
      Party party, String id, String surname, String name, String basis) {
    String forename =
        name.endsWith(surname) ? name.substring(0, name.length() - surname.length()).strip() : "";
    Person p = Person.outsidePocom(id, surname, forename);
    return Optional.of(
        new Identification(party, Optional.of(p), Optional.empty(), List.of(), basis));
  }
}
