package org.chancery.understand.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.chancery.model.DocumentDate;
import org.chancery.model.Party;
import org.chancery.model.Role;

/**
 * Links a printed sender or recipient to a person, in POCOM first: "The Minister in Switzerland
 * (Wilson)" in April 1934 is the chief of mission in Switzerland then, if the printed surname
 * agrees; "the Secretary of State" is the Secretary then. Where POCOM has no entry that fits
 * (chargés, consuls, acting officers, foreign officials) a person outside POCOM is named where the
 * document says who they are ({@link OutsidePocom}), else no person is named and ranked candidates
 * are returned.
 */
public final class PartyIdentifier {
  private static final Pattern OF_THE_DEPARTMENT =
      Pattern.compile("\\s+(?:for|of) the Department of State$");

  // The POCOM role ids of a chief of mission, by the office a printed title begins with.
  private static final Map<Role.Office, Set<String>> CHIEF_ROLES =
      Map.of(
          Role.Office.AMBASSADOR, Set.of("ambassador-e-p"),
          Role.Office.MINISTER,
              Set.of(
                  "envoy-extraordinary-minister-plenipotentiary",
                  "minister-resident",
                  "minister-resident-consul-general",
                  "minister-plenipotentiary",
                  "minister",
                  "envoy-extraordinary-minister-plenipotentiary-consul-general",
                  "minister-resident-and-extraordinary",
                  "minister-resident-foreign-service-officer"),
          Role.Office.CHARGE,
              Set.of(
                  "charge-daffaires",
                  "charge-daffaires-ad-interim",
                  "charge-daffaires-pro-tem",
                  "charge-daffaires-consul-general"),
          Role.Office.DIPLOMATIC_AGENT,
              Set.of("diplomatic-agent", "diplomatic-agent-consul-general"),
          Role.Office.AGENT,
              Set.of("agent", "agent-consul-general", "diplomatic-agent-consul-general"),
          Role.Office.COMMISSIONER, Set.of("commissioner", "commissioner-consul-general"),
          Role.Office.HIGH_COMMISSIONER, Set.of("commissioner"));
  private static final int MAX_CANDIDATES = 5;

  private final PeopleDirectory people;
  private final ByNameAtDate byName;
  private final ByCareer byCareer;
  private final ByFullName byFullName;
  private final OutsidePocom outside;
  private final SameVolume sameVolume;

  /** An identifier over the given directory. */
  public PartyIdentifier(PeopleDirectory people) {
    this.people = Objects.requireNonNull(people, "people");
    InOffice inOffice = new InOffice(people);
    this.byName = new ByNameAtDate(inOffice);
    this.byCareer = new ByCareer(inOffice);
    this.byFullName = new ByFullName(inOffice);
    this.outside = new OutsidePocom(inOffice);
    this.sameVolume = new SameVolume(inOffice);
  }

  /** An identifier over the bundled POCOM data. */
  public static PartyIdentifier bundled() {
    return new PartyIdentifier(PeopleDirectory.bundled());
  }

  /**
   * Identifies {@code party} as of {@code date} (without a date, only candidates by name can come
   * back).
   */
  public Identification identify(Party party, Optional<DocumentDate> date) {
    return identify(party, date, PartyContext.NONE);
  }

  /**
   * Identifies {@code party} as of {@code date}, reading the dateline and the correspondent in
   * {@code context} where the party's own words do not suffice.
   */
  public Identification identify(Party party, Optional<DocumentDate> date, PartyContext context) {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(context, "context");
    Identification pocom = inPocom(party, date, context);
    if (pocom.identified()) return pocom;
    return outside.identify(party, date, context).orElse(pocom);
  }

  /**
   * Identifies {@code party} as {@link #identify(Party, Optional, PartyContext)} does, and where
   * its document alone does not, by what the other documents of its volume in {@code names} say of
   * the same name ({@link SameVolume}).
   */
  public Identification identify(
      Party party, Optional<DocumentDate> date, PartyContext context, VolumeNames names) {
    Identification alone = identify(party, date, context);
    if (alone.identified()) return alone;
    return sameVolume.identify(party, date, context, names, this::identify).orElse(alone);
  }

