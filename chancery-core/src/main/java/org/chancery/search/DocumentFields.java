package org.chancery.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.chancery.model.Document;
import org.chancery.model.Party;
import org.chancery.model.Role;
import org.chancery.model.SearchText;
import org.chancery.model.Serial;
import org.chancery.understand.Understanding;
import org.chancery.understand.decimal.DecodedFile;
import org.chancery.understand.people.Identification;
import org.chancery.understand.people.Participant;
import org.chancery.understand.people.PeopleDirectory;
import org.chancery.understand.people.Person;
import org.chancery.understand.people.VolumeNames;

/**
 * The values a {@link Document} gives each field of {@link IndexSchema}, for every backend: the
 * Lucene documents and the Solr documents are both built from this, so the two hold the same
 * values. Blank values are left out; multi-valued fields keep the order the values were found in.
 *
 * <p>{@link IndexSchema#DATE} is given as the date printed in ISO form ({@code 1934-04}); a backend
 * indexes {@link #day} for it. {@link IndexSchema#SOURCE} is not given: it is the document's {@link
 * org.chancery.search.DocumentCodec} bytes.
 */
public final class DocumentFields {
  private static final Understanding.Understander UNDERSTANDER = new Understanding.Understander();

  private final Map<IndexField, List<String>> values = new LinkedHashMap<>();

  private DocumentFields() {}

  /**
   * The field values of {@code d}, in the volume titled {@code volumeTitle}, whose search text is
   * {@code text} (made once by the caller, who also stores it), its parties identified with the
   * other documents of its volume in {@code names}: an unmodifiable map from field to its values,
   * fields in the order they are filled.
   */
  public static Map<IndexField, List<String>> of(
      Document d, String volumeTitle, SearchText text, VolumeNames names) {
    DocumentFields f = new DocumentFields();
    f.add(IndexSchema.KEY, d.key());
    f.add(IndexSchema.VOLUME, d.volume());
    f.add(IndexSchema.VOLUME_TITLE, volumeTitle);
    f.add(IndexSchema.ID, d.id());
    f.add(IndexSchema.TYPE, d.type().label());
    d.date()
        .ifPresent(
            date -> {
              f.add(IndexSchema.DATE, date.iso());
              f.add(IndexSchema.YEAR, String.valueOf(date.day().getYear()));
            });
    f.add(IndexSchema.TITLE, d.head());
    d.subject().ifPresent(s -> f.add(IndexSchema.PRINTED_SUBJECT, s));
    f.add(IndexSchema.TEXT, text.text());
    f.addParty(d.sender(), IndexSchema.SENDER, IndexSchema.SENDER_ROLE, IndexSchema.SENDER_NAME);
    f.addParty(
        d.recipient(),
        IndexSchema.RECIPIENT,
        IndexSchema.RECIPIENT_ROLE,
        IndexSchema.RECIPIENT_NAME);
    VolumeNames.keys(d).forEach(k -> f.add(IndexSchema.PRINTED_PARTY, printedParty(d.volume(), k)));
    d.place()
        .ifPresent(
            p -> {
              f.add(IndexSchema.PLACE, p);
              f.add(IndexSchema.PLACE_EXACT, p);
            });
    d.fileNumbers().forEach(n -> f.add(IndexSchema.FILE, n.number().toLowerCase(Locale.ROOT)));
    d.serial().stream()
        .flatMap(DocumentFields::serials)
        .distinct()
        .forEach(s -> f.add(IndexSchema.SERIAL, s));
    Understanding u = UNDERSTANDER.of(d, names);
    f.addUnderstanding(u);
    Exchange.of(d, u).ifPresent(e -> f.add(IndexSchema.CORRESPONDENCE, e.encoded()));
    Map<IndexField, List<String>> copy = new LinkedHashMap<>();
    f.values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(copy);
  }

  /** The value of {@link IndexSchema#PRINTED_PARTY} for a name's {@code key} in {@code volume}. */
  public static String printedParty(String volume, String key) {
    return volume + "/" + key;
  }

  /** The day {@link IndexSchema#DATE} holds for {@code d}: the first day of the period printed. */
  public static Optional<LocalDate> day(Document d) {
    return d.date().map(date -> date.day());
  }

