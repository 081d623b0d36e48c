package org.chancery.understand.people;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A footnote that identifies a person: a personal name, optionally followed by a description
 * ({@code Robert Coulondre, French Ambassador in the Soviet Union.}, {@code Dr. Jurgis
 * Baltrusaitis.}). References ({@code Not printed.}, {@code Ante, p. 65.}) are not person notes.
 */
record PersonNote(String name, Optional<String> description) {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern WORD =
      Pattern.compile("[A-Z][a-zà-ÿ'’-]+|[A-Z]\\.|[A-Z][a-z]?\\.|[A-Z]{2}");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "Foreign",
          "Relations",
          "Not",
          "Neither",
          "Ante",
          "Post",
          "Ibid.",
          "Ibid",
          "See",
          "Supra",
          "Infra",
          "Printed",
          "Department",
          "State",
          "Telegram",
          "Telegraphic",
          "Letter",
          "Signed",
          "Revised",
          "Handed",
          "Apparently",
          "Omission",
          "Marked",
          "Continued",
          "Of",
          "The",
          "A",
          "An",
          "This",
          "That",
          "These",
          "For",
          "On",
          "In",
          "At",
          "By",
          "Minister",
          "Ambassador",
          "Secretary",
          "Chargé",
          "Consul",
          "Commissioner",
          "President",
          "Under",
          "Assistant",
          "Chief",
          "Director",
          "Counselor",
          "Delegate",
          "Embassy",
          "Legation",
          "Government",
          "Ministry",
          "Council",
          "Committee",
          "Commission",
          "League",
          "Nations",
          "Conference",
          "Treaty",
          "Convention",
          "Agreement",
          "Protocol",
          "Note",
          "Memorandum",
          "Despatch",
          "Instruction",
          "Vol.",
          "Series",
          "Document",
          "Documents",
          "Papers",
          "Files",
          "Record",
          "Press",
          "Bulletin",
          "Times",
          "Company",
          "Co.",
          "Corporation",
          "Bank",
          "Railway",
          "Mission",
          "Army",
          "Navy",
          "War",
          "Office",
          "House",
          "Senate",
          "Congress",
          "United",
          "States",
          "Kingdom",
          "Republic",
          "Empire",
          "Quoted",
          "Copy",
          "Enclosure",
          "Sent",
          "Received",
          "Repeated",
          "Reference",
          "Presumably",
          "Probably",
          "Translation",
          "Text",
          "Same",
          "No.",
          "Nos.",
          "Pt.",
          "Cf.",
          "Also",
          "Dated",
          "Undated",
          "File",
          "Paraphrase",
          "Extract",
          "Publication",
          "Act",
          "Law",
          "Code",
          "Canal",
          "Affairs");

  /** The person note a footnote's text is, if it is one. */
  static Optional<PersonNote> parse(String footnote) {
    String t = SPACES.matcher(footnote.strip()).replaceAll(" ");
    if (!t.endsWith(".") || t.length() > 200) return Optional.empty();
    String body = t.substring(0, t.length() - 1);
    int comma = nameEnd(body);
    String name = (comma < 0 ? body : body.substring(0, comma)).strip();
    Optional<String> description =
        comma < 0
            ? Optional.empty()
            : Optional.of(body.substring(comma + 1).strip()).filter(s -> !s.isEmpty());
    return isName(name) ? Optional.of(new PersonNote(name, description)) : Optional.empty();
  }

  // The comma that ends the name, a ", Jr." or ", Sr." suffix kept with it; -1 if there is none.
  private static int nameEnd(String body) {
    int comma = body.indexOf(", ");
    while (comma >= 0 && body.startsWith(", Jr.", comma)
        || comma >= 0 && body.startsWith(", Sr.", comma)) {
      comma = body.indexOf(", ", comma + 2);
    }
    return comma;
  }

  // Two or more words, each a capitalised word, an initial or a particle; a title may lead; the
  // last is a full word.
  static boolean isName(String name) {
    String[] words = name.replace(", Jr.", " Jr.").replace(", Sr.", " Sr.").split(" ");
    int start = 0;
    while (start < words.length - 1 && Names.TITLES.contains(words[start])) start++;
    if (words.length < 2 || words.length > 7) return false;
    String last =
        words[words.length - 1].equals("Jr.") || words[words.length - 1].equals("Sr.")
            ? words[words.length - 2]
            : words[words.length - 1];
    if (last.endsWith(".") || Names.PARTICLES.contains(last)) return false;
    for (int i = start; i < words.length; i++) {
      String w = words[i];
      if (NOT_NAMES.contains(w)
          || !(Names.PARTICLES.contains(w)
              || WORD.matcher(w).matches()
              || w.equals("Jr.")
              || w.equals("Sr."))) return false;
    }
    return true;
  }
}
