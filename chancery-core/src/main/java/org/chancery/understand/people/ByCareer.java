package org.chancery.understand.people;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.chancery.model.DocumentDate;
import org.chancery.model.Role;

/**
 * A printed role and name that no POCOM appointment at the date fits: chargés, acting officers,
 * delegates and special representatives. POCOM lists chiefs of mission and principal officers, not
 * those standing in for them, but the one standing in is often a chief of mission or a principal
 * officer at another time: the one person of the surname whose career makes them the plausible
 * holder is named.
 */
final class ByCareer {
  /** Years either side of the date within which a career counts. */
  static final int WINDOW = 10;

  // Offices of the Foreign Service and of missions, whose holders POCOM lists at other times.
  private static final Set<Role.Office> SERVICE_OFFICES =
      Set.of(
          Role.Office.AMBASSADOR,
          Role.Office.MINISTER,
          Role.Office.CHARGE,
          Role.Office.COUNSELOR,
          Role.Office.CONSUL,
          Role.Office.SECRETARY,
          Role.Office.AGENT,
          Role.Office.DIPLOMATIC_AGENT,
          Role.Office.COMMISSIONER,
          Role.Office.HIGH_COMMISSIONER,
          Role.Office.DELEGATE,
          Role.Office.REPRESENTATIVE);
  // Words of a title without a place that name a mission of the United States abroad.
  private static final Pattern AMERICAN_MISSION =
      Pattern.compile(
          "\\b(?:American|United States|Representative|Delegate|Delegation|Commission|Commissioner)\\b");

  // Titles of the Department's divisions and advisers, whose officers were of the Foreign Service
  // and POCOM lists as chiefs of mission at other times ("Chief of the Division of Near Eastern
  // Affairs (Murray)").
  private static final Pattern DEPARTMENT_DIVISION =
      Pattern.compile("\\bDivision of\\b|\\bTrade Agreements\\b|^Economic Adviser$");

  private final InOffice inOffice;

  ByCareer(InOffice inOffice) {
    this.inOffice = inOffice;
  }

  /** Who {@code printed} in {@code role} is at {@code date}, or why no one is. */
  ByNameAtDate.Outcome identify(String printed, Role role, DocumentDate date) {
    if (Names.foreignTitled(printed)) return none("the name bears a title no POCOM officer bore");
    LocalDate day = date.day();
    boolean department =
        role.place().isEmpty()
            && !inOffice
                .people()
                .positionsTitled(PartyIdentifier.principalTitle(role.title()))
                .isEmpty();
    if (department) {
      List<InOffice.Held> principal =
          inOffice.held(printed, date).stream()
              .filter(h -> h.appointment().kind() == Appointment.Kind.PRINCIPAL)
              .toList();
      return onePerson(principal)
          ? chosen(
              principal.get(0),
              "a Department title held by someone else at the date: the one officer of the"
                  + " Department of the surname then ("
                  + principal.get(0).appointment().postName()
                  + ")")
          : none("no one officer of the Department of the surname at the date");
    }
    List<InOffice.Held> career = career(printed, day);
    if (role.place().isPresent()) {
      List<String> posts = inOffice.postsAt(role.place().get());
      career = notChiefElsewhere(career, posts, day);
      List<InOffice.Held> there =
          career.stream().filter(h -> posts.contains(h.appointment().postId())).toList();
      if (onePerson(there))
        return chosen(
            nearest(there, day),
            "POCOM has no appointment for the printed role at the date: the one person of the"
                + " surname who served at the post within "
                + WINDOW
                + " years ("
                + held(nearest(there, day))
                + ")");
      if (!there.isEmpty()) return none("several persons of the surname served at the post");
    }
    boolean service =
        role.place().isPresent()
            ? role.office().map(SERVICE_OFFICES::contains).orElse(false)
            : AMERICAN_MISSION.matcher(role.title()).find()
                || DEPARTMENT_DIVISION.matcher(role.title()).find();
    if (!service) return none("the printed role is not one POCOM's officers held at other times");
    List<InOffice.Held> atDate =
        career.stream().filter(h -> h.appointment().yearsFrom(day) == 0).toList();
    if (!onePerson(career) && onePerson(atDate))
      return chosen(
          atDate.get(0),
          "POCOM has no appointment for the printed role at the date: the one person of the"
              + " surname in office at the date ("
              + held(atDate.get(0))
              + ")");
    return onePerson(career)
        ? chosen(
            nearest(career, day),
            "POCOM has no appointment for the printed role at the date: the one person of the"
                + " surname with a POCOM appointment within "
                + WINDOW
                + " years ("
                + held(nearest(career, day))
                + ")")
        : none(
            career.isEmpty()
                ? "no one of the surname in POCOM within " + WINDOW + " years"
                : "several persons of the surname in POCOM within " + WINDOW + " years");
  }

