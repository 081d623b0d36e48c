package org.chancery.understand.references;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.understand.references.OpeningRules.Head;
import org.chancery.understand.references.Reference.Family;
import org.chancery.understand.references.Reference.Item;

/**
 * The reference grammar over one block's tokens, as recursive descent:
 *
 * <pre>
 * reference := owner? head? (numbers | dates) paragraph? routing? date?
 *            | compound (numbers | dates) paragraph? routing? date?
 *            | series numbers paragraph? routing? date?
 *            | reftel paragraph?
 * line      := ("Ref" | "Refs") ":" (label? address number)+     one reference per telegram
 * </pre>
 *
 * An owner or a head is required; an owner alone needs a number or a month and day. The rules for
 * each part are {@link OpeningRules} (owner, head), {@link ItemRules} (numbers, dates), {@link
 * DateRules} (a date and time) and {@link TailRules} (paragraph, routing), all reading one {@link
 * TokenCursor}.
 */
final class ReferenceParser {
  private final String text;
  private final int block;
  private final TokenCursor cursor;
  private final OpeningRules openings;
  private final ItemRules items;
  private final TailRules tails;
  private final CableLineRules cables;

  ReferenceParser(String text, int block, Optional<LocalDate> anchor) {
    this.text = text;
    this.block = block;
    this.cursor =
        new TokenCursor(text, mayHoldReference(text) ? Tokenizer.tokenize(text) : Tokens.NONE);
    this.openings = new OpeningRules(cursor);
    this.items = new ItemRules(cursor, new DateRules(cursor, anchor));
    this.tails = new TailRules(cursor);
    this.cables = new CableLineRules(cursor);
  }

  List<Reference> parseAll() {
    List<Reference> out = new ArrayList<>();
    int i = 0;
    while (i < cursor.size()) {
      List<Reference> r = parseAt(i);
      if (!r.isEmpty()) {
        out.addAll(r);
        i = cursor.position();
      } else {
        i++;
      }
    }
    return out;
  }

