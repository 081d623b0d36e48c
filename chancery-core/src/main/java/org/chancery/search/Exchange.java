package org.chancery.search;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chancery.model.Party;
import org.chancery.understand.Understanding;
import org.chancery.understand.people.Identification;
import org.chancery.understand.people.Person;

/**
 * A message's sender and recipient as the correspondence network counts them: each the person
 * identified, else the office printed. The index holds one per document ({@link
 * IndexSchema#CORRESPONDENCE}), so a network is counted from the index, never from documents.
 */
public record Exchange(Correspondent from, Correspondent to) {
  // Between the two ends in the index: neither a person id nor a printed office has a tab.
  private static final String BETWEEN = "\t";

  public Exchange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** One end of a message: a person identified, or an office where none was. */
  public record Correspondent(Kind kind, String key) {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    // What a printed role adds to its office: the article, "Acting", closing punctuation.
    private static final Pattern NOT_OFFICE =
        Pattern.compile("^(?:[Tt]he\\s+)?(?:[Aa]cting\\s+)?|[.,;:]+$");

    /** Whether the end is a person or an office. */
    public enum Kind {
      PERSON,
      OFFICE
    }

    public Correspondent {
      Objects.requireNonNull(kind, "kind");
      if (key.isBlank() || key.contains(BETWEEN))
        throw new IllegalArgumentException("not a correspondent key: '" + key + "'");
    }

    /**
     * The person identified for {@code party}, else its office: the role printed without "the" or
     * "Acting" (an acting Secretary holds the Secretary's office), else the name printed.
     */
    static Optional<Correspondent> of(Optional<Party> party, Optional<Identification> who) {
      Optional<Person> person = who.flatMap(Identification::person);
      if (person.isPresent()) return Optional.of(new Correspondent(Kind.PERSON, person.get().id()));
      return party.flatMap(Correspondent::office).map(o -> new Correspondent(Kind.OFFICE, o));
    }

    private static Optional<String> office(Party p) {
      return p.role()
          .map(r -> NOT_OFFICE.matcher(r.printed()).replaceAll(""))
          .or(() -> p.name())
          .map(s -> SPACES.matcher(s).replaceAll(" ").strip())
          .filter(s -> !s.isEmpty());
    }

    /**
     * The end as the index holds it: {@code person:hull-cordell}, {@code office:Minister in China}.
     */
    String encoded() {
      return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + key;
    }

    static Optional<Correspondent> decode(String s) {
      int colon = s.indexOf(':');
      if (colon < 0) return Optional.empty();
      String kind = s.substring(0, colon);
      String key = s.substring(colon + 1);
      if (key.isBlank()) return Optional.empty();
      if (kind.equals("person")) return Optional.of(new Correspondent(Kind.PERSON, key));
      if (kind.equals("office")) return Optional.of(new Correspondent(Kind.OFFICE, key));
      return Optional.empty();
    }
  }

  /** The exchange of a document, when both its sender and its recipient are known. */
  static Optional<Exchange> of(org.chancery.model.Document d, Understanding u) {
    Optional<Correspondent> from = Correspondent.of(d.sender(), u.sender());
    Optional<Correspondent> to = Correspondent.of(d.recipient(), u.recipient());
    return from.isPresent() && to.isPresent()
        ? Optional.of(new Exchange(from.get(), to.get()))
        : Optional.empty();
  }

  /** The exchange as the index holds it: the two ends, a tab between. */
  String encoded() {
    return from.encoded() + BETWEEN + to.encoded();
  }

  /** The exchange the index holds as {@code s}; empty for anything else. */
  static Optional<Exchange> decode(String s) {
    int tab = s.indexOf(BETWEEN);
    if (tab < 0) return Optional.empty();
    Optional<Correspondent> from = Correspondent.decode(s.substring(0, tab));
    Optional<Correspondent> to = Correspondent.decode(s.substring(tab + 1));
    return from.isPresent() && to.isPresent()
        ? Optional.of(new Exchange(from.get(), to.get()))
        : Optional.empty();
  }
}
