package org.chancery.read;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chancery.model.DocumentType;
import org.chancery.model.Party;
import org.chancery.model.Role;
import org.chancery.model.Serial;
import org.chancery.model.SourceNote;

/**
 * Decides a document's type: as a modern heading ("Telegram From ...") or a source note states it,
 * or else inferred from the heading, the numbering and the form of the first paragraph, and then
 * marked as inferred.
 */
public final class TypeClassifier {

  /** A type and whether it was inferred rather than stated. */
  public record Typed(DocumentType type, boolean inferred) {
    public Typed {
      Objects.requireNonNull(type, "type");
    }
  }

  /** What the classifier looks at, all as printed. */
  public record Evidence(
      List<SourceNote> sourceNotes,
      String head,
      Optional<Party> sender,
      Optional<Party> recipient,
      Optional<Serial> serial,
      boolean timed,
      String firstParagraph,
      Optional<DocumentType> headKind) {

    /** Evidence from a heading that states no kind. */
    public Evidence(
        List<SourceNote> sourceNotes,
        String head,
        Optional<Party> sender,
        Optional<Party> recipient,
        Optional<Serial> serial,
        boolean timed,
        String firstParagraph) {
      this(sourceNotes, head, sender, recipient, serial, timed, firstParagraph, Optional.empty());
    }
  }

  private static final Pattern HEAD_WORD =
      Pattern.compile(
          "(?i)\\b(editorial note|memorandum|minutes|circular|aide-m[ée]moire|note verbale)\\b");
  // Officers of foreign governments write notes; "the British Ambassador", "Minister for Foreign
  // Affairs".
  private static final Pattern FOREIGN =
      Pattern.compile(
          "(?i)\\b(?:Foreign Affairs|Foreign Minister|British|French|German|Italian|Japanese|Chinese|Russian"
              + "|Spanish|Mexican|Brazilian|Chilean|Argentine|Swedish|Norwegian|Danish|Netherland|Swiss"
              + "|Belgian|Portuguese|Turkish|Polish|Soviet|Austrian|Hungarian|Czechoslovak|Greek|Persian"
              + "|Colombian|Peruvian|Bolivian|Paraguayan|Uruguayan|Venezuelan|Cuban|Haitian|Dominican"
              + "|Nicaraguan|Honduran|Salvadoran|Guatemalan|Costa Rican|Panamanian|Ecuadoran|Canadian"
              + "|Irish|Egyptian|Ethiopian|Liberian|Siamese|Iranian|Iraqi|Afghan|Saudi|Finnish|Estonian"
              + "|Latvian|Lithuanian|Rumanian|Yugoslav|Bulgarian|Albanian) (?:Ambassador|Minister|Chargé|Embassy|Legation)");
  private static final Pattern SECRETARY =
      Pattern.compile("(?i)secretary of state|department of state");
  private static final Pattern DEAR = Pattern.compile("^(?:My )?[Dd]ear\\b");
  private static final Pattern CONVERSATION =
      Pattern.compile("(?i)\\bmemorandum\\b.*?\\bof (?:a |the )?(?:telephone )?conversations?\\b");

  // A note or memorandum prints its kind above its text as a title of its own: "Memorandum",
  // "Aide-Mémoire", "Note Verbale", "Circular Memorandum", "Confidential Memorandum".
  private static final Pattern TITLE =
      Pattern.compile(
          "(?i)(?:(?:strictly |most )?confidential |secret |personal |circular |informal |oral )*"
              + "(memorandum|aide-m[ée]moire|note verbale|note)\\W*");

  private TypeClassifier() {}

  /** The type the evidence states or, failing that, suggests. */
  public static Typed classify(Evidence e) {
    // A modern heading names its kind in the editors' words; that outranks a word in a note.
    if (e.headKind().isPresent()) return new Typed(e.headKind().get(), false);
    for (SourceNote note : e.sourceNotes()) {
      Optional<DocumentType> stated = SourceNoteParser.statedType(note.text());
      if (stated.isPresent()) {
        return new Typed(ofConversation(stated.get(), e.head()), false);
      }
    }
    var title = TITLE.matcher(e.firstParagraph().strip());
    if (title.matches())
      return new Typed(ofConversation(SourceNoteParser.typeOf(title.group(1)), e.head()), false);
    return new Typed(ofConversation(infer(e), e.head()), true);
  }

  // "Memorandum by the Secretary of State of a Conversation With the Nicaraguan Chargé": the
  // record of a conversation, not a memorandum sent.
  private static DocumentType ofConversation(DocumentType type, String head) {
    return type == DocumentType.MEMORANDUM && CONVERSATION.matcher(head).find()
        ? DocumentType.MEMORANDUM_OF_CONVERSATION
        : type;
  }

  private static DocumentType infer(Evidence e) {
    var word = HEAD_WORD.matcher(e.head());
    if (word.find()) {
      return SourceNoteParser.typeOf(word.group(1));
    }
    if (e.timed()) {
      return DocumentType.TELEGRAM;
    }
    if (DEAR.matcher(e.firstParagraph().strip()).find()) {
      return DocumentType.LETTER;
    }
    String from = roleOf(e.sender());
    String to = roleOf(e.recipient());
    if (FOREIGN.matcher(from).find() || FOREIGN.matcher(to).find()) {
      return DocumentType.NOTE;
    }
    if (e.serial().isPresent() && e.sender().isPresent()) {
      return SECRETARY.matcher(from).find() ? DocumentType.INSTRUCTION : DocumentType.DESPATCH;
    }
    return DocumentType.OTHER;
  }

  private static String roleOf(Optional<Party> p) {
    return p.flatMap(Party::role).map(Role::printed).orElse("");
  }
}
