package org.chancery.understand.references;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chancery.understand.references.Reference.Family;
import org.chancery.understand.references.Reference.Item;
import org.chancery.understand.references.Token.Type;

/**
 * The reference grammar over one block's tokens, as recursive descent with one method per rule:
 *
 * <pre>
 * reference := owner? head? (numbers | "of"? dates ("," "No." number)?) paragraph? routing?
 * owner     := your | my | our | his | their | Possessive's | Department
 * head      := qualifier* type          (circular telegraphic confidential ... telegram despatch note ...)
 * numbers   := ("No." | "Nos." | "number")? item (("," | "and" | ", and") item)*
 * item      := NUMBER correction? (("," | "of" | "dated")? date)?
 * date      := Month day correction? ("," year)? (("," | "—")? time)? | the ordinal (instant | ultimo | of Month)
 *            | yesterday | today | this date | even date
 * time      := hour (":" minutes)? correction? a.m.|p.m. | noon | midnight
 * </pre>
 *
 * An owner or a head is required; an owner alone needs a number or a month and day.
 */
final class ReferenceParser {
  private static final Set<String> TYPES =
      Set.of(
          "telegram",
          "telegrams",
          "cable",
          "cables",
          "cablegram",
          "cablegrams",
          "despatch",
          "despatches",
          "dispatch",
          "dispatches",
          "instruction",
          "instructions",
          "note",
          "notes",
          "letter",
          "letters",
          "memorandum",
          "memoranda",
          "aide-mémoire",
          "aide-memoire",
          "communication",
          "communications",
          "message",
          "messages",
          "circular",
          "circulars",
          "wire",
          "airgram",
          "serial");
  private static final Set<String> QUALIFIERS =
      Set.of(
          "circular",
          "telegraphic",
          "confidential",
          "strictly",
          "secret",
          "personal",
          "urgent",
          "previous",
          "cable",
          "mail",
          "cabled",
          "official",
          "formal",
          "informal",
          "last",
          "triple",
          "priority",
          "verbale");
  // Words that make "your 2 telegrams", "our 14 points" a count rather than a message number.
  private static final Set<String> COUNTED =
      Set.of(
          "days",
          "weeks",
          "months",
          "years",
          "hours",
          "minutes",
          "men",
          "points",
          "copies",
          "pages",
          "dollars",
          "pounds",
          "francs",
          "marks",
          "per",
          "percent",
          "cent",
          "miles",
          "kilometers",
          "troops",
          "divisions",
          "questions",
          "items",
          "paragraphs",
          "articles",
          "members",
          "persons",
          "people",
          "officers",
          "ships",
          "vessels",
          "planes",
          "o’clock",
          "o'clock",
          "times",
          "votes",
          "million",
          "thousand",
          "hundred",
          "others",
          "tons",
          "rifles",
          "guns",
          "cases",
          "children",
          "sons",
          "daughters");

  // The words owner() takes as owners by themselves.
  private static final Set<String> OWNERS = Set.of("your", "my", "our", "his", "their");
  // The words that can open a reference as an owner or a head whatever their case; any other word
  // opens one only as a possessive or "Department" (owner(), possessive(), pluralPossessive()).
  private static final Set<String> OPENERS =
      Set.copyOf(
          Stream.of(OWNERS, TYPES, QUALIFIERS).flatMap(Set::stream).collect(Collectors.toSet()));
  // The low 16 bits of the hash codes of the lower-case words canStart() looks for, so that it
  // makes a Token of a word only when it may be one of them.
  private static final BitSet OPENER_HASHES = new BitSet(1 << 16);

  static {
    Stream.concat(OPENERS.stream(), Stream.of("department", "dept"))
        .forEach(w -> OPENER_HASHES.set(w.hashCode() & 0xFFFF));
  }

  private static final Pattern CORRECTED_DAY = Pattern.compile("\\d{1,2}(st|nd|rd|th|d)?");
  private static final Pattern CORRECTED_HOUR = Pattern.compile("\\d{1,2}");

