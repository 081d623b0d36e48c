package org.chancery.understand.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
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

  // How many names' sightings are kept for one VolumeNames: a server's generation asks for names
  // across the whole archive, and each holds at most VolumeNames.MOST sightings.
  private static final int REMEMBERED = 4_096;

  private final InOffice inOffice;
  // Weak keys: a volume's names go when its import is done, a generation's when it is replaced.
  private final Map<VolumeNames, Map<String, Optional<List<Sighting>>>> remembered =
      new WeakHashMap<>();

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
    Optional<List<Sighting>> all = sightings(names, context.volume().orElseThrow(), name, alone);
    if (all.isEmpty()) return Optional.empty();
    Map<String, Person> persons = new LinkedHashMap<>();
    List<String> seen = new ArrayList<>();
    String grounds = "";
    // The party's own document is among them; its rules did not identify the party, so it adds
    // nothing.
    for (Sighting s : all.get()) {
      if (!near(s.date(), date)) continue;
      if (persons.putIfAbsent(s.person().id(), s.person()) == null) grounds = s.basis();
      seen.add(s.document());
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

  /** A document of the volume printing the name, and whom its own rules found there. */
  private record Sighting(
      String document, Optional<DocumentDate> date, Person person, String basis) {}

  // Every party printed under one name in one volume, identified by its own document: the same for
  // each party of that name, so worked out once per name and kept while {@code names} lives (an
  // import's volume, a server's generation), the most recently asked names first.
  private Optional<List<Sighting>> sightings(
      VolumeNames names, String volume, String name, Alone alone) {
    String key = volume + "\t" + VolumeNames.key(name);
    Map<String, Optional<List<Sighting>>> memo;
    synchronized (remembered) {
      memo = remembered.computeIfAbsent(names, n -> recent());
    }
    synchronized (memo) {
      Optional<List<Sighting>> known = memo.get(key);
      if (known != null) return known;
    }
    Optional<List<Sighting>> found = find(names.printing(volume, name), name, alone);
    synchronized (memo) {
      memo.put(key, found);
    }
    return found;
  }

  private static Optional<List<Sighting>> find(List<Document> printing, String name, Alone alone) {
    if (printing.size() > VolumeNames.MOST) return Optional.empty();
    List<Document> ordered = new ArrayList<>(printing);
    // In the order of their ids, so the grounds read the same whichever way they were found.
    ordered.sort(BY_ID);
    String key = VolumeNames.key(name);
    List<Sighting> out = new ArrayList<>();
    for (Document d : ordered) {
      for (PartyContext.Side side : PartyContext.Side.values()) {
        Optional<Party> p = side == PartyContext.Side.SENDER ? d.sender() : d.recipient();
        if (p.flatMap(Party::name).filter(n -> VolumeNames.key(n).equals(key)).isEmpty()) continue;
        Identification i = alone.identify(p.get(), d.date(), PartyContext.of(d, side));
        if (i.identified())
          out.add(new Sighting(d.id(), d.date(), i.person().orElseThrow(), i.basis()));
      }
    }
    return Optional.of(List.copyOf(out));
  }

  private static Map<String, Optional<List<Sighting>>> recent() {
    return new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Optional<List<Sighting>>> eldest) {
        return size() > REMEMBERED;
      }
    };
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
