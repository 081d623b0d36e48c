package org.chancery.understand.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.model.DocumentDate;

/**
 * A name printed without a role ("Mr. Seward to Mr. Adams"): the one POCOM person of that surname
 * in office at the date whose appointment fits the dateline and the correspondent. Nineteenth-
 * century heads print names only; the role is known from who held which post then.
 */
final class ByNameAtDate {
  private static final String SECRETARY = "secretary";

  /** A person chosen with the appointment and the grounds, or none and why not. */
  record Outcome(Optional<InOffice.Held> chosen, String basis) {}

  private final InOffice inOffice;
  private final Correspondence correspondence;

  ByNameAtDate(InOffice inOffice) {
    this.inOffice = inOffice;
    this.correspondence = new Correspondence(inOffice);
  }

  /** Who {@code printed} is at {@code date}, or why no one is. */
  Outcome identify(String printed, DocumentDate date, PartyContext context) {
    if (Names.foreignTitled(printed))
      return none("no role printed, and the name bears a title no POCOM officer bore");
    List<InOffice.Held> held = inOffice.held(printed, date);
    if (held.isEmpty())
      return none("no role printed, and no one of the surname in office at the date");
    Correspondence.Standing other = correspondence.standing(context.correspondent(), date);
    Map<String, InOffice.Held> best = new LinkedHashMap<>();
    Map<String, Correspondence.Verdict> verdicts = new LinkedHashMap<>();
    for (InOffice.Held h : held) {
      Correspondence.Verdict v = correspondence.verdict(h.appointment(), context, other);
      String id = h.person().id();
      if (!verdicts.containsKey(id) || v.ordinal() < verdicts.get(id).ordinal()) {
        verdicts.put(id, v);
        best.put(id, h);
      }
    }
    List<String> fit = new ArrayList<>();
    verdicts.forEach(
        (id, v) -> {
          if (v != Correspondence.Verdict.CONTRADICTS) fit.add(id);
        });
    if (fit.isEmpty())
      return none(
          "no role printed: those of the surname in office at the date do not fit the dateline"
              + " or the correspondent");
    if (fit.size() == 1) {
      InOffice.Held h = best.get(fit.get(0));
      return new Outcome(
          Optional.of(h),
          "no role printed: the one person of the surname in office at the date ("
              + held(h)
              + ")"
              + (verdicts.get(fit.get(0)) == Correspondence.Verdict.SUPPORTS
                  ? "; the dateline or the correspondent agrees"
                  : "; nothing in the document says otherwise"));
    }
    return secretary(printed, fit, best, held)
        .orElseGet(
            () ->
                none(
                    "no role printed: "
                        + fit.size()
                        + " persons of the surname in office at the date fit"));
  }

  // Heads name the Secretary of State by surname alone; an officer of the Department sharing the
  // surname is printed with forenames or initials ("Mr. F. W. Seward").
  private static Optional<Outcome> secretary(
      String printed, List<String> fit, Map<String, InOffice.Held> best, List<InOffice.Held> held) {
    if (Names.hasGivenNames(printed)) return Optional.empty();
    List<InOffice.Held> secretaries =
        held.stream()
            .filter(h -> fit.contains(h.person().id()))
            .filter(h -> h.appointment().postId().equals(SECRETARY))
            .toList();
    boolean othersPrincipal =
        held.stream()
            .filter(h -> fit.contains(h.person().id()))
            .allMatch(h -> h.appointment().kind() == Appointment.Kind.PRINCIPAL);
    if (secretaries.stream().map(h -> h.person().id()).distinct().count() != 1 || !othersPrincipal)
      return Optional.empty();
    InOffice.Held s = secretaries.get(0);
    return Optional.of(
        new Outcome(
            Optional.of(s),
            "no role printed: the Secretary of State at the date, whom heads name by surname"
                + " alone; the other officers of the Department of the surname are printed with"
                + " forenames"));
  }

  private static String held(InOffice.Held h) {
    return h.appointment().roleTitle() + ", " + h.appointment().postName();
  }

  private static Outcome none(String why) {
    return new Outcome(Optional.empty(), why);
  }
}
