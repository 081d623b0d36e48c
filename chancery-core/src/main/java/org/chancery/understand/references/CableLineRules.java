package org.chancery.understand.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.understand.references.Token.Type;

/**
 * The reference line of a cable from the 1960s on, where each cited telegram is named by its
 * sender's telegraphic address and number: "Ref: Moscow 17719", "Refs: A. State 123456, B. USUN
 * 789". The address is the post's city ("New Delhi"), an office's address ("USUN") or "State" for
 * the Department. Read only after "Ref:" or "Refs:", where a capitalized word and a number can be
 * nothing else ("Moscow 1980" in running text is a year).
 */
final class CableLineRules {
  private static final List<String> OPENING = List.of("ref", "refs", "reference", "references");
  private static final List<String> AND = List.of("and");
  private static final int LONGEST_ADDRESS = 3;

  /** One cited telegram: its address as printed and the token span of address and number. */
  record Addressed(String address, Token number, int firstToken) {}

  private final TokenCursor c;

  CableLineRules(TokenCursor c) {
    this.c = c;
  }

  /** The telegrams a reference line at the cursor names, read past; empty, the cursor unmoved. */
  Optional<List<Addressed>> line() {
    return c.attempt(this::readLine);
  }

  private Optional<List<Addressed>> readLine() {
    if (!c.acceptWord(OPENING) || !c.accept(':')) return Optional.empty();
    List<Addressed> out = new ArrayList<>(2);
    while (true) {
      Optional<Addressed> a = c.attempt(this::labelledItem);
      if (a.isEmpty()) break;
      out.add(a.get());
      if (!c.accept(',')) c.accept(';');
      c.acceptWord(AND);
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(out);
  }

  // "A. Moscow 17719" or "(B) State 123456": a letter may label each item of a list.
  private Optional<Addressed> labelledItem() {
    c.attemptMatch(this::label);
    return addressed();
  }

  private boolean label() {
    boolean open = c.accept('(');
    if (!c.isAt(Type.WORD) || c.peek().text().length() != 1) return false;
    if (!Character.isUpperCase(c.peek().text().charAt(0))) return false;
    c.skip(1);
    return open ? c.accept(')') : c.accept('.') || c.accept(')');
  }

  private Optional<Addressed> addressed() {
    int first = c.position();
    List<String> words = new ArrayList<>(LONGEST_ADDRESS);
    while (words.size() < LONGEST_ADDRESS
        && c.isAt(Type.WORD)
        && Character.isUpperCase(c.peek().text().charAt(0))) {
      words.add(c.next().text());
    }
    if (words.isEmpty() || !c.isAt(Type.NUMBER)) return Optional.empty();
    return Optional.of(new Addressed(String.join(" ", words), c.next(), first));
  }
}