  // The POCOM rules: the printed role, place and date; then the name at the date or the career.
  private Identification inPocom(Party party, Optional<DocumentDate> date, PartyContext context) {
    Optional<Role> role = party.role();
    if (role.flatMap(Role::nationality).isPresent()) {
      return Identification.candidates(
          party,
          List.of(),
          "a foreign official ("
              + role.get().nationality().get()
              + "): POCOM lists U.S. officials only");
    }
    List<Appointment> holders = date.flatMap(d -> role.map(r -> holders(r, d))).orElse(List.of());
    Optional<Identification> sure =
        holders.isEmpty() ? Optional.empty() : single(party, holders, date.orElseThrow().day());
    if (sure.isPresent()) return sure.get();
    Optional<ByNameAtDate.Outcome> more = further(party, role, date, context);
    Optional<Identification> found =
        more.flatMap(ByNameAtDate.Outcome::chosen)
            .map(h -> found(party, h, date.orElseThrow(), more.get().basis()));
    return found.orElseGet(
        () ->
            Identification.candidates(
                party,
                rank(party, role, holders, date),
                more.map(ByNameAtDate.Outcome::basis).orElseGet(() -> why(role, holders, date))));
  }

  // The rules for a printed name that no appointment at the date fits by role and place: a name
  // without a role, or a role POCOM lists others in (chargés, acting officers, delegates).
  private Optional<ByNameAtDate.Outcome> further(
      Party party, Optional<Role> role, Optional<DocumentDate> date, PartyContext context) {
    if (date.isEmpty() || party.name().isEmpty() || !Names.onePerson(party.name().get()))
      return Optional.empty();
    if (role.isPresent())
      return Optional.of(byCareer.identify(party.name().get(), role.get(), date.get()));
    String name = party.name().get();
    ByNameAtDate.Outcome atDate = byName.identify(name, date.get(), context);
    if (atDate.chosen().isPresent()) return Optional.of(atDate);
    // A writer whose dateline is a mission of the United States belongs to it, as a chargé does:
    // the post is stronger evidence than the name, so it is asked first.
    Optional<ByNameAtDate.Outcome> mission =
        context
            .place()
            .filter(p -> context.side() == PartyContext.Side.SENDER)
            .flatMap(DatelineOffice::americanMission)
            .map(m -> byCareer.fromMission(name, m.at(), date.get()))
            .filter(o -> o.chosen().isPresent());
    if (mission.isPresent()) return mission;
    // "Count Bernstorff" or "Lord Lyons" shares no full name with a POCOM officer.
    if (Names.foreignTitled(name)) return Optional.of(atDate);
    ByNameAtDate.Outcome full = byFullName.identify(name, date.get());
    return Optional.of(full.chosen().isPresent() ? full : atDate);
  }

  // The appointment is named only where it covers the date: one held years away is the grounds,
  // not the office the party held when writing.
  private static Identification found(
      Party party, InOffice.Held h, DocumentDate date, String basis) {
    LocalDate[] span = InOffice.span(date);
    Optional<Appointment> a =
        Optional.of(h.appointment()).filter(x -> x.overlaps(span[0], span[1]));
    return new Identification(party, Optional.of(h.person()), a, List.of(), basis);
  }

  // The appointments that fit the printed role and place over the document's date.
  private List<Appointment> holders(Role role, DocumentDate date) {
    if (role.acting()) return List.of();
    LocalDate[] span = InOffice.span(date);
    LocalDate from = span[0];
    LocalDate to = span[1];
    if (role.place().isEmpty()) {
      return people.positionsTitled(principalTitle(role.title())).stream()
          .flatMap(p -> people.atPost(p, from, to).stream())
          .toList();
    }
    Set<String> roles =
        role.office().map(o -> CHIEF_ROLES.getOrDefault(o, Set.of())).orElse(Set.of());
    return people.postsFor(role.place().get()).stream()
        .flatMap(p -> people.atPost(p, from, to).stream())
        .filter(a -> roles.contains(a.roleId()))
        .toList();
  }

  /** A printed Department title without "of the Department of State". */
  static String principalTitle(String title) {
    return OF_THE_DEPARTMENT.matcher(title).replaceFirst("");
  }

