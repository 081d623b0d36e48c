package org.chancery.understand.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chancery.model.DocumentDate;
import org.chancery.model.Party;
import org.chancery.model.Role;

/**
 * Whether an appointment a printed name may stand for fits the rest of the document, read as the
 * service wrote: a chief of mission writes from his post and is written to by the Department or
 * from the country of his post; the Secretary and the Department's officers write from Washington
 * and are written to from everywhere.
 */
final class Correspondence {
  /** What the rest of the document says of an appointment. */
  enum Verdict {
    SUPPORTS,
    SILENT,
    CONTRADICTS
  }

  /** Where the other party stands, as far as its printed role or name tells. */
  enum Standing {
    DEPARTMENT,
    MISSION,
    UNKNOWN
  }

  // The offices of a chief of mission, who heads a post abroad.
  private static final Set<Role.Office> MISSION_OFFICES =
      Set.of(
          Role.Office.AMBASSADOR,
          Role.Office.MINISTER,
          Role.Office.CHARGE,
          Role.Office.DIPLOMATIC_AGENT,
          Role.Office.AGENT,
          Role.Office.COMMISSIONER,
          Role.Office.HIGH_COMMISSIONER);

  private final InOffice inOffice;

  Correspondence(InOffice inOffice) {
    this.inOffice = inOffice;
  }

  /** Where the correspondent stands: by its role, else by the offices its printed name held. */
  Standing standing(Optional<Party> other, DocumentDate date) {
    if (other.isEmpty()) return Standing.UNKNOWN;
    Party o = other.get();
    if (o.role().isPresent()) {
      Role r = o.role().get();
      if (r.nationality().isPresent()) return Standing.UNKNOWN;
      if (r.place().isEmpty()
          && !inOffice
              .people()
              .positionsTitled(PartyIdentifier.principalTitle(r.title()))
              .isEmpty()) return Standing.DEPARTMENT;
      if (r.place().isPresent() && r.office().map(MISSION_OFFICES::contains).orElse(false))
        return Standing.MISSION;
      return Standing.UNKNOWN;
    }
    if (o.name().isEmpty() || Names.foreignTitled(o.name().get())) return Standing.UNKNOWN;
    List<Appointment.Kind> kinds =
        inOffice.held(o.name().get(), date).stream()
            .map(h -> h.appointment().kind())
            .distinct()
            .toList();
    if (kinds.equals(List.of(Appointment.Kind.PRINCIPAL))) return Standing.DEPARTMENT;
    if (kinds.equals(List.of(Appointment.Kind.CHIEF))) return Standing.MISSION;
    return Standing.UNKNOWN;
  }

  /** What the dateline and the correspondent say of the party holding {@code a}. */
  Verdict verdict(Appointment a, PartyContext context, Standing other) {
    Optional<String> place = context.place().filter(p -> !p.isBlank());
    boolean washington = place.map(InOffice::washington).orElse(false);
    List<String> posts = place.map(inOffice::postsAt).orElse(List.of());
    boolean sender = context.side() == PartyContext.Side.SENDER;
    if (a.kind() == Appointment.Kind.PRINCIPAL) {
      if (sender) {
        if (washington) return Verdict.SUPPORTS;
        if (!posts.isEmpty()) return Verdict.CONTRADICTS;
        return other == Standing.MISSION ? Verdict.SUPPORTS : Verdict.SILENT;
      }
      return place.isPresent() || other == Standing.MISSION ? Verdict.SUPPORTS : Verdict.SILENT;
    }
    if (posts.contains(a.postId())) return Verdict.SUPPORTS;
    if (sender && (washington || !posts.isEmpty())) return Verdict.CONTRADICTS;
    return other == Standing.DEPARTMENT ? Verdict.SUPPORTS : Verdict.SILENT;
  }
}
