package org.chancery.understand.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.chancery.model.Anchor;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.Footnote;
import org.chancery.model.FootnoteMarker;
import org.chancery.model.Party;
import org.chancery.model.PersonName;
import org.chancery.model.Role;
import org.chancery.model.WordKey;

/**
 * Finds the people a document mentions where the editors identify them. By a footnote: "The French
 * Ambassador" followed by footnote 31 "Robert Coulondre." is a mention of Robert Coulondre; only
 * footnotes that read as a personal name, optionally followed by a description, count. By the
 * volume's List of Principal Persons: a name tied to an entry ({@link PersonName}) is a mention of
 * the person listed, with the list's description.
 */
public final class MentionFinder {
  private static final Pattern STOP_MARK = Pattern.compile(".*[.;:!?,]$");
  private static final Pattern ABBREVIATION =
      Pattern.compile("(?:[A-Z]\\.|Mr\\.|Mrs\\.|Dr\\.|St\\.|Gen\\.|Col\\.|M\\.|Mme\\.)");
  private static final Pattern HONORIFICS =
      Pattern.compile("^(?:(?:Mr|Mrs|Dr|Sir|Gen|Col|Maj|Capt|Adm)\\.?\\s+)+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Set<String> CONNECTORS =
      Set.of("of", "in", "at", "for", "to", "de", "la", "von", "van", "and");
  private static final int MAX_WORDS = 8;

  private final PeopleDirectory people;
  private final PartyIdentifier identifier;
  private final ListedPersons listed;

  /** A finder that links mentions to the given directory. */
  public MentionFinder(PeopleDirectory people) {
    this.people = Objects.requireNonNull(people, "people");
    this.identifier = new PartyIdentifier(people);
    this.listed = new ListedPersons(people);
  }

  /** A finder over the bundled POCOM data. */
  public static MentionFinder bundled() {
    return new MentionFinder(PeopleDirectory.bundled());
  }

  /** The mentions in {@code doc}, in reading order of the names and footnote markers. */
  public List<Mention> find(Document doc) {
    Map<String, Footnote> notes =
        doc.footnotes().stream()
            .collect(Collectors.toMap(Footnote::id, Function.identity(), (a, b) -> a));
    List<Mention> out = new ArrayList<>();
    for (int b = 0; b < doc.blocks().size(); b++) {
      Block block = doc.blocks().get(b);
      for (Anchor a : block.anchors()) {
        if (a instanceof FootnoteMarker m && notes.containsKey(m.footnoteId())) {
          mention(doc, b, block.text(), m, notes.get(m.footnoteId())).ifPresent(out::add);
        } else if (a instanceof PersonName n) {
          listed.mention(doc, b, block, n).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /**
   * The participants of {@code doc}'s conversation, each whose name the editors tie to the persons
   * list identified as {@code found}, the document's mentions, identify the first name tied to that
   * entry.
   */
  public static List<Participant> identify(
      Document doc, List<Participant> participants, List<Mention> found) {
    return participants.stream()
        .map(p -> p.ref().flatMap(r -> listedPerson(doc, r, found)).map(p::identified).orElse(p))
        .toList();
  }

  // The person of the mention at the first name in doc tied to the persons-list entry ref.
  private static Optional<String> listedPerson(Document doc, String ref, List<Mention> found) {
    for (int b = 0; b < doc.blocks().size(); b++) {
      for (Anchor a : doc.blocks().get(b).anchors()) {
        if (!(a instanceof PersonName n) || !n.ref().equals(ref)) continue;
        int block = b;
        return found.stream()
            .filter(m -> m.block() == block && m.start() == n.offset())
            .findFirst()
            .flatMap(Mention::personId);
      }
    }
    return Optional.empty();
  }

  private Optional<Mention> mention(
      Document doc, int b, String text, FootnoteMarker m, Footnote note) {
    Optional<PersonNote> person = PersonNote.parse(note.text());
    if (person.isEmpty()) return Optional.empty();
    int end = trimEnd(text, m.offset());
    int start = phraseStart(text, end);
    if (start >= end) return Optional.empty();
    PersonNote p = person.get();
    return Optional.of(
        new Mention(
            text.substring(start, end),
            note.id(),
            p.name(),
            p.description(),
            pocomId(p, doc.date()),
            b,
            start,
            end));
  }

  private static int trimEnd(String text, int offset) {
    int end = offset;
    while (end > 0 && ",;:)”’\"' ".indexOf(text.charAt(end - 1)) >= 0) end--;
    return end;
  }

  // The start of the phrase a footnote marker explains: capitalised words back to an article or
  // the first lower-case word, with "of", "in" and the like between them ("the Minister of Foreign
  // Affairs").
  static int phraseStart(String text, int end) {
    int start = end;
    int words = 0;
    for (int i = end; i > 0 && words < MAX_WORDS; ) {
      int j = i;
      while (j > 0 && !Character.isWhitespace(text.charAt(j - 1))) j--;
      String w = text.substring(j, i);
      boolean article = w.equals("The") || w.equals("the");
      if (w.isEmpty() || j < start && endsSentence(w)) break;
      if (!article && !Character.isUpperCase(w.charAt(0)) && !CONNECTORS.contains(w)) break;
      if (!CONNECTORS.contains(w)) start = j;
      words++;
      if (article) break;
      i = j;
      while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
    }
    return start == end ? lastWord(text, end) : start;
  }

  private static boolean endsSentence(String w) {
    return STOP_MARK.matcher(w).matches() && !ABBREVIATION.matcher(w).matches();
  }

  private static int lastWord(String text, int end) {
    int j = end;
    while (j > 0 && Character.isLetterOrDigit(text.charAt(j - 1))) j--;
    return j;
  }

  // The POCOM id: through the description as a role ("Ambassador in the Soviet Union") at the
  // document's date, else the one person of that surname whose forename agrees and who lived then.
  private Optional<String> pocomId(PersonNote p, Optional<DocumentDate> date) {
    if (p.description().isPresent() && date.isPresent()) {
      Identification i = identifier.identify(Party.of(p.description().get(), p.name()), date);
      // A person outside POCOM is not a mention's POCOM id.
      if (i.identified() && i.person().get().inPocom()) return i.person().map(Person::id);
      if (Role.of(p.description().get()).nationality().isPresent()) return Optional.empty();
    }
    List<Person> fit =
        people.withSurname(p.name()).stream()
            .filter(x -> forenameAgrees(p.name(), x.forename()))
            .filter(x -> date.map(d -> x.livedIn(d.day().getYear())).orElse(true))
            .toList();
    return fit.size() == 1 ? Optional.of(fit.get(0).id()) : Optional.empty();
  }

  private static boolean forenameAgrees(String printed, String forename) {
    String[] words = SPACES.split(HONORIFICS.matcher(printed).replaceAll(""));
    if (words.length < 2 || forename.isBlank()) return false;
    String first = words[0].replace(".", "");
    String pocom = SPACES.split(forename)[0];
    return first.length() == 1
        ? pocom.startsWith(first)
        : WordKey.of(first).equals(WordKey.of(pocom));
  }
}