  /**
   * A name printed without a role, written from a mission of the United States at {@code place}
   * ("Mr. Hovey to Mr. Fish", Legation of the United States, Lima) when no one of the surname held
   * a POCOM appointment at the date: the one person of the surname who served at that post within
   * {@link #WINDOW} years, as for a chargé printed with the post.
   */
  ByNameAtDate.Outcome fromMission(String printed, String place, DocumentDate date) {
    LocalDate day = date.day();
    List<String> posts = inOffice.postsAt(place);
    if (posts.isEmpty()) return none("no role printed; the mission's place is no POCOM post");
    List<InOffice.Held> there =
        notChiefElsewhere(career(printed, day), posts, day).stream()
            .filter(h -> posts.contains(h.appointment().postId()))
            .toList();
    if (!onePerson(there))
      return none(
          there.isEmpty()
              ? "no role printed; no one of the surname served at the mission's post within "
                  + WINDOW
                  + " years"
              : "no role printed; several persons of the surname served at the mission's post");
    InOffice.Held h = nearest(there, day);
    return chosen(
        h,
        "no role printed, written from a mission of the United States: the one person of the"
            + " surname who served at its post within "
            + WINDOW
            + " years ("
            + held(h)
            + ")");
  }

  // The appointments, within the window of the date, of the persons the name can be.
  private List<InOffice.Held> career(String printed, LocalDate day) {
    return inOffice.named(printed, day.getYear()).stream()
        .flatMap(
            p ->
                inOffice.people().appointments(p.id()).stream()
                    .filter(a -> a.yearsFrom(day) <= WINDOW)
                    .map(a -> new InOffice.Held(p, a)))
        .toList();
  }

  // One who was chief of mission at another post at the date was not then chargé or consul here
  // (a namesake was).
  private static List<InOffice.Held> notChiefElsewhere(
      List<InOffice.Held> career, List<String> posts, LocalDate day) {
    List<String> away =
        career.stream()
            .filter(h -> h.appointment().kind() == Appointment.Kind.CHIEF)
            .filter(h -> h.appointment().yearsFrom(day) == 0)
            .filter(h -> !posts.contains(h.appointment().postId()))
            .map(h -> h.person().id())
            .toList();
    return career.stream().filter(h -> !away.contains(h.person().id())).toList();
  }

  private static boolean onePerson(List<InOffice.Held> held) {
    return held.stream().map(h -> h.person().id()).distinct().count() == 1;
  }

  private static InOffice.Held nearest(List<InOffice.Held> held, LocalDate day) {
    return held.stream()
        .min(Comparator.comparingInt(h -> h.appointment().yearsFrom(day)))
        .orElseThrow();
  }

  private static String held(InOffice.Held h) {
    Appointment a = h.appointment();
    return a.roleTitle()
        + ", "
        + a.postName()
        + a.from().map(d -> ", from " + d.getYear()).orElse("")
        + a.to().map(d -> " to " + d.getYear()).orElse("");
  }

  private static ByNameAtDate.Outcome chosen(InOffice.Held h, String basis) {
    return new ByNameAtDate.Outcome(Optional.of(h), basis);
  }

  private static ByNameAtDate.Outcome none(String why) {
    return new ByNameAtDate.Outcome(Optional.empty(), why);
  }
}
