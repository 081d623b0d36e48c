package org.chancery.read;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.chancery.model.Role;
import org.chancery.model.WordKey;

/**
 * A name printed after the title of an office, as modern headings and lists of participants print a
 * person without the article and parentheses of the older form: "Secretary of State Haig" is the
 * Secretary of State, Haig; "Soviet Ambassador Dobrynin" the Soviet Ambassador, Dobrynin;
 * "Ambassador Paul H. Nitze" the Ambassador, Paul H. Nitze (a given name is read with the middle
 * initials that follow it).
 *
 * <p>The title must begin with one of the offices {@link Role.Office} names, after the words that
 * qualify one ("Acting", "Assistant", "Under", "Deputy", "Foreign", "Prime", "General") and a
 * nationality: "Soviet Foreign Minister Gromyko", "General Secretary Gorbachev"; a rank or honour
 * alone ("General Marshall", "Sir", "President") is left in the name, as before.
 */
public record TitledName(Role role, String name) {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
  // Words that qualify an office before its title: "Deputy Foreign Minister", "General Secretary",
  // "Prime Minister", "Permanent Representative".
  private static final Set<String> QUALIFIERS =
      Set.of(
          "acting",
          "assistant",
          "under",
          "deputy",
          "special",
          "executive",
          "vice",
          "first",
          "foreign",
          "prime",
          "general",
          "permanent");
  // Lower-case words a title may hold between its capitalised ones.
  private static final Set<String> CONNECTORS =
      Set.of("of", "for", "the", "and", "to", "in", "at", "on");
  // Particles that begin a surname ("de Gaulle").
  private static final Set<String> PARTICLES = Set.of("de", "van", "von", "del", "da", "di", "le");
  // Words that end a title and would otherwise be read as the surname ("Secretary General").
  private static final Set<String> TITLE_ENDS =
      Set.of("general", "plenipotentiary", "extraordinary", "designate", "emeritus", "adviser");

  /**
   * The office and name {@code printed} gives, where it is an office's title followed by a surname,
   * with the initials and particles printed before the surname.
   */
  public static Optional<TitledName> of(String printed) {
    String[] w = SPACES.split(printed.strip());
    int last = w.length - 1;
    if (w.length < 2 || !capitalised(w[last]) || TITLE_ENDS.contains(WordKey.of(w[last])))
      return Optional.empty();
    int start = last;
    while (start > 1 && (INITIAL.matcher(w[start - 1]).matches() || particle(w[start - 1])))
      start--;
    // A given name before the middle initials ("Ambassador Paul H. Nitze") is the man's: no title
    // ends on a word followed by an initial.
    if (start < last
        && start > 1
        && INITIAL.matcher(w[start]).matches()
        && capitalised(w[start - 1])) start--;
    String[] title = Arrays.copyOfRange(w, 0, start);
    if (!isOfficeTitle(title)) return Optional.empty();
    return Optional.of(
        new TitledName(
            Role.of(String.join(" ", title)),
            String.join(" ", Arrays.copyOfRange(w, start, w.length))));
  }

  // Capitalised words and connectors, not ending on a connector, beginning with an office after
  // its qualifiers and nationality.
  private static boolean isOfficeTitle(String[] title) {
    for (String word : title) {
      if (!capitalised(word) && !CONNECTORS.contains(word)) return false;
      if (INITIAL.matcher(word).matches()) return false;
    }
    if (CONNECTORS.contains(title[title.length - 1])) return false;
    int i = qualified(title, 0);
    Role role = Role.of(String.join(" ", Arrays.copyOfRange(title, i, title.length)));
    // "Soviet Foreign Minister": the qualifiers may follow the nationality.
    if (role.nationality().isPresent() && i + 1 < title.length) {
      int j = qualified(title, i + 1);
      role = Role.of(String.join(" ", Arrays.copyOfRange(title, j, title.length)));
    }
    return role.office().isPresent();
  }

  // The first word from {@code from} that is not a qualifier, leaving the title's last word.
  private static int qualified(String[] title, int from) {
    int i = from;
    while (i < title.length - 1 && QUALIFIERS.contains(WordKey.of(title[i]))) i++;
    return i;
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  private static boolean particle(String word) {
    return PARTICLES.contains(word.toLowerCase(Locale.ROOT)) && !capitalised(word);
  }
}
