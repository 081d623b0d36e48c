package org.chancery.link;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.Party;
import org.chancery.model.Role;

/**
 * Derives the post a party writes from or to, from the role in the heading ("Minister in
 * Switzerland" is the mission in Switzerland, wherever he telegraphs from; "Consul at Geneva" the
 * consulate there; "Secretary of State" the Department; "British Ambassador" and "British Embassy"
 * the British mission in Washington), else from the name ("Mr. Miles of the Division of Near
 * Eastern Affairs of the Department of State" writes for the Department), else from the place.
 */
public final class Posts {
  private static final Pattern DEPARTMENT =
      Pattern.compile(
          "(?i)\\b(?:(?:Acting |Under |Assistant )?Secretary of State|Department of State|Acting Secretary)\\b");
  private static final Pattern CIRCULAR =
      Pattern.compile(
          "(?i)\\b(?:diplomatic (?:representatives|officers|missions)|all (?:the )?(?:missions|ministers|"
              + "diplomatic|consul)|consular officers|certain (?:diplomatic|american)|representatives in"
              + "|allied (?:and associated )?(?:ambassadors|ministers|representatives|governments))\\b");
  private static final Pattern CONSULATE =
      Pattern.compile("(?i)\\bConsul(?:ate)?(?: General)?\\b.*?\\bat ([A-Z][\\p{L} .'-]+)");
  private static final Pattern MISSION =
      Pattern.compile(
          "(?i)\\b(?:Ambassador|Minister|Chargé|Charge|Counselor|Secretary of (?:Embassy|Legation)|"
              + "Diplomatic Agent|High Commissioner|Commissioner|Agent|Representative|Embassy|Legation|Mission)\\b"
              + "[^()]*?\\b(?:in|to) (?:the )?([A-Z][\\p{L} .'-]+)");
  private static final Pattern AFTER_COUNTRY =
      Pattern.compile("(?i),.*$|\\s+ad interim.*$|\\s+\\(.*$");
  private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\s]+$");
  private static final Pattern NAME_PUNCTUATION = Pattern.compile("[.,]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern FOREIGN =
      Pattern.compile("^(\\p{Lu}\\p{L}+ )(?:Ambassador|Minister|Chargé|Embassy|Legation)");

  // A name that is an office of a heading: "the Embassy in Greece", "the Mission to the United
  // Nations", "the Consulate General at Jerusalem".
  private static final Pattern OFFICE =
      Pattern.compile("\\bthe (?:Embassy|Legation|Mission|Consulate(?: General)?) (?:in|to|at)\\b");
  private static final Pattern ORGANIZATION =
      Pattern.compile("\\b(?:nations|organization|communities|council|states)\\b");
  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("of", "the", "and");

  private Posts() {}

  /** The post of {@code party}, with {@code place} (the dateline's) as the last resort. */
  public static Optional<Post> of(Optional<Party> party, Optional<String> place) {
    Optional<Role> role = party.flatMap(Party::role);
    Optional<Post> byRole = role.flatMap(Posts::ofRole);
    if (byRole.isPresent()) return byRole;
    Optional<Post> byName = party.flatMap(Party::name).map(Posts::ofName);
    if (byName.isPresent()) return byName;
    if (role.isPresent()) return Optional.of(Post.of(Post.Kind.ROLE, role.get().printed()));
    return place.filter(p -> !p.isBlank()).map(p -> Post.of(Post.Kind.PLACE, p));
  }

  // "Mr. Miles of the Division of Near Eastern Affairs of the Department of State" writes for the
  // Department; "Telegram From the Embassy in Greece", where a heading's office stands as the
  // name, for the mission it names.
  private static Post ofName(String name) {
    if (DEPARTMENT.matcher(name).find()) return Post.DEPARTMENT;
    Matcher m = OFFICE.matcher(name);
    if (m.find()) {
      Optional<Post> office = ofRole(Role.of(name.substring(m.start() + "the ".length())));
      if (office.isPresent()
          && (office.get().kind() == Post.Kind.MISSION
              || office.get().kind() == Post.Kind.CONSULATE)) return office.get();
    }
    return Post.of(Post.Kind.PERSON, surname(name));
  }

  /**
   * The telegraphic address of a U.S. mission to an organization: "US" and the initials of its name
   * ("united nations" is USUN, "north atlantic treaty organization" USNATO); empty for a country's
   * mission, whose messages go by the city's name.
   */
  static Optional<String> address(String mission) {
    String[] words = SPACES.split(mission.strip());
    if (words.length < 2 || !ORGANIZATION.matcher(mission).find()) return Optional.empty();
    StringBuilder a = new StringBuilder("us");
    for (String w : words) if (!w.isEmpty() && !FUNCTION_WORDS.contains(w)) a.append(w.charAt(0));
    return Optional.of(a.toString());
  }

  /** The post a role names, if it names one. */
  public static Optional<Post> ofRole(Role role) {
    String r = role.printed().strip();
    if (DEPARTMENT.matcher(r).find()) return Optional.of(Post.DEPARTMENT);
    if (CIRCULAR.matcher(r).find()) return Optional.of(Post.CIRCULAR);
    Matcher foreign = FOREIGN.matcher(r);
    if (foreign.find() && !r.contains(" in "))
      return Optional.of(Post.of(Post.Kind.FOREIGN, foreign.group(1)));
    Matcher consulate = CONSULATE.matcher(r);
    if (consulate.find())
      return Optional.of(Post.of(Post.Kind.CONSULATE, clean(consulate.group(1))));
    Matcher mission = MISSION.matcher(r);
    if (mission.find()) return Optional.of(Post.of(Post.Kind.MISSION, clean(mission.group(1))));
    return Optional.empty();
  }

  // "Switzerland, at Geneva" and "Peru ad interim": the country alone.
  private static String clean(String name) {
    String country = AFTER_COUNTRY.matcher(name).replaceAll("");
    return TRAILING_DOTS.matcher(country).replaceAll("").strip();
  }

  /** The last word of a person's name: "Hugh R. Wilson" gives "Wilson". */
  static String surname(String name) {
    String[] parts = SPACES.split(NAME_PUNCTUATION.matcher(name).replaceAll(" ").strip());
    return parts[parts.length - 1];
  }
}
