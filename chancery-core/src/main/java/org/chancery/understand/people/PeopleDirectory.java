package org.chancery.understand.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chancery.model.PersonName;
import org.chancery.model.WordKey;
import org.chancery.understand.tables.Tables;

/**
 * The people and appointments of the Office of the Historian's POCOM (Principal Officers and Chiefs
 * of Mission, CC0), as bundled in {@code org/chancery/understand/people/}: look-ups by id, surname,
 * post and printed place name; the persons its people database ties to entries of the volumes'
 * lists of persons; and the Presidents and Vice Presidents by the days they held office. Immutable
 * once loaded and safe to share.
 */
public final class PeopleDirectory {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern AFTER_COMMA = Pattern.compile(",.*$");
  private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  static final String DIR = "/org/chancery/understand/people/";
  private static volatile PeopleDirectory bundled;

  private final Map<String, Person> persons = new HashMap<>();
  private final Map<String, List<Person>> bySurname = new HashMap<>();
  private final Map<String, List<Appointment>> byPerson = new HashMap<>();
  private final Map<String, List<Appointment>> byPost = new HashMap<>();
  private final Map<String, List<String>> places = new HashMap<>();
  private final Map<String, List<String>> positionsByTitle = new HashMap<>();
  private final Map<String, Person> byListEntry = new HashMap<>();
  private final Map<String, List<Person>> byListedName = new HashMap<>();
  private final Map<ExecutiveOffice, List<Term>> holders = new EnumMap<>(ExecutiveOffice.class);

  // One holder's time in an executive office: from an hour of its first day to an hour of its last
  // (absent while he holds it still). Between one term and the next the office may stand vacant.
  private record Term(String personId, LocalDate from, Optional<LocalDate> to) {
    // The term as a role is shown beside POCOM's appointments.
    Appointment asRole(ExecutiveOffice office) {
      String id = office.idPrefix + "of-the-united-states";
      return new Appointment(
          personId,
          Appointment.Kind.EXECUTIVE,
          id,
          office.title,
          id,
          office.title,
          Optional.of(from),
          Optional.of(from),
          to);
    }
  }

  private PeopleDirectory() {
    Tables.tsv(DIR + "persons.tsv").forEach(r -> addPerson(PeopleRows.person(r)));
    Map<String, String> titles =
        PeopleRows.column(Tables.tsv(DIR + "roles.tsv"), "role_id", "title");
    Map<String, String> posts = PeopleRows.column(Tables.tsv(DIR + "posts.tsv"), "post_id", "name");
    Tables.tsv(DIR + "appointments.tsv")
        .forEach(r -> addAppointment(PeopleRows.appointment(r, titles, posts)));
    Tables.tsv(DIR + "posts.tsv").stream()
        .filter(r -> r.get("kind").equals("chief"))
        .forEach(r -> addPlace(r.get("name"), r.get("post_id")));
    Tables.tsv(DIR + "places.tsv").forEach(r -> addPlace(r.get("printed"), r.get("post_id")));
    indexPositions();
    Tables.tsv(DIR + "historian-people.tsv").forEach(this::addListed);
    // Presidents first, so that a Vice President who became President is the one person.
    for (ExecutiveOffice office : ExecutiveOffice.values())
      Tables.tsv(DIR + office.table).forEach(r -> addHolder(office, r));
  }

  // A President or Vice President: the person POCOM, the people database or an office's table
  // already has (same surname, first forename and year of birth, or the database's record named),
  // else one of his own. Not by surname: "Mr. Wilson" in a despatch is still looked for among
  // POCOM's people only.
  private void addHolder(ExecutiveOffice office, Map<String, String> r) {
    Person own = PeopleRows.holder(r, office.idPrefix);
    Person p =
        persons.values().stream()
            .filter(
                x ->
                    x.surname().equals(own.surname())
                        && x.birth().equals(own.birth())
                        && firstName(x).equals(firstName(own)))
            .findFirst()
            .or(() -> Optional.ofNullable(persons.get(own.id())))
            .orElse(own);
    persons.putIfAbsent(p.id(), p);
    holders
        .computeIfAbsent(office, o -> new ArrayList<>())
        .add(
            new Term(
                p.id(),
                PeopleRows.day(r.get("took_office"), false).orElseThrow(),
                PeopleRows.day(r.get("left_office"), true)));
  }

  private static String firstName(Person p) {
    return SPACES.split(p.forename().strip(), 2)[0];
  }