  // Every message of a reference is named by a number or a day, and so holds a digit unless it is
  // "yesterday", "today", "this date", "even date" or "reftel": the text of most paragraphs has
  // neither, and
  // is not tokenized.
  private static boolean mayHoldReference(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c)) return true;
      if (maybe(c, 'd') && i + 1 < n && maybe(text.charAt(i + 1), 'a') && dayWordAt(text, i))
        return true;
      if (maybe(c, 'r') && text.regionMatches(true, i, "reftel", 0, 6)) return true;
    }
    return false;
  }

  // Whether c may equal the ASCII lower-case letter, ignoring case: the two cases of it among
  // ASCII characters; any other character is left to regionMatches.
  private static boolean maybe(char c, char letter) {
    return c == letter || c == letter - ('a' - 'A') || c >= 128;
  }

  // Whether the "da" at i is that of "date", "today" or "yesterday", in any case as isWord()
  // compares.
  private static boolean dayWordAt(String text, int i) {
    return text.regionMatches(true, i, "date", 0, 4)
        || text.regionMatches(true, i - 2, "today", 0, 5)
        || text.regionMatches(true, i - 6, "yesterday", 0, 9);
  }

  private List<Reference> parseAt(int i) {
    cursor.moveTo(i);
    Optional<List<CableLineRules.Addressed>> line = cables.line();
    if (line.isPresent()) return line.get().stream().map(this::addressed).toList();
    return parseOne(i).map(List::of).orElse(List.of());
  }

  private Optional<Reference> parseOne(int i) {
    if (!openings.canStart()) return Optional.empty();
    if (openings.reftel()) return Optional.of(reftel(i));
    Optional<LetteredSeries> series = openings.series();
    if (series.isPresent()) return inSeries(i, series.get());
    Optional<OpeningRules.Compound> compound = openings.compound();
    Owner owner = compound.map(OpeningRules.Compound::owner).orElseGet(openings::owner);
    Optional<Head> head = compound.map(OpeningRules.Compound::head).or(openings::head);
    if (owner instanceof Owner.Unstated && head.isEmpty()) return Optional.empty();
    Optional<List<Item>> numbered = items.numbers();
    Optional<List<Item>> found = numbered.or(() -> items.dated(head.isEmpty()));
    if (found.isEmpty()) return Optional.empty();
    Optional<String> paragraph = tails.paragraph();
    Optional<String> routing = tails.routing();
    // "telegram 505 from Ankara, August 29": the route may come before the date.
    List<Item> messages = routing.isPresent() ? items.dateAfter(found.get()) : found.get();
    return Optional.of(
        reference(
            i,
            family(numbered.isPresent(), head.isPresent()),
            owner,
            head.map(Head::kind).orElse(MessageKind.UNSTATED),
            head.map(Head::circular).orElse(false),
            messages,
            paragraph,
            routing));
  }

  // "Secto 12", "Tosec 45 and 46": each number in the series the word names.
  private Optional<Reference> inSeries(int i, LetteredSeries series) {
    Optional<List<Item>> numbered = items.numbers();
    if (numbered.isEmpty()) return Optional.empty();
    List<Item> messages = new ArrayList<>();
    for (Item m : numbered.get()) {
      messages.add(
          new Item(
              m.start(),
              m.end(),
              m.number().map(series::number),
              m.corrected().map(series::number),
              m.date(),
              m.time(),
              m.dateText(),
              m.sharedDate()));
    }
    Optional<String> paragraph = tails.paragraph();
    Optional<String> routing = tails.routing();
    return Optional.of(
        reference(
            i,
            Family.SERIES_NUMBER,
            new Owner.Series(series),
            MessageKind.TELEGRAM,
            false,
            routing.isPresent() ? items.dateAfter(messages) : messages,
            paragraph,
            routing));
  }

  // "reftel": one message, named by neither number nor date.
  // "Moscow 17719" of a reference line: the telegram the post at that address numbered so; "State"
  // is the Department's address.
  private Reference addressed(CableLineRules.Addressed a) {
    Token number = a.number();
    Item message =
        new Item(
            cursor.at(a.firstToken()).start(),
            number.end(),
            Optional.of(number.text()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false);
    Owner owner =
        a.address().equalsIgnoreCase("State") ? Owner.DEPARTMENT : new Owner.Named(a.address());
    int start = cursor.at(a.firstToken()).start();
    return new Reference(
        block,
        start,
        number.end(),
        text.substring(start, number.end()),
        Family.OWNER_NUMBER,
        owner,
        MessageKind.TELEGRAM,
        false,
        List.of(message),
        Optional.empty(),
        Optional.empty(),
        false);
  }

  private Reference reftel(int i) {
    Token word = cursor.at(i);
    Item message =
        new Item(
            word.start(),
            word.end(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false);
    Optional<String> paragraph = tails.paragraph();
    return reference(
        i,
        Family.REFTEL,
        Owner.UNSTATED,
        MessageKind.TELEGRAM,
        false,
        List.of(message),
        paragraph,
        Optional.empty());
  }

  private Reference reference(
      int i,
      Family family,
      Owner owner,
      MessageKind kind,
      boolean circular,
      List<Item> messages,
      Optional<String> paragraph,
      Optional<String> routing) {
    int start = cursor.at(i).start();
    int end = cursor.lastEnd();
    return new Reference(
        block,
        start,
        end,
        text.substring(start, end),
        family,
        owner,
        kind,
        circular,
        messages,
        paragraph,
        routing.map(Routing::parse),
        false);
  }

  private static Family family(boolean numbered, boolean typed) {
    if (numbered) return typed ? Family.TYPE_NUMBER : Family.OWNER_NUMBER;
    return typed ? Family.TYPE_DATE : Family.OWNER_DATE;
  }
}
