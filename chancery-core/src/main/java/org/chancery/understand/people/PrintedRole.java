package org.chancery.understand.people;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A role as printed in a heading, split into its title, the place after "in"/"at", whether it is
 * acting, and the nationality of a foreign official: {@code Minister in Switzerland}, {@code Acting
 * Secretary of State}, {@code Italian Ambassador}.
 */
record PrintedRole(
    String title, Optional<String> place, boolean acting, Optional<String> nationality) {
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:[Tt]he|all the)\\s+");
  private static final Pattern END_PUNCTUATION = Pattern.compile("[.,;:]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern PLACE = Pattern.compile("^(.+?)\\s+(?:in|at)\\s+(?:the\\s+)?(.+)$");
  private static final Set<String> OFFICES =
      Set.of(
          "ambassador",
          "minister",
          "charge",
          "consul",
          "counselor",
          "delegate",
          "secretary",
          "embassy",
          "legation",
          "government",
          "representative",
          "agent",
          "president",
          "high",
          "foreign",
          "prime",
          "commissioner",
          "delegation",
          "military",
          "naval",
          "commercial",
          "financial",
          "member",
          "members");
  private static final Set<String> NOT_NATIONAL =
      Set.of(
          "american",
          "united",
          "acting",
          "assistant",
          "under",
          "special",
          "personal",
          "first",
          "second",
          "third",
          "chief",
          "legal",
          "economic",
          "vice",
          "deputy",
          "high",
          "the",
          "all",
          "former");

  static PrintedRole parse(String printed) {
    String r =
        END_PUNCTUATION
            .matcher(LEADING_ARTICLE.matcher(printed.strip()).replaceFirst(""))
            .replaceAll("");
    boolean acting = r.startsWith("Acting ");
    if (acting) r = r.substring("Acting ".length());
    Matcher m = PLACE.matcher(r);
    String title = m.matches() ? m.group(1) : r;
    Optional<String> place = m.matches() ? Optional.of(m.group(2).strip()) : Optional.empty();
    return new PrintedRole(title.strip(), place, acting, nationality(title));
  }

  // "Italian Ambassador", "British Chargé": a capitalised adjective before an office word.
  private static Optional<String> nationality(String title) {
    String[] w = SPACES.split(title);
    if (w.length < 2 || NOT_NATIONAL.contains(w[0].toLowerCase(Locale.ROOT)))
      return Optional.empty();
    if (!Character.isUpperCase(w[0].charAt(0)) || OFFICES.contains(Names.key(w[0])))
      return Optional.empty();
    return OFFICES.contains(Names.key(w[1])) ? Optional.of(w[0]) : Optional.empty();
  }

  /**
   * The office word of the title, accents and case aside: {@code "charge"} for "Chargé d'Affaires
   * ad interim".
   */
  String office() {
    return Names.key(SPACES.split(title)[0]);
  }
}
