package org.chancery.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.DocumentType;
import org.chancery.model.Party;
import org.chancery.model.Role;

/**
 * Reads sender and recipient from a document heading as printed: {@code The Minister in Switzerland
 * (Wilson) to the Secretary of State}, {@code Mr. Seward (Secretary of State) to all the ministers
 * of the United States}, {@code No. 277. Mr. Frelinghuysen to Mr. Hamlin.}; and the modern
 * (post-1945) form, the running number and a kind before the parties: {@code 190. Telegram From the
 * Embassy in Greece to the Department of State}, {@code 12. Memorandum for the President}, {@code
 * 3. Paper Prepared in the Policy Planning Staff}.
 */
public final class HeadingParser {
  private static final Pattern END_PUNCTUATION = Pattern.compile("[.,;:]+$");

  /**
   * Sender and recipient of a heading, either absent when the heading does not name it, and the
   * kind of paper a modern heading states.
   */
  public record Heading(
      Optional<Party> sender, Optional<Party> recipient, Optional<DocumentType> kind) {
    static final Heading NONE = new Heading(Optional.empty(), Optional.empty(), Optional.empty());

    /** A heading naming sender and recipient, stating no kind. */
    public Heading(Optional<Party> sender, Optional<Party> recipient) {
      this(sender, recipient, Optional.empty());
    }
  }

  // After a modern kind: who wrote it ("From", "by", "Prepared in/by") and for whom ("to", "for").
  private static final Pattern MODERN_FROM =
      Pattern.compile(
          "^(?:From|from|Prepared (?:in|by|for) .*?\\bby|Prepared (?:in|by)|by)\\s+(.+)$");
  private static final Pattern MODERN_TO = Pattern.compile("^(?:to|To|for|For)\\s+(.+)$");
  // Memoranda for the record or the files are addressed to no one.
  private static final Pattern NO_ONE = Pattern.compile("^(?:the )?(?:Record|Files?)\\b");

  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\*?No\\. ?\\d+[a-z]?\\.?\\s*");
  private static final Pattern TRAILING_PLACE = Pattern.compile(",\\s+at\\s+[^()]+$");
  private static final Pattern HONORIFIC = Pattern.compile("^(?:Mr\\.|Messrs\\.|Mrs\\.)\\s+");
  private static final Pattern PARENS =
      Pattern.compile("^(.*?)\\s*\\(\\s*([^()]*?)\\s*\\)\\s*(.*)$");

  private HeadingParser() {}

  /** Parses a heading's plain text (footnote markers removed). */
  public static Heading parse(String head) {
    Optional<HeadKinds.Found> modern = HeadKinds.of(head.strip());
    if (modern.isPresent()) return modern(modern.get());
    String h = LEADING_NUMBER.matcher(head.strip()).replaceFirst("");
    // The kind is left to the classifier here, as before: only the parties change.
    Optional<String> byWriter = HeadKinds.afterBy(h);
    if (byWriter.isPresent()) return writtenBy(byWriter.get());
    int to = splitPoint(h);
    if (to < 0) {
      return Heading.NONE;
    }
    return new Heading(party(h.substring(0, to)), party(h.substring(to + 4)));
  }

  // "the Director of ... (Henderson) to the Secretary of State": the writer, then whom to.
  private static Heading writtenBy(String parties) {
    int to = splitPoint(parties);
    if (to < 0) return new Heading(party(parties), Optional.empty());
    return new Heading(party(parties.substring(0, to)), addressee(parties.substring(to + 4)));
  }

  private static Heading modern(HeadKinds.Found found) {
    Optional<DocumentType> kind = Optional.of(found.type());
    String rest = found.rest();
    Matcher from = MODERN_FROM.matcher(rest);
    if (from.matches()) {
      String parties = from.group(1);
      int to = splitPoint(parties);
      if (to < 0) return new Heading(party(parties), Optional.empty(), kind);
      return new Heading(
          party(parties.substring(0, to)), addressee(parties.substring(to + 4)), kind);
    }
    Matcher to = MODERN_TO.matcher(rest);
    if (to.matches()) return new Heading(Optional.empty(), addressee(to.group(1)), kind);
    return new Heading(Optional.empty(), Optional.empty(), kind);
  }

  private static Optional<Party> addressee(String printed) {
    return NO_ONE.matcher(printed.strip()).find() ? Optional.empty() : party(printed);
  }

  // The " to " that separates the parties: the first one right after a closing parenthesis,
  // else the first one outside parentheses ("The Chairman of the Delegation to the Conference
  // (Gibson) to the Secretary of State").
  private static int splitPoint(String h) {
    int first = -1;
    int depth = 0;
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (c == '(') depth++;
      else if (c == ')') depth = Math.max(0, depth - 1);
      else if (depth == 0 && h.startsWith(" to ", i)) {
        if (i > 0 && h.charAt(i - 1) == ')') return i;
        if (first < 0) first = i;
      }
    }
    return first;
  }

  static Optional<Party> party(String printed) {
    String p = printed.strip();
    p = TRAILING_PLACE.matcher(p).replaceFirst("");
    p = END_PUNCTUATION.matcher(p).replaceAll("").strip();
    if (p.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = PARENS.matcher(p);
    // What follows the parentheses after a comma qualifies the heading, not the party:
    // "the Economic Adviser (Feis), Circa December 18, 1934".
    String outside =
        m.matches()
            ? (m.group(1) + " " + (m.group(3).startsWith(",") ? "" : m.group(3))).strip()
            : p;
    String inside = m.matches() ? m.group(2) : null;
    if (isRole(outside)) {
      return Optional.of(
          new Party(
              Optional.of(Role.inHeading(outside)),
              Optional.ofNullable(emptyToNull(inside)),
              Optional.empty()));
    }
    String name = name(outside);
    // "Secretary of State Haig": the office's title before the name, as modern heads print it.
    Optional<TitledName> titled =
        inside == null && name != null ? TitledName.of(name) : Optional.empty();
    if (titled.isPresent())
      return Optional.of(
          new Party(
              Optional.of(titled.get().role()),
              Optional.of(titled.get().name()),
              Optional.empty()));
    return Optional.of(Party.of(emptyToNull(inside), name));
  }

  // "The Minister in China", "the Secretary of State", "all the ministers": a role, not a name.
  private static boolean isRole(String s) {
    return s.startsWith("The ")
        || s.startsWith("the ")
        || !s.isEmpty() && Character.isLowerCase(s.charAt(0));
  }

  private static String name(String s) {
    return emptyToNull(HONORIFIC.matcher(s).replaceFirst("").strip());
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
