package org.chancery.understand.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.understand.references.Token.Type;

/**
 * The grammar's rules for what may follow a reference's messages:
 *
 * <pre>
 * paragraph := ","? (paragraph | section | para "."?) NUMBER (("," | "and") NUMBER)*
 * routing   := ","? (to | from) Place | from (Mr | Mrs | Dr | Messrs) "."? Name+
 * Place     := Word (" " Word){0,2}       (capitalized, no month: "Ankara", "New Delhi", "USUN")
 * </pre>
 */
final class TailRules {
  private final TokenCursor c;

  TailRules(TokenCursor cursor) {
    this.c = cursor;
  }

  /** "paragraph 3", "sections 2 and 4" as "3", "2, 4"; empty, the cursor unmoved, if none. */
  Optional<String> paragraph() {
    return c.attempt(this::paragraphs);
  }

  /**
   * "to London", "from Geneva", "from Mr. Thomas H. MacDonald" as "to London", "from Geneva", "from
   * MacDonald" (the surname; "to Mr. Storer" is the addressee, not a route); empty, the cursor
   * unmoved, if none.
   */
  Optional<String> routing() {
    return c.attempt(this::route);
  }

  private Optional<String> paragraphs() {
    c.accept(',');
    if (!c.acceptWord(Vocabulary.PARAGRAPHS)) return Optional.empty();
    c.accept('.');
    List<String> which = new ArrayList<>();
    while (c.isAt(Type.NUMBER)) {
      which.add(c.next().text());
      if (!c.attemptMatch(() -> ItemRules.listSeparator(c) && c.isAt(Type.NUMBER))) break;
    }
    return which.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", which));
  }

  private Optional<String> route() {
    c.accept(',');
    if (!c.acceptWord(Vocabulary.ROUTES) || c.atEnd()) return Optional.empty();
    Token direction = c.peek(-1);
    if (direction.isWord(Vocabulary.FROM)) {
      Optional<String> sender = c.attempt(this::sender);
      if (sender.isPresent()) return sender;
    }
    if (!placeWordAt(0)) return Optional.empty();
    StringBuilder place = new StringBuilder(c.next().text());
    // "to New Delhi", "from Tel Aviv": capitalized words one space apart are one place.
    // A possessive begins the next reference ("to Earl Russell’s dispatch").
    for (int more = 0;
        more < 2
            && placeWordAt(0)
            && c.peek().start() == c.lastEnd() + 1
            && Vocabulary.POSSESSIVE_ENDINGS.stream().noneMatch(c.peek().text()::endsWith);
        more++) place.append(' ').append(c.next().text());
    return Optional.of(direction.lower() + " " + place);
  }

  private boolean placeWordAt(int ahead) {
    if (!c.has(ahead)) return false;
    Token w = c.peek(ahead);
    return w.is(Type.WORD)
        && Character.isUpperCase(w.text().charAt(0))
        && DateWords.month(w.text()).isEmpty()
        && !w.isWord(Vocabulary.NOT_PLACES);
  }

  private Optional<String> sender() {
    if (!c.acceptWord(Vocabulary.TITLES)) return Optional.empty();
    c.accept('.');
    String surname = "";
    while (c.isAt(Type.WORD) && Character.isUpperCase(c.peek().text().charAt(0))) {
      surname = c.next().text();
      if (surname.length() == 1) c.accept('.');
    }
    return surname.length() < 2 ? Optional.empty() : Optional.of("from " + surname);
  }
}
