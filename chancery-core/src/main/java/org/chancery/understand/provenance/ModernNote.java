package org.chancery.understand.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the clauses that follow a modern citation by their grammar: a marking (classification,
 * precedence, handling caveat), a verb of drafting with "by" and names ("Drafted by Wood; cleared
 * by Rountree"), or a verb of distribution with "to" and posts ("Repeated to Nicosia and London").
 * One clause may join several with "and" or commas ("Drafted by Wood and approved by Dulles").
 * Anything else is left in the note's text.
 */
final class ModernNote {
  // A new verb clause inside a clause: ", and approved by", " and repeated to", ", pouched to".
  private static final Pattern JOIN =
      Pattern.compile(
          "(?i)(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?=(?:drafted|cleared|approved|also sent|sent|repeated"
              + "|pouched|passed)\\b(?:\\s+\\w+)?\\s+(?:by|to)\\b)");
  private static final Pattern DRAFTING =
      Pattern.compile("(?i)^(drafted|cleared|approved)(?:\\s+in\\s+\\w+)?\\s+by\\s+(.+)$");
  private static final Pattern DISTRIBUTION =
      Pattern.compile("(?i)^(also sent|sent|repeated|pouched|passed)\\s+to\\s+(.+)$");
  private static final Pattern LIST = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+");
  // What follows a post in a distribution is how the copy went: "London as telegram 1234",
  // "Paris for information", "USUN by pouch".
  private static final Pattern AFTER_POST =
      Pattern.compile("\\s+(?:as|for|by|which|in|under|with)\\b.*$|\\s*\\(.*$");
  private static final Pattern HANDLING =
      Pattern.compile(
          "(?i)^(Nodis|Exdis|Limdis|Noforn|Eyes Only.*|No Distribution.*|Sensitive|Personal and Private"
              + "|Personal|Immediate Eyes Only|Specat|Sigma|Cherokee|Roger Channel|Secto|Tosec)$");

  private final Facets f;
  private final List<String> drafted = new ArrayList<>();
  private final List<String> cleared = new ArrayList<>();
  private final List<String> approved = new ArrayList<>();

  private ModernNote(Facets f) {
    this.f = f;
  }

  /** Reads every clause after the first (the citation) into {@code f}. */
  static void read(Facets f, List<String> clauses) {
    ModernNote n = new ModernNote(f);
    for (int i = 1; i < clauses.size(); i++) {
      for (String part : JOIN.split(clauses.get(i))) n.clause(part.strip());
    }
    f.drafting = new Drafting(n.drafted, n.cleared, n.approved);
  }

  private void clause(String c) {
    Optional<Classification> cl = Classification.of(c);
    if (cl.isPresent()) {
      if (f.classification == null) f.classification = cl.get();
      return;
    }
    Optional<Precedence> p = Precedence.of(c);
    if (p.isPresent()) {
      if (f.precedence == null) f.precedence = p.get();
      return;
    }
    if (HANDLING.matcher(c).matches()) {
      f.handling.add(c);
      return;
    }
    Matcher d = DRAFTING.matcher(c);
    if (d.matches()) {
      switch (d.group(1).toLowerCase(Locale.ROOT)) {
        case "drafted" -> drafted.addAll(names(d.group(2)));
        case "cleared" -> cleared.addAll(names(d.group(2)));
        default -> approved.addAll(names(d.group(2)));
      }
      return;
    }
    Matcher s = DISTRIBUTION.matcher(c);
    if (s.matches()) f.distribution.add(new Distribution(channel(s.group(1)), posts(s.group(2))));
  }

  private static Distribution.Channel channel(String verb) {
    return switch (verb.toLowerCase(Locale.ROOT)) {
      case "also sent" -> Distribution.Channel.ALSO_SENT;
      case "sent" -> Distribution.Channel.SENT;
      case "repeated" -> Distribution.Channel.REPEATED;
      case "pouched" -> Distribution.Channel.POUCHED;
      default -> Distribution.Channel.PASSED;
    };
  }

  // "Rountree on September 1", "Kirk in draft": when and how, not who.
  private static final Pattern AFTER_NAME = Pattern.compile("\\s+(?:on|in draft)\\b.*$");

  private static List<String> names(String list) {
    return Arrays.stream(LIST.split(list))
        .map(n -> AFTER_NAME.matcher(n.strip()).replaceFirst("").strip())
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static List<String> posts(String list) {
    return Arrays.stream(LIST.split(list))
        .map(p -> AFTER_POST.matcher(p.strip()).replaceFirst("").strip())
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