  private void add(IndexField field, String value) {
    if (value.isBlank()) return;
    values.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
  }

  private void addParty(Optional<Party> party, IndexField text, IndexField role, IndexField name) {
    party.ifPresent(
        p -> {
          Optional<String> printed = p.role().map(Role::printed);
          add(text, (printed.orElse("") + " " + p.name().orElse("")).strip());
          printed.ifPresent(r -> add(role, r));
          p.name().ifPresent(n -> add(name, n));
        });
  }

  // What Chancery understands: decoded file numbers and identified people, for facets and fields.
  private void addUnderstanding(Understanding u) {
    for (DecodedFile f : u.files()) {
      f.classCode().ifPresent(c -> add(IndexSchema.FILE_CLASS_CODE, c));
      // A subject-numeric subject code (POL) has no name in the tables: the code alone.
      f.classCode()
          .ifPresent(
              c -> add(IndexSchema.FILE_CLASS, (c + " " + f.className().orElse("")).strip()));
      f.countries().forEach(c -> add(IndexSchema.FILE_COUNTRY, c));
      f.countries().forEach(c -> add(IndexSchema.COUNTRY, c));
      f.subject().ifPresent(s -> add(IndexSchema.FILE_SUBJECT, s));
      f.subject().ifPresent(s -> add(IndexSchema.SUBJECT, s));
    }
    u.sender()
        .flatMap(Identification::person)
        .ifPresent(p -> add(IndexSchema.SENDER_PERSON, p.id()));
    u.recipient()
        .flatMap(Identification::person)
        .ifPresent(p -> add(IndexSchema.RECIPIENT_PERSON, p.id()));
    // Once per person: a name tied to the List of Principal Persons may be mentioned many times,
    // and may be one of the conversation's participants too.
    Stream.concat(
            u.mentions().stream().flatMap(m -> m.personId().stream()),
            u.participants().stream().flatMap(p -> p.person().stream()))
        .distinct()
        .forEach(id -> add(IndexSchema.MENTIONED_PERSON, id));
    people(u)
        .forEach(
            (id, name) -> {
              add(IndexSchema.PERSON, name + " " + id);
              add(IndexSchema.PERSON_NAME, name);
            });
    addProvenance(u);
  }

  // The source notes' markings and archive, and who took part in a conversation: each value once.
  private void addProvenance(Understanding u) {
    u.sources().stream()
        .flatMap(p -> p.classification().stream())
        .distinct()
        .forEach(c -> add(IndexSchema.CLASSIFICATION, c.words()));
    u.sources().stream()
        .flatMap(p -> p.precedence().stream())
        .distinct()
        .forEach(c -> add(IndexSchema.PRECEDENCE, c.words()));
    u.sources().stream()
        .flatMap(p -> p.repository().stream())
        .distinct()
        .forEach(r -> add(IndexSchema.ARCHIVE, r));
    u.participants().stream()
        .map(p -> p.name().or(p::role).orElse(p.printed()))
        .distinct()
        .forEach(p -> add(IndexSchema.PARTICIPANT, p));
  }

  // Each person once, by POCOM id where known, else by the name the footnote gives; with the
  // participants identified.
  private static Map<String, String> people(Understanding u) {
    Map<String, String> people = new LinkedHashMap<>();
    Stream.of(u.sender(), u.recipient())
        .flatMap(Optional::stream)
        .flatMap(i -> i.person().stream())
        .forEach(p -> people.put(p.id(), p.name()));
    u.mentions().forEach(m -> people.putIfAbsent(m.personId().orElse(m.person()), m.person()));
    for (Participant p : u.participants())
      p.person().ifPresent(id -> people.putIfAbsent(id, nameOf(p, id)));
    return people;
  }

  // A participant known by his office alone ("The President") is named as the person he is.
  private static String nameOf(Participant p, String id) {
    return PeopleDirectory.bundled()
        .person(id)
        .map(Person::name)
        .orElse(p.name().orElse(p.printed()));
  }

  private static Stream<String> serials(Serial s) {
    return Stream.of(Optional.of(s.printed()), s.corrected(), s.series()).flatMap(Optional::stream);
  }
}