  // One person among the holders whose surname agrees with the printed name (or the only holder
  // when no name is printed); failing that, one whose surname is a near miss; among several, the
  // one whose duties had begun at the date.
  private Optional<Identification> single(Party party, List<Appointment> holders, LocalDate day) {
    String basis =
        party.name().isPresent()
            ? "role, place and date fit the appointment; the printed surname agrees"
            : "the only holder of the post at the date; no name printed";
    Optional<Appointment> a =
        one(holders.stream().filter(h -> surname(party, h, Names::agrees)).toList(), day);
    if (a.isEmpty() && party.name().isPresent()) {
      a = one(holders.stream().filter(h -> surname(party, h, Names::near)).toList(), day);
      basis =
          "role, place and date fit the appointment; the printed surname is a near miss for POCOM's";
    }
    String why = basis;
    return a.flatMap(
        x -> people.person(x.personId()).map(p -> Identification.of(party, x, p, why)));
  }

  private boolean surname(
      Party party, Appointment a, java.util.function.BiPredicate<String, String> test) {
    return party
        .name()
        .map(n -> people.person(a.personId()).map(p -> test.test(n, p.surname())).orElse(false))
        .orElse(true);
  }

  // The one person among the fitting appointments; of several, the one whose duties had begun by
  // the document's date while the others' had not (a successor appointed but not yet in office).
  private static Optional<Appointment> one(List<Appointment> fit, LocalDate day) {
    if (fit.stream().map(Appointment::personId).distinct().count() == 1)
      return Optional.of(fit.get(0));
    List<Appointment> serving =
        fit.stream().filter(a -> a.started().map(s -> !s.isAfter(day)).orElse(false)).toList();
    return serving.stream().map(Appointment::personId).distinct().count() == 1
        ? Optional.of(serving.get(0))
        : Optional.empty();
  }

  private List<Candidate> rank(
      Party party, Optional<Role> role, List<Appointment> holders, Optional<DocumentDate> date) {
    Map<String, Person> pool = new LinkedHashMap<>();
    holders.forEach(a -> people.person(a.personId()).ifPresent(p -> pool.put(p.id(), p)));
    party.name().ifPresent(n -> people.withSurname(n).forEach(p -> pool.put(p.id(), p)));
    List<String> posts = role.flatMap(Role::place).map(people::postsFor).orElse(List.of());
    List<Candidate> out = new ArrayList<>();
    for (Person p : pool.values()) out.add(score(p, party, posts, date));
    out.sort(
        Comparator.comparingInt(Candidate::score).reversed().thenComparing(c -> c.person().id()));
    return out.stream().filter(c -> c.score() > 0).limit(MAX_CANDIDATES).toList();
  }

  private Candidate score(Person p, Party party, List<String> posts, Optional<DocumentDate> date) {
    List<Appointment> apps = people.appointments(p.id());
    List<String> why = new ArrayList<>();
    int score = 0;
    if (party.name().map(n -> Names.agrees(n, p.surname())).orElse(false)) {
      score += 4;
      why.add("surname agrees");
    }
    if (apps.stream().anyMatch(a -> posts.contains(a.postId()))) {
      score += 2;
      why.add("served at the post");
    }
    if (date.isPresent()) {
      LocalDate day = date.get().day();
      int gap = apps.stream().mapToInt(a -> a.yearsFrom(day)).min().orElse(99);
      if (gap == 0) {
        score += 3;
        why.add("in office at the date");
      } else if (gap <= 10) {
        score += 1;
        why.add("in office within " + gap + " years");
      }
      if (!p.livedIn(day.getYear())) {
        score -= 4;
        why.add("not of age or not alive then");
      }
    }
    return new Candidate(p, score, String.join("; ", why));
  }

  private static String why(
      Optional<Role> role, List<Appointment> holders, Optional<DocumentDate> date) {
    if (date.isEmpty()) return "no date: candidates by name only";
    if (role.isEmpty()) return "no role printed: candidates by name";
    if (role.get().acting())
      return "an acting officer: POCOM lists holders, not those acting for them";
    if (holders.isEmpty())
      return "POCOM has no appointment for '"
          + role.get().title()
          + "'"
          + role.get().place().map(p -> " in " + p).orElse("")
          + " at the date";
    return "the holders of the post at the date do not agree with the printed name";
  }
}
