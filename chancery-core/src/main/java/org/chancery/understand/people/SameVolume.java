package org.chancery.understand.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.Party;

/**
 * A party its own document does not identify, named by the rest of its volume: where the volume's
 * other documents print the same name and their own evidence gives one person for every sighting
 * within {@link #YEARS} years, that is the person. A volume prints a correspondence from both ends:
 * "Mr. Sherman to Mr. Dupuy de Lôme" is identified by the notes Dupuy de Lôme wrote from the
 * Legation of Spain, and the instructions to "Mr. Kreismann" by his despatches from the legation at
 * Berlin.
 *
 * <p>The rule only fills a gap: it never overrides a printed role, a sender writing from a United
 * States mission (the dateline decides there), or a date at which POCOM has someone of the surname
 * in office (then the document's own rules had candidates, and a person seen elsewhere in the
 * volume may be the other one). Sightings no rule identifies count for nothing, so two people of
 * one name are kept apart only where both are identified; the window and these exclusions bound
 * that risk.
 */
final class SameVolume {
  /** How far apart in years a sighting may be from the party's document. */
  static final int YEARS = 3;

  private static final int SHOWN = 3;
  private static final Comparator<Document> BY_ID =
      Comparator.comparingInt((Document d) -> d.id().length()).thenComparing(Document::id);

  /** A document's own rules: who a party is from its document alone. */
  @FunctionalInterface
  interface Alone {
    Identification identify(Party party, Optional<DocumentDate> date, PartyContext context);
  }

  private final InOffice inOffice;

  SameVolume(InOffice inOffice) {
    this.inOffice = inOffice;
  }

  /**
   * The one person the volume's other documents identify under {@code party}'s printed name, if the
   * rule applies to the party and the evidence is unique.
   */
  Optional<Identification> identify(
      Party party,
      Optional<DocumentDate> date,
      PartyContext context,
      VolumeNames names,
      Alone alone) {
    if (!applies(party, date, context)) return Optional.empty();
    String name = party.name().orElseThrow();
    List<Document> printing = new ArrayList<>(names.printing(context.volume().orElseThrow(), name));
    if (printing.size() > VolumeNames.MOST) return Optional.empty();
    // In the order of their ids, so the grounds read the same whichever way they were found.
    printing.sort(BY_ID);
    Map<String, Person> persons = new LinkedHashMap<>();
    List<String> seen = new ArrayList<>();
    String grounds = "";
    // The party's own document is among them; its rules did not identify the party, so it adds
    // nothing.
    for (Document d : printing) {
      if (!near(d.date(), date)) continue;
      for (PartyContext.Side side : PartyContext.Side.values()) {
        Optional<Party> p = side == PartyContext.Side.SENDER ? d.sender() : d.recipient();
        if (p.flatMap(Party::name)
            .filter(n -> VolumeNames.key(n).equals(VolumeNames.key(name)))
            .isEmpty()) continue;
        Identification i = alone.identify(p.get(), d.date(), PartyContext.of(d, side));
        if (!i.identified()) continue;
        Person person = i.person().get();
        if (persons.putIfAbsent(person.id(), person) == null) grounds = i.basis();
        seen.add(d.id());
      }
    }
    if (persons.size() != 1) return Optional.empty();
    List<String> docs = seen.stream().distinct().toList();
    String where =
        String.join(", ", docs.subList(0, Math.min(SHOWN, docs.size())))
            + (docs.size() > SHOWN ? " and " + (docs.size() - SHOWN) + " more" : "");
    return Optional.of(
        new Identification(
            party,
            Optional.of(persons.values().iterator().next()),
            Optional.empty(),
            List.of(),
            IdentificationRule.SAME_VOLUME.opening()
                + " identify the name as one person ("
                + where
                + "): "
                + grounds));
  }

  // A name alone, with no evidence of its own against the volume's: no role, no American mission
  // in the sender's dateline, and no one of the surname in office at the date.
  private boolean applies(Party party, Optional<DocumentDate> date, PartyContext context) {
    if (party.role().isPresent() || party.name().isEmpty() || context.volume().isEmpty())
      return false;
    if (!Names.onePerson(party.name().get()) || !Names.personLike(party.name().get())) return false;
    if (context.side() == PartyContext.Side.SENDER
        && context.place().flatMap(DatelineOffice::americanMission).isPresent()) return false;
    return date.map(d -> inOffice.held(party.name().get(), d).isEmpty()).orElse(true);
  }

  private static boolean near(Optional<DocumentDate> a, Optional<DocumentDate> b) {
    if (a.isEmpty() || b.isEmpty()) return true;
    return Math.abs(a.get().day().getYear() - b.get().day().getYear()) <= YEARS;
  }
}
