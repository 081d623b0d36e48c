package org.chancery.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.Party;
import org.chancery.model.Role;

/**
 * Reads sender and recipient from a document heading as printed: {@code The Minister in Switzerland
 * (Wilson) to the Secretary of State}, {@code Mr. Seward (Secretary of State) to all the ministers
 * of the United States}, {@code No. 277. Mr. Frelinghuysen to Mr. Hamlin.}
 */
public final class HeadingParser {
  private static final Pattern END_PUNCTUATION = Pattern.compile("[.,;:]+$");

  /** Sender and recipient of a heading; either is absent when the heading does not name it. */
  public record Heading(Optional<Party> sender, Optional<Party> recipient) {
    static final Heading NONE = new Heading(Optional.empty(), Optional.empty());
  }

  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\*?No\\. ?\\d+[a-z]?\\.?\\s*");
  private static final Pattern TRAILING_PLACE = Pattern.compile(",\\s+at\\s+[^()]+$");
  private static final Pattern HONORIFIC = Pattern.compile("^(?:Mr\\.|Messrs\\.|Mrs\\.)\\s+");
  private static final Pattern PARENS =
      Pattern.compile("^(.*?)\\s*\\(\\s*([^()]*?)\\s*\\)\\s*(.*)$");

  private HeadingParser() {}

  /** Parses a heading's plain text (footnote markers removed). */
  public static Heading parse(String head) {
    String h = LEADING_NUMBER.matcher(head.strip()).replaceFirst("");
    int to = splitPoint(h);
    if (to < 0) {
      return Heading.NONE;
    }
    return new Heading(party(h.substring(0, to)), party(h.substring(to + 4)));
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
    return Optional.of(Party.of(emptyToNull(inside), name(outside)));
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