  private final Tokens t;
  private final String text;
  private final int block;
  private final Optional<LocalDate> anchor;
  private int p;

  ReferenceParser(String text, int block, Optional<LocalDate> anchor) {
    this.text = text;
    this.t = mayHoldReference(text) ? Tokenizer.tokenize(text) : Tokens.NONE;
    this.block = block;
    this.anchor = anchor;
  }

  List<Reference> parseAll() {
    List<Reference> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Optional<Reference> r = parseAt(i);
      if (r.isPresent()) {
        out.add(r.get());
        i = p;
      } else {
        i++;
      }
    }
    return out;
  }

  // Every message of a reference is named by a number or a day, and so holds a digit unless it is
  // "yesterday", "today", "this date" or "even date" (item(), date()): the text of most paragraphs
  // has neither, and is not tokenized.
  private static boolean mayHoldReference(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c)) return true;
      if (maybe(c, 'd') && i + 1 < n && maybe(text.charAt(i + 1), 'a') && dayWordAt(text, i))
        return true;
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

  // ---- reference

  private record Head(MessageKind kind, boolean circular) {}

  private Optional<Reference> parseAt(int i) {
    if (!canStart(i)) return Optional.empty();
    p = i;
    Owner owner = owner();
    Head head = head();
    if (owner instanceof Owner.Unstated && head == null) return Optional.empty();
    int bodyStart = p;
    List<Item> items = numbers();
    Family family = head == null ? Family.OWNER_NUMBER : Family.TYPE_NUMBER;
    if (items.isEmpty()) {
      p = bodyStart;
      items = dated(head == null);
      family = head == null ? Family.OWNER_DATE : Family.TYPE_DATE;
    }
    if (items.isEmpty()) return Optional.empty();
    int end = t.get(p - 1).end();
    Optional<String> paragraph = paragraph();
    if (paragraph.isPresent()) end = t.get(p - 1).end();
    Optional<String> routing = routing();
    if (routing.isPresent()) end = t.get(p - 1).end();
    int start = t.get(i).start();
    MessageKind kind = head == null ? MessageKind.UNSTATED : head.kind();
    boolean circular = head != null && head.circular();
    return Optional.of(
        new Reference(
            block,
            start,
            end,
            text.substring(start, end),
            family,
            owner,
            kind,
            circular,
            items,
            paragraph,
            routing.map(Routing::parse),
            false));
  }

  // Whether owner() or head() could accept token i: a cheap test that spares the rules, and the
  // making of a Token, for the great majority of tokens, which cannot begin a reference.
  private boolean canStart(int i) {
    if (!t.is(i, Type.WORD)) return false;
    if (t.last(i) == 's' && Character.isUpperCase(t.first(i))) return true;
    if (!OPENER_HASHES.get(t.lowerHash(i) & 0xFFFF)) return false;
    Token w = t.get(i);
    return OPENERS.contains(w.lower()) || w.text().equals("Department") || w.text().equals("Dept");
  }

  // ---- owner

  private Owner owner() {
    if (p >= t.size()) return Owner.UNSTATED;
    Token w = t.get(p);
    if (!w.is(Type.WORD)) return Owner.UNSTATED;
    String s = w.lower();
    Owner o =
        switch (s) {
          case "your" -> Owner.ADDRESSEE;
          case "my", "our" -> Owner.WRITER;
          case "his", "their" -> Owner.THIRD_PARTY;
          default -> possessive(w);
        };
    if (o instanceof Owner.Unstated && pluralPossessive(p)) {
      p += 2;
      return new Owner.Named(w.text());
    }
    if (!(o instanceof Owner.Unstated)) p++;
    return o;
  }

  // "Mr. Phillips’ telegram": a name ending in s takes the apostrophe alone.
  private boolean pluralPossessive(int q) {
    Token w = t.get(q);
    if (q + 1 >= t.size() || !w.text().endsWith("s") || !Character.isUpperCase(w.text().charAt(0)))
      return false;
    Token a = t.get(q + 1);
    return (a.isPunct('’') || a.isPunct('\''))
        && a.start() == w.end()
        && (nextIsHead(q + 2) || isQualifier(q + 2));
  }

  private Owner possessive(Token w) {
    String s = w.text();
    boolean poss = s.endsWith("’s") || s.endsWith("'s");
    String base = poss ? s.substring(0, s.length() - 2) : s;
    if (base.equals("Department") || base.equals("Dept")) {
      return poss || nextIsHead(p + 1) ? Owner.DEPARTMENT : Owner.UNSTATED;
    }
    if (!poss || !Character.isUpperCase(base.charAt(0))) return Owner.UNSTATED;
    if (base.equals("General") && p > 0 && t.get(p - 1).isWord("Consulate"))
      return new Owner.Named("Consulate General");
    return new Owner.Named(base);
  }

  private boolean nextIsHead(int q) {
    return q < t.size() && t.get(q).is(Type.WORD) && TYPES.contains(t.get(q).lower());
  }

  // ---- head: qualifiers and a type word

  private Head head() {
    int save = p;
    boolean circular = false;
    boolean telegraphic = false;
    while (isQualifier(p) && (isQualifier(p + 1) || nextIsHead(p + 1))) {
      circular |= t.get(p).isWord("circular");
      telegraphic |= t.get(p).isWord("telegraphic", "cable", "cabled");
      p++;
    }
    if (p < t.size() && t.get(p).is(Type.WORD) && TYPES.contains(t.get(p).lower())) {
      String type = t.get(p++).lower();
      circular |= type.startsWith("circular");
      return new Head(telegraphic ? MessageKind.TELEGRAM : kindOf(type), circular);
    }
    p = save;
    return null;
  }

  // "circular" and "cable" qualify a type word ("circular telegram") and are types on their own.
  private boolean isQualifier(int q) {
    return q < t.size() && t.get(q).is(Type.WORD) && QUALIFIERS.contains(t.get(q).lower());
  }

  private static MessageKind kindOf(String type) {
    if (type.startsWith("tele")
        || type.startsWith("cable")
        || type.equals("wire")
        || type.equals("serial")) {
      return MessageKind.TELEGRAM;
    }
    if (type.startsWith("desp") || type.startsWith("disp") || type.equals("airgram"))
      return MessageKind.DESPATCH;
    if (type.startsWith("instr")) return MessageKind.INSTRUCTION;
    if (type.startsWith("note") || type.startsWith("aide")) return MessageKind.NOTE;
    if (type.startsWith("letter")) return MessageKind.LETTER;
    if (type.startsWith("memorand")) return MessageKind.MEMORANDUM;
    if (type.startsWith("circular")) return MessageKind.TELEGRAM;
    return MessageKind.COMMUNICATION;
  }

  // ---- numbers

  private List<Item> numbers() {
    boolean keyword = numberKeyword();
    List<Item> items = new ArrayList<>();
    Optional<Item> first = item(keyword);
    if (first.isEmpty()) return List.of();
    items.add(first.get());
    while (true) {
      int save = p;
      if (!listSeparator()) break;
      numberKeyword();
      Optional<Item> next = item(true);
      if (next.isEmpty()) {
        p = save;
        break;
      }
      items.add(next.get());
    }
    return shareDate(items);
  }

  private boolean numberKeyword() {
    if (p >= t.size()) return false;
    Token w = t.get(p);
    if (w.isWord("No", "Nos") && p + 1 < t.size() && t.get(p + 1).isPunct('.')) {
      p += 2;
      return true;
    }
    if (w.isWord("number", "numbers", "Number", "Numbers", "No")) {
      p++;
      return true;
    }
    return false;
  }

  private boolean listSeparator() {
    boolean comma = accept(',');
    boolean and = acceptWord("and");
    return comma || and;
  }

  private Optional<Item> item(boolean afterKeyword) {
    if (p >= t.size() || !t.get(p).is(Type.NUMBER)) return Optional.empty();
    Token n = t.get(p);
    if (n.text().length() > 6 || (isYear(n) && !afterKeyword)) return Optional.empty();
    p++;
    Optional<String> corrected = correction();
    int end = t.get(p - 1).end();
    if (!afterKeyword && !plausibleAfterBareNumber()) return Optional.empty();
    int save = p;
    Optional<DatedItem> dated = itemDate();
    if (dated.isEmpty()) p = save;
    DatedItem d = dated.orElse(DatedItem.NONE);
    if (dated.isPresent()) end = t.get(p - 1).end();
    return Optional.of(
        new Item(n.start(), end, Optional.of(n.text()), corrected, d.date, d.time, d.text, false));
  }

  private static boolean isYear(Token n) {
    return n.text().length() == 4 && n.value() >= 1776 && n.value() <= 1999;
  }

  // "your 2 telegrams", "our 14 points": a count, not a message number.
  private boolean plausibleAfterBareNumber() {
    if (p >= t.size()) return true;
    Token w = t.get(p);
    if (w.isPunct('%') || w.isPunct('/') || w.isPunct('-') || w.isPunct('–') || w.is(Type.MERIDIEM))
      return false;
    if (!w.is(Type.WORD) || Character.isUpperCase(w.text().charAt(0))) return true;
    String s = w.lower();
    return !TYPES.contains(s) && !COUNTED.contains(s);
  }

  private Optional<String> correction() {
    if (p < t.size() && t.get(p).is(Type.CORRECTION)) return Optional.of(t.get(p++).text());
    return Optional.empty();
  }

  private record DatedItem(
      Optional<LocalDate> date, Optional<LocalTime> time, Optional<String> text) {
    static final DatedItem NONE =
        new DatedItem(Optional.empty(), Optional.empty(), Optional.empty());
  }

  private Optional<DatedItem> itemDate() {
    accept(',');
    if (!acceptWord("of")) acceptWord("dated");
    return date();
  }

  // ---- dates

  private List<Item> dated(boolean ownerOnly) {
    if (!ownerOnly) {
      accept(',');
      if (!acceptWord("of")) acceptWord("dated");
    }
    List<Item> items = new ArrayList<>();
    while (true) {
      int from = p;
      Optional<DatedItem> d = date();
      if (d.isEmpty() || (ownerOnly && !monthNamed(from))) break;
      items.add(
          new Item(
              t.get(from).start(),
              t.get(p - 1).end(),
              Optional.empty(),
              Optional.empty(),
              d.get().date,
              d.get().time,
              d.get().text,
              false));
      int save = p;
      if (ownerOnly
          || !listSeparator()
          || p >= t.size()
          || !(monthNamed(p) || t.get(p).isWord("the"))) {
        p = save;
        break;
      }
    }
    if (items.isEmpty()) return items;
    return trailingNumber(items, !ownerOnly);
  }

  private boolean monthNamed(int from) {
    return t.get(from).is(Type.WORD) && DateWords.month(t.get(from).text()).isPresent();
  }

  // "your despatch of the 18th of July, No. 515"
  private List<Item> trailingNumber(List<Item> items, boolean typed) {
    int save = p;
    if (items.size() == 1
        && accept(',')
        && (numberKeyword() || typed)
        && p < t.size()
        && t.get(p).is(Type.NUMBER)
        && !isYear(t.get(p))) {
      Token n = t.get(p++);
      Item d = items.get(0);
      Optional<String> corrected = correction();
      return List.of(
          new Item(
              d.start(),
              t.get(p - 1).end(),
              Optional.of(n.text()),
              corrected,
              d.date(),
              d.time(),
              d.dateText(),
              false));
    }
    p = save;
    return items;
  }

  private Optional<DatedItem> date() {
    if (p >= t.size()) return Optional.empty();
    int from = p;
    Optional<LocalDate> day = monthDayDate();
    if (day == null) day = relativeDate();
    if (day == null) {
      p = from;
      return Optional.empty();
    }
    Optional<LocalTime> time = optionalTime();
    String written = text.substring(t.get(from).start(), t.get(p - 1).end());
    return Optional.of(new DatedItem(day, time, Optional.of(written)));
  }

  // These date rules answer null when the text is no date, and empty when it is one that cannot be
  // made absolute (no year and no citing date).
  private Optional<LocalDate> monthDayDate() {
    int save = p;
    Token w = t.get(p);
    Optional<Month> month = w.is(Type.WORD) ? DateWords.month(w.text()) : Optional.empty();
    if (month.isEmpty()) return null;
    p++;
    accept('.');
    if (p >= t.size()
        || !(t.get(p).is(Type.NUMBER) || t.get(p).is(Type.ORDINAL))
        || t.get(p).value() > 31) {
      p = save;
      return null;
    }
    int day = dayWithCorrection();
    Optional<Integer> year = year();
    acceptWord("last");
    return DateWords.monthDay(month.get(), day, year, anchor);
  }

  // "December 12 [13]", "November 28th [26th]": the editors' day wins.
  private int dayWithCorrection() {
    int day = t.get(p++).value();
    if (p < t.size()
        && t.get(p).is(Type.CORRECTION)
        && CORRECTED_DAY.matcher(t.get(p).text()).matches()) {
      day = t.get(p++).value();
    }
    return day;
  }

  private Optional<Integer> year() {
    int save = p;
    accept(',');
    if (p < t.size() && isYear(t.get(p))) return Optional.of(t.get(p++).value());
    p = save;
    return Optional.empty();
  }

  private Optional<LocalDate> relativeDate() {
    Token w = t.get(p);
    if (w.isWord("yesterday")) return advance(1, DateWords.relativeDay(1, anchor));
    if (w.isWord("today")) return advance(1, DateWords.relativeDay(0, anchor));
    if (w.isWord("this", "even") && p + 1 < t.size() && t.get(p + 1).isWord("date")) {
      return advance(2, DateWords.relativeDay(0, anchor));
    }
    int save = p;
    acceptWord("the");
    if (p < t.size() && t.get(p).is(Type.ORDINAL)) {
      Optional<LocalDate> d = ordinalDate();
      if (d != null) return d;
    }
    p = save;
    return null;
  }

  private Optional<LocalDate> advance(int n, Optional<LocalDate> d) {
    p += n;
    return d;
  }

  // "the 3d instant", "the 9th ultimo", "the 18th of July", "the 20th inst."
  private Optional<LocalDate> ordinalDate() {
    int day = t.get(p++).value();
    if (acceptWord("instant", "inst")) return dotted(DateWords.relativeMonth(day, 0, anchor));
    if (acceptWord("ultimo", "ult")) return dotted(DateWords.relativeMonth(day, 1, anchor));
    int save = p;
    if (acceptWord("of") && p < t.size() && DateWords.month(t.get(p).text()).isPresent()) {
      Month m = DateWords.month(t.get(p++).text()).get();
      return DateWords.monthDay(m, day, year(), anchor);
    }
    p = save;
    return null;
  }

  private Optional<LocalDate> dotted(Optional<LocalDate> d) {
    accept('.');
    return d;
  }

  // ---- times

  private Optional<LocalTime> optionalTime() {
    int save = p;
    if (!accept(',')) accept('—');
    Optional<LocalTime> time = time();
    if (time.isEmpty()) p = save;
    return time;
  }

  private Optional<LocalTime> time() {
    if (p >= t.size()) return Optional.empty();
    if (acceptWord("noon")) return Optional.of(LocalTime.NOON);
    if (acceptWord("midnight")) return Optional.of(LocalTime.MIDNIGHT);
    if (!t.get(p).is(Type.NUMBER)) return Optional.empty();
    int save = p;
    int hour = t.get(p++).value();
    if (acceptWord("noon")) return Optional.of(LocalTime.NOON);
    if (acceptWord("midnight")) return Optional.of(LocalTime.MIDNIGHT);
    int minute = minutes();
    if (p < t.size()
        && t.get(p).is(Type.CORRECTION)
        && CORRECTED_HOUR.matcher(t.get(p).text()).matches()) {
      hour = Integer.parseInt(t.get(p++).text());
    }
    if (p < t.size() && t.get(p).is(Type.MERIDIEM)) {
      boolean pm = Character.toLowerCase(t.get(p++).text().charAt(0)) == 'p';
      return DateWords.clock(hour, minute, pm);
    }
    p = save;
    return Optional.empty();
  }

  private int minutes() {
    if (p + 1 < t.size()
        && (t.get(p).isPunct(':') || t.get(p).isPunct('.'))
        && t.get(p + 1).is(Type.NUMBER)
        && t.get(p + 1).text().length() == 2) {
      p += 2;
      return t.get(p - 1).value();
    }
    return 0;
  }

  // ---- after the items

  private Optional<String> paragraph() {
    int save = p;
    accept(',');
    if (acceptWord("paragraph", "paragraphs", "section", "sections", "para")) {
      accept('.');
      StringBuilder which = new StringBuilder();
      while (p < t.size() && t.get(p).is(Type.NUMBER)) {
        which.append(which.length() == 0 ? "" : ", ").append(t.get(p++).text());
        int before = p;
        if (!listSeparator() || p >= t.size() || !t.get(p).is(Type.NUMBER)) {
          p = before;
          break;
        }
      }
      if (which.length() > 0) return Optional.of(which.toString());
    }
    p = save;
    return Optional.empty();
  }

  // "to London", "from Geneva", "from Mr. Thomas H. MacDonald" (the surname; "to Mr. Storer" is
  // the addressee, not a route).
  private Optional<String> routing() {
    int save = p;
    accept(',');
    if (acceptWord("to", "from") && p < t.size()) {
      Optional<String> person = t.get(p - 1).isWord("from") ? sender() : Optional.empty();
      if (person.isPresent()) return person;
      Token w = t.get(p);
      if (w.is(Type.WORD)
          && Character.isUpperCase(w.text().charAt(0))
          && DateWords.month(w.text()).isEmpty()
          && !w.isWord(
              "Department",
              "The",
              "His",
              "Your",
              "Her",
              "You",
              "Me",
              "Us",
              "I",
              "Mr",
              "Mrs",
              "Messrs",
              "Dr",
              "Sir",
              "Señor",
              "M",
              "Mme",
              "General",
              "Admiral",
              "Colonel",
              "Count",
              "Baron",
              "Prince",
              "King")) {
        p++;
        return Optional.of(t.get(p - 2).lower() + " " + w.text());
      }
    }
    p = save;
    return Optional.empty();
  }

  private Optional<String> sender() {
    int save = p;
    if (!acceptWord("Mr", "Mrs", "Dr", "Messrs")) return Optional.empty();
    accept('.');
    String surname = null;
    while (p < t.size()
        && t.get(p).is(Type.WORD)
        && Character.isUpperCase(t.get(p).text().charAt(0))) {
      surname = t.get(p++).text();
      if (surname.length() == 1) accept('.');
    }
    if (surname == null || surname.length() < 2) {
      p = save;
      return Optional.empty();
    }
    return Optional.of("from " + surname);
  }

  // ---- helpers

  private List<Item> shareDate(List<Item> items) {
    if (items.size() < 2) return items;
    Item last = items.get(items.size() - 1);
    boolean othersUndated =
        items.subList(0, items.size() - 1).stream().allMatch(i -> i.date().isEmpty());
    if (last.date().isEmpty() || !othersUndated) return items;
    List<Item> out = new ArrayList<>();
    for (Item i : items.subList(0, items.size() - 1)) {
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

  private boolean accept(char c) {
    if (p < t.size() && t.get(p).isPunct(c)) {
      p++;
      return true;
    }
    return false;
  }

  private boolean acceptWord(String... words) {
    if (p < t.size() && t.get(p).isWord(words)) {
      p++;
      return true;
    }
    return false;
  }
}
