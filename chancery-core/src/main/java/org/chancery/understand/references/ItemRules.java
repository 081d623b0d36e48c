package org.chancery.understand.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.understand.references.DateRules.Dated;
import org.chancery.understand.references.Reference.Item;
import org.chancery.understand.references.Token.Type;

/**
 * The grammar's rules for the messages a reference names, by number or by date:
 *
 * <pre>
 * numbers := ("No." | "Nos." | "number")? item (("," | "and" | ", and") "No."? item)*
 * item    := NUMBER correction? (","? ("of" | "dated")? date)?
 * dates   := ","? ("of" | "dated")? date (("," | "and") date)* ("," "No."? NUMBER correction?)?
 * </pre>
 *
 * A date written once after a list of numbers is the date of each ("Nos. 1, 4, and 5 of January
 * 6").
 */
final class ItemRules {
  private final TokenCursor c;
  private final DateRules dates;

  ItemRules(TokenCursor cursor, DateRules dates) {
    this.c = cursor;
    this.dates = dates;
  }

  /** The numbered messages at the cursor; empty, the cursor unmoved, where there are none. */
  Optional<List<Item>> numbers() {
    return c.attempt(this::numberList);
  }

  /**
   * The messages named by their dates at the cursor; empty, the cursor unmoved, where there are
   * none. After an owner alone ({@code ownerOnly}) only one date is read, and it must name its
   * month: "your November 20th".
   */
  Optional<List<Item>> dated(boolean ownerOnly) {
    return c.attempt(() -> dateList(ownerOnly));
  }

  /**
   * The messages with the date that follows their route ("telegram 505 from Ankara, August 29"),
   * where one undated message was read before the route; otherwise {@code found} as it was.
   */
  List<Item> dateAfter(List<Item> found) {
    if (found.size() != 1 || found.get(0).date().isPresent()) return found;
    Optional<Dated> dated = c.attempt(this::itemDate);
    if (dated.isEmpty()) return found;
    Item i = found.get(0);
    Dated d = dated.get();
    return List.of(
        new Item(
            i.start(),
            c.lastEnd(),
            i.number(),
            i.corrected(),
            d.date(),
            d.time(),
            d.text(),
            false));
  }

  /** Moves past a comma, an "and", or both: what separates the members of a list. */
  static boolean listSeparator(TokenCursor c) {
    boolean comma = c.accept(',');
    boolean and = c.acceptWord(Vocabulary.AND);
    return comma || and;
  }

  private Optional<List<Item>> numberList() {
    boolean keyword = numberKeyword();
    Optional<Item> first = item(keyword);
    if (first.isEmpty()) return Optional.empty();
    List<Item> items = new ArrayList<>(List.of(first.get()));
    for (Optional<Item> next = c.attempt(this::nextItem);
        next.isPresent();
        next = c.attempt(this::nextItem)) {
      items.add(next.get());
    }
    return Optional.of(shareDate(items));
  }

  private Optional<Item> nextItem() {
    if (!listSeparator(c)) return Optional.empty();
    numberKeyword();
    return item(true);
  }

  private boolean numberKeyword() {
    if (c.atEnd()) return false;
    if (c.peek().isWord(Vocabulary.NUMBER_ABBREVIATIONS) && c.has(1) && c.peek(1).isPunct('.')) {
      c.skip(2);
      return true;
    }
    return c.acceptWord(Vocabulary.NUMBER_WORDS);
  }

  // A number may stand without "No." only where it cannot be a year or a count.
  private Optional<Item> item(boolean afterKeyword) {
    if (!c.isAt(Type.NUMBER)) return Optional.empty();
    Token n = c.peek();
    if (n.text().length() > 6 || (DateRules.isYear(n) && !afterKeyword)) return Optional.empty();
    c.skip(1);
    Optional<String> corrected = correction();
    if (!afterKeyword && !plausibleAfterBareNumber()) return Optional.empty();
    Optional<Dated> dated = c.attempt(this::itemDate);
    Dated d = dated.orElse(Dated.NONE);
    return Optional.of(
        new Item(
            n.start(),
            c.lastEnd(),
            Optional.of(n.text()),
            corrected,
            d.date(),
            d.time(),
            d.text(),
            false));
  }

  // "your 2 telegrams", "our 14 points", "5%": a count, not a message number.
  private boolean plausibleAfterBareNumber() {
    if (c.atEnd()) return true;
    Token w = c.peek();
    if ((w.is(Type.PUNCT) && Vocabulary.QUANTITY_MARKS.indexOf(w.text().charAt(0)) >= 0)
        || w.is(Type.MERIDIEM)) {
      return false;
    }
    if (!w.is(Type.WORD) || Character.isUpperCase(w.text().charAt(0))) return true;
    String s = w.lower();
    return !Vocabulary.TYPES.contains(s) && !Vocabulary.COUNTED.contains(s);
  }

  private Optional<String> correction() {
    return c.isAt(Type.CORRECTION) ? Optional.of(c.next().text()) : Optional.empty();
  }

  private Optional<Dated> itemDate() {
    c.accept(',');
    c.acceptWord(Vocabulary.DATE_LINKS);
    return dates.date();
  }

  private Optional<List<Item>> dateList(boolean ownerOnly) {
    if (!ownerOnly) {
      c.accept(',');
      c.acceptWord(Vocabulary.DATE_LINKS);
    }
    List<Item> items = new ArrayList<>();
    while (true) {
      int from = c.position();
      Optional<Dated> d = dates.date();
      if (d.isEmpty() || (ownerOnly && !DateRules.namesMonth(c.at(from)))) break;
      Dated date = d.get();
      items.add(
          new Item(
              c.at(from).start(),
              c.lastEnd(),
              Optional.empty(),
              Optional.empty(),
              date.date(),
              date.time(),
              date.text(),
              false));
      // After a separator that no date follows, the cursor stays past the separator, and the
      // reference's text takes it in ("of May 3 and"): so the grammar has always read it.
      if (ownerOnly || !c.attemptMatch(this::anotherDate)) break;
    }
    if (items.isEmpty()) return Optional.empty();
    return Optional.of(c.attempt(() -> numberAfterDate(items, !ownerOnly)).orElse(items));
  }

  private boolean anotherDate() {
    return listSeparator(c)
        && !c.atEnd()
        && (DateRules.namesMonth(c.peek()) || c.peek().isWord(Vocabulary.THE));
  }

  // "your despatch of the 18th of July, No. 515"
  private Optional<List<Item>> numberAfterDate(List<Item> items, boolean typed) {
    if (items.size() != 1
        || !c.accept(',')
        || !(numberKeyword() || typed)
        || !c.isAt(Type.NUMBER)
        || DateRules.isYear(c.peek())) {
      return Optional.empty();
    }
    Token n = c.next();
    Item d = items.get(0);
    Optional<String> corrected = correction();
    return Optional.of(
        List.of(
            new Item(
                d.start(),
                c.lastEnd(),
                Optional.of(n.text()),
                corrected,
                d.date(),
                d.time(),
                d.dateText(),
                false)));
  }

  private static List<Item> shareDate(List<Item> items) {
    if (items.size() < 2) return items;
    Item last = items.get(items.size() - 1);
    List<Item> others = items.subList(0, items.size() - 1);
    if (last.date().isEmpty() || !others.stream().allMatch(i -> i.date().isEmpty())) return items;
    List<Item> out = new ArrayList<>();
    for (Item i : others) {
      out.add(
          new Item(
              i.start(),
              i.end(),
              i.number(),
              i.corrected(),
              last.date(),
              last.time(),
              last.dateText(),
              true));
    }
    out.add(last);
    return out;
  }
}
