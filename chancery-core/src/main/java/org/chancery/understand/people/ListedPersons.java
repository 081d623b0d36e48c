package org.chancery.understand.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.PersonName;
import org.chancery.model.WordKey;

/**
 * Turns the names the editors tie to a List of Principal Persons into mentions: the name as
 * printed, the person as listed in reading order ({@code Stevens, John F.} gives {@code John F.
 * Stevens}), the list's description, and the person's id: the one the Office of the Historian's
 * people database ties to the entry, else POCOM's where exactly one POCOM person in office agrees,
 * else, where POCOM has no one of the name, the Chancery id a party tied to that entry gets.
 */
final class ListedPersons {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern COMMA = Pattern.compile(", ");

  private final PeopleDirectory people;

  ListedPersons(PeopleDirectory people) {
    this.people = Objects.requireNonNull(people, "people");
  }

  /** The mention a name makes in block {@code b}; none where the list is not in the volume. */
  Optional<Mention> mention(Document doc, int b, Block block, PersonName n) {
    if (n.listed().isEmpty()) return Optional.empty();
    String person = readingOrder(n.listed().get());
    return Optional.of(
        new Mention(
            block.text().substring(n.offset(), n.end()),
            Mention.PERSONS_LIST,
            person,
            n.description(),
            personId(doc, n, person),
            b,
            n.offset(),
            n.end()));
  }

  /**
   * A listed name in reading order: titles, forenames, particles, then the surname ({@code Goto,
   * Shimpei, Baron} gives {@code Baron Shimpei Goto}, {@code Mirbach, Wilhelm, Count von} gives
   * {@code Count Wilhelm von Mirbach}). A name without a comma stays as it is ({@code Nicholas
   * II}).
   */
  static String readingOrder(String listed) {
    String[] parts = COMMA.split(SPACES.matcher(listed.strip()).replaceAll(" "));
    List<String> titles = new ArrayList<>();
    List<String> forenames = new ArrayList<>();
    List<String> particles = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      List<String> words = new ArrayList<>(List.of(parts[i].split(" ")));
      boolean title = Names.TITLES.contains(words.get(0));
      if (title) particles.addAll(0, trailingParticles(words));
      (title ? titles : forenames).add(String.join(" ", words));
    }
    List<String> all = new ArrayList<>(titles);
    all.addAll(forenames);
    all.addAll(particles);
    all.add(parts[0]);
    return String.join(" ", all);
  }

  // Takes the particles off the end of a title ("Count von"): they go before the surname.
  private static List<String> trailingParticles(List<String> words) {
    int keep = words.size();
    while (keep > 1 && Names.PARTICLES.contains(words.get(keep - 1))) keep--;
    List<String> taken = new ArrayList<>(words.subList(keep, words.size()));
    words.subList(keep, words.size()).clear();
    return taken;
  }

  // The surname as listed, before the first comma; none in a name without one ("Nicholas II").
  private static String surname(String listed) {
    int comma = listed.indexOf(',');
    return comma < 0 ? "" : listed.substring(0, comma).strip();
  }

  // The person the people database ties to the entry; the POCOM person in office on the day; else,
  // where POCOM has no one of that name at all, the id a party tied to the same entry gets
  // (OutsidePocom): one across volumes for a name the list prints in full and for no other entry,
  // the entry's own otherwise. POCOM having someone of the name, only not in office that day,
  // leaves it open.
  private Optional<String> personId(Document doc, PersonName n, String person) {
    Optional<String> entry = OutsidePocom.entry(n.ref(), Optional.of(doc.volume()));
    Optional<Person> known = entry.flatMap(people::listedAs);
    if (known.isPresent()) return known.map(Person::id);
    String surname = surname(n.listed().get());
    Optional<String> pocom = pocomId(surname, person, doc.date());
    if (pocom.isPresent() || namesake(surname, person)) return pocom;
    Optional<String> across =
        n.sole() && OutsidePocom.inFull(n.listed().get())
            ? OutsidePocom.inFullId(people, n.listed().get(), doc.date())
            : Optional.empty();
    if (across.isPresent()) return across;
    return entry.map(OutsidePocom::id);
  }

  // Whether POCOM has a person of the surname whose forenames agree, at any date.
  private boolean namesake(String surname, String person) {
    if (surname.isEmpty()) return true;
    List<String> forenames = forenames(person, surname);
    if (forenames.isEmpty()) return !people.withSurnameExactly(surname).isEmpty();
    return !agreeing(surname, forenames).isEmpty();
  }

  // The POCOM persons of the surname whose forenames, or other names, agree with these.
  private List<Person> agreeing(String surname, List<String> forenames) {
    return people.withSurnameExactly(surname).stream()
        .filter(
            p ->
                agree(forenames, forenames(p.forename(), ""))
                    || p.altname()
                        .map(a -> agree(forenames, forenames(a, p.surname())))
                        .orElse(false))
        .toList();
  }

  private Optional<String> pocomId(String surname, String person, Optional<DocumentDate> date) {
    if (surname.isEmpty() || date.isEmpty()) return Optional.empty();
    LocalDate day = date.get().day();
    List<String> forenames = forenames(person, surname);
    if (forenames.isEmpty()) return Optional.empty();
    // The one of them who held an appointment on the document's day.
    List<Person> fit =
        agreeing(surname, forenames).stream()
            .filter(p -> people.appointments(p.id()).stream().anyMatch(a -> a.overlaps(day, day)))
            .toList();
    return fit.size() == 1 ? Optional.of(fit.get(0).id()) : Optional.empty();
  }

  // The forenames of a name, leading titles, particles and the surname left out
  // ("Maj. Gen. William S. Graves" gives [William, S.]).
  static List<String> forenames(String name, String surname) {
    String rest =
        name.endsWith(surname)
            ? name.substring(0, name.length() - surname.length()).strip()
            : name.strip();
    List<String> out = new ArrayList<>();
    for (String w : SPACES.split(rest)) {
      if (w.isEmpty()
          || out.isEmpty() && Names.TITLES.contains(w)
          || Names.PARTICLES.contains(w)
          || !Character.isLetter(w.charAt(0))) continue;
      out.add(w);
    }
    return out;
  }

  // Initials agree as far as both go ("John F." and "John Frank Dwight"), and a first forename
  // written out agrees with the other's written out ("Breckinridge" is not "Boaz").
  static boolean agree(List<String> printed, List<String> pocom) {
    if (pocom.isEmpty()) return false;
    for (int i = 0; i < Math.min(printed.size(), pocom.size()); i++) {
      if (Character.toUpperCase(printed.get(i).charAt(0))
          != Character.toUpperCase(pocom.get(i).charAt(0))) return false;
    }
    String a = printed.get(0);
    String b = pocom.get(0);
    return isInitial(a) || isInitial(b) || WordKey.of(a).equals(WordKey.of(b));
  }

  static boolean isInitial(String w) {
    return w.length() <= 2 && (w.length() == 1 || w.endsWith("."));
  }
}
