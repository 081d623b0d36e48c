package org.chancery.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sender's or recipient's role as printed ({@code Minister in Switzerland}, {@code Acting
 * Secretary of State}, {@code Italian Ambassador}), read into its title, the place after "in" or
 * "at", whether it is acting, its office and the nationality of a foreign official.
 *
 * <p>A value class rather than a record: its parts are read from the printed words, never given
 * apart from them, and two roles are equal when they are printed alike.
 */
public final class Role {
  /** The office a title begins with, where it is one of those a mission or the Department has. */
  public enum Office {
    AMBASSADOR("ambassador"),
    MINISTER("minister"),
    CHARGE("charge"),
    COUNSELOR("counselor"),
    SECRETARY("secretary"),
    CONSUL("consul"),
    AGENT("agent"),
    /** "Diplomatic Agent". */
    DIPLOMATIC_AGENT("diplomatic"),
    COMMISSIONER("commissioner"),
    /** "High Commissioner". */
    HIGH_COMMISSIONER("high"),
    DELEGATE("delegate"),
    REPRESENTATIVE("representative");

    // The key (WordKey) of the title's first word.
    private final String word;

    Office(String word) {
      this.word = word;
    }

    static Optional<Office> ofWord(String key) {
      return Arrays.stream(values()).filter(o -> o.word.equals(key)).findFirst();
    }
  }

  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:[Tt]he|all the)\\s+");
  private static final Pattern END_PUNCTUATION = Pattern.compile("[.,;:]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PLACE = Pattern.compile("^(.+?)\\s+(?:in|at)\\s+(?:the\\s+)?(.+)$");

  // Words that follow a nationality: "Italian Ambassador", "British Embassy", "French Government".
  private static final Set<String> AFTER_NATIONALITY =
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
  // Capitalised words that begin a title without naming a nation.
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
          "former",
          "diplomatic",
          "unofficial",
          "private",
          "confidential");

  private final String printed;
  // Read on first use: most roles are only stored, indexed and shown, never taken apart. A race
  // reads the same parts twice, harmlessly, as String does its hash.
  private Parts parts;

  /** The parts of a printed role, read once. */
  private record Parts(
      String title, Optional<String> place, boolean acting, Optional<String> nationality) {
    static Parts read(String printed) {
      String r = END_PUNCTUATION.matcher(withoutArticle(printed.strip())).replaceAll("");
      boolean acting = r.startsWith("Acting ");
      if (acting) r = r.substring("Acting ".length());
      Matcher m = PLACE.matcher(r);
      String title = m.matches() ? m.group(1) : r;
      Optional<String> place = m.matches() ? Optional.of(m.group(2).strip()) : Optional.empty();
      return new Parts(title.strip(), place, acting, Role.nationality(title));
    }
  }

  private Role(String printed) {
    this.printed = Objects.requireNonNull(printed, "printed");
  }

  /** The role printed as {@code printed}. */
  public static Role of(String printed) {
    return new Role(printed);
  }

  /**
   * The role a heading prints as {@code words}, without the article before it: "the Secretary of
   * State" is {@code Secretary of State}.
   */
  public static Role inHeading(String words) {
    return new Role(withoutArticle(words).strip());
  }

  private static String withoutArticle(String words) {
    return LEADING_ARTICLE.matcher(words).replaceFirst("");
  }

  // "Italian Ambassador", "British Chargé": a capitalised adjective before an office word.
  private static Optional<String> nationality(String title) {
    String[] w = SPACES.split(title);
    if (w.length < 2 || NOT_NATIONAL.contains(w[0].toLowerCase(Locale.ROOT)))
      return Optional.empty();
    if (!Character.isUpperCase(w[0].charAt(0)) || AFTER_NATIONALITY.contains(WordKey.of(w[0])))
      return Optional.empty();
    return AFTER_NATIONALITY.contains(WordKey.of(w[1])) ? Optional.of(w[0]) : Optional.empty();
  }

  private Parts parts() {
    Parts p = parts;
    if (p == null) parts = p = Parts.read(printed);
    return p;
  }

  /** The role as printed. */
  public String printed() {
    return printed;
  }

  /**
   * The title, without article, "Acting" or place: {@code Minister} of "the Minister in
   * Switzerland".
   */
  public String title() {
    return parts().title();
  }

  /** The place after "in" or "at", without "the": {@code Soviet Union}. */
  public Optional<String> place() {
    return parts().place();
  }

  /** Whether the role is held by someone acting for its holder ("Acting Secretary of State"). */
  public boolean acting() {
    return parts().acting();
  }

  /** The nationality of a foreign official, as printed: {@code Italian} of "Italian Ambassador". */
  public Optional<String> nationality() {
    return parts().nationality();
  }

  /** The office the title begins with, accents and case aside: "Chargé d'Affaires" is a chargé. */
  public Optional<Office> office() {
    return Office.ofWord(WordKey.of(SPACES.split(title())[0]));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Role r && r.printed.equals(printed);
  }

  @Override
  public int hashCode() {
    return printed.hashCode();
  }

  @Override
  public String toString() {
    return printed;
  }
}