  // A person of the people database: the POCOM person its record names, else one of its own,
  // found by every persons-list entry the record ties to them. Not by surname: the POCOM rules
  // choose among POCOM's people only.
  private void addListed(Map<String, String> r) {
    Person p = persons.get(r.get("pocom"));
    if (p == null) {
      p = PeopleRows.historian(r);
      persons.put(p.id(), p);
    }
    for (String entry : SPACES.split(r.get("entries").strip()))
      if (!entry.isEmpty()) byListEntry.put(entry, p);
    for (String printed : r.get("printed").split(" \\| ")) {
      List<Person> named =
          byListedName.computeIfAbsent(PersonName.nameKey(printed), k -> new ArrayList<>(1));
      if (!printed.isBlank() && !named.contains(p)) named.add(p);
    }
  }

  // Principal positions by title key, sorted by id, so a heading's role is looked up, not searched
  // for.
  private void indexPositions() {
    byPost.entrySet().stream()
        .filter(e -> e.getValue().get(0).kind() == Appointment.Kind.PRINCIPAL)
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                positionsByTitle
                    .computeIfAbsent(
                        placeKey(e.getValue().get(0).postName()), k -> new ArrayList<>())
                    .add(e.getKey()));
  }

  /** The directory of the bundled POCOM data, loaded on first use. */
  public static PeopleDirectory bundled() {
    if (bundled == null) {
      synchronized (PeopleDirectory.class) {
        if (bundled == null) bundled = new PeopleDirectory();
      }
    }
    return bundled;
  }

  private void addPerson(Person p) {
    persons.put(p.id(), p);
    bySurname.computeIfAbsent(WordKey.of(p.surname()), k -> new ArrayList<>()).add(p);
  }

  private void addAppointment(Appointment a) {
    byPerson.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a);
    byPost.computeIfAbsent(a.postId(), k -> new ArrayList<>()).add(a);
  }

  private void addPlace(String printed, String postId) {
    List<String> ids = places.computeIfAbsent(placeKey(printed), k -> new ArrayList<>());
    if (!ids.contains(postId)) ids.add(postId);
  }

  private static String placeKey(String printed) {
    String s =
        MARKS
            .matcher(java.text.Normalizer.normalize(printed, java.text.Normalizer.Form.NFD))
            .replaceAll("");
    String lower = LEADING_THE.matcher(s.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
    return SPACES.matcher(lower).replaceAll(" ");
  }

  /**
   * Every person of the people database for whom a persons list printed {@code listed} ({@code
   * Gromyko, Andrei}), nicknames, accents and case aside.
   */
  public List<Person> recordedAs(String listed) {
    return List.copyOf(byListedName.getOrDefault(PersonName.nameKey(listed), List.of()));
  }

  /**
   * Who held {@code office} on {@code day}; empty on a day a term begins or ends (the office
   * changes hands, or falls vacant, at an hour the table does not give), while it stands vacant,
   * and before the first and after the last term the table holds.
   */
  public Optional<Person> holder(ExecutiveOffice office, LocalDate day) {
    List<Term> terms = holders.getOrDefault(office, List.of());
    if (terms.stream().anyMatch(t -> t.from().equals(day) || t.to().equals(Optional.of(day))))
      return Optional.empty();
    return terms.stream()
        .filter(t -> t.from().isBefore(day) && t.to().map(day::isBefore).orElse(true))
        .findFirst()
        .flatMap(t -> person(t.personId()));
  }

  /** The person with a POCOM id, or with the id made from the people database's. */
  public Optional<Person> person(String id) {
    return Optional.ofNullable(persons.get(id));
  }

  /**
   * The person the Office of the Historian's people database ties to the persons-list entry {@code
   * volume#id} ({@code frus1964-68v14#p_GAA1}): one person across every volume that lists them,
   * however each spells the name.
   */
  public Optional<Person> listedAs(String entry) {
    return Optional.ofNullable(byListEntry.get(entry));
  }

  /** Every person whose surname agrees with the last word of a printed name. */
  public List<Person> withSurname(String printedName) {
    return List.copyOf(bySurname.getOrDefault(surnameKey(printedName), List.of()));
  }

  // The key a printed name's surname is looked up by.
  private static String surnameKey(String printedName) {
    return WordKey.of(Names.surnameOf(printedName));
  }

  /**
   * Every person whose surname is a printed name's last word or the whole name ({@code Van
   * Valkenburgh}), or a near miss for either ({@code Washbure} for {@code Washburne}): those a
   * misprinted name may be. Not the end of a longer name: {@code Kreismann} is no Mann.
   */
  List<Person> withSurnameLike(String printedName) {
    String last = surnameKey(printedName);
    String whole = WordKey.of(printedName);
    return bySurname.entrySet().stream()
        .filter(
            e ->
                e.getKey().equals(last)
                    || e.getKey().equals(whole)
                    || Names.near(last, whole, e.getKey()))
        .flatMap(e -> e.getValue().stream())
        .toList();
  }

  /**
   * Every person whose surname is the last word of a printed name or its last two or three words
   * ({@code De Long}, {@code Van Valkenburgh}, {@code de la Montagnie}): a surname of several words
   * is printed whole.
   */
  List<Person> withSurnameOfWords(String printedName) {
    String[] words = SPACES.split(AFTER_COMMA.matcher(printedName.strip()).replaceAll(""));
    java.util.LinkedHashSet<Person> out = new java.util.LinkedHashSet<>();
    for (int n = 1; n <= Math.min(3, words.length); n++) {
      String key =
          WordKey.of(String.join(" ", List.of(words).subList(words.length - n, words.length)));
      out.addAll(bySurname.getOrDefault(key, List.of()));
    }
    return List.copyOf(out);
  }

  /**
   * Every person whose whole surname is {@code surname} ({@code Van Dyke}), accents and case aside.
   */
  List<Person> withSurnameExactly(String surname) {
    return List.copyOf(bySurname.getOrDefault(WordKey.of(surname), List.of()));
  }

  /**
   * The people a reader means by {@code query}: a POCOM id ({@code wilson-hugh-robert}), or a name
   * whose last word is the surname and whose other words begin the forenames ({@code Hugh Wilson},
   * {@code Wilson}).
   */
  public List<Person> find(String query) {
    String q = query.strip();
    if (persons.containsKey(q)) return List.of(persons.get(q));
    List<String> words = List.of(SPACES.split(q.toLowerCase(Locale.ROOT)));
    String surname = surnameKey(q);
    // A reader looks for the Presidents too, whom identification does not look for by surname.
    Stream<Person> executives =
        holders.values().stream()
            .flatMap(List::stream)
            .map(t -> persons.get(t.personId()))
            .filter(p -> WordKey.of(p.surname()).equals(surname));
    return Stream.concat(withSurname(q).stream(), executives)
        .distinct()
        .filter(
            p ->
                words.subList(0, words.size() - 1).stream()
                    .allMatch(w -> p.name().toLowerCase(Locale.ROOT).contains(w)))
        .toList();
  }

  /**
   * A person's appointments in POCOM and his terms as President or Vice President, for showing:
   * identification reads {@link #appointments} alone.
   */
  public List<Appointment> roles(String personId) {
    List<Appointment> roles = new ArrayList<>(appointments(personId));
    holders.forEach(
        (office, terms) -> {
          for (Term t : terms) if (t.personId().equals(personId)) roles.add(t.asRole(office));
        });
    return roles;
  }

  /** A person's appointments, in POCOM order. */
  public List<Appointment> appointments(String personId) {
    return List.copyOf(byPerson.getOrDefault(personId, List.of()));
  }

  /**
   * The appointments at a post (a country, a principal position, an organisation) overlapping the
   * days given.
   */
  public List<Appointment> atPost(String postId, LocalDate from, LocalDate to) {
    return byPost.getOrDefault(postId, List.of()).stream()
        .filter(a -> a.overlaps(from, to))
        .toList();
  }

  /**
   * The posts a printed country or capital names ({@code "the Soviet Union"}, {@code "Peiping"}),
   * possibly several.
   */
  public List<String> postsFor(String printedPlace) {
    return List.copyOf(places.getOrDefault(placeKey(printedPlace), List.of()));
  }

  /** The principal positions whose title is the printed role ({@code "Secretary of State"}). */
  public List<String> positionsTitled(String printedRole) {
    return List.copyOf(positionsByTitle.getOrDefault(placeKey(printedRole), List.of()));
  }

  /** How many persons and appointments the directory holds, for logs. */
  public String size() {
    return persons.size()
        + " persons, "
        + byPerson.values().stream().mapToInt(List::size).sum()
        + " appointments";
  }
}
