package org.chancery.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.Party;
import org.chancery.model.Serial;
import org.chancery.understand.references.DocumentDates;
import org.chancery.understand.references.LetteredSeries;

/**
 * What the catalogue takes from one document, read from the document alone so that many can be read
 * at once: its {@link Entry} before it has a place in its volume ({@code ordinal} is {@link
 * Entry#NONE} until {@link MemoryCatalogue.Builder} gives it one, unless {@code nested}), the
 * numbers it is also known by besides its serials, the names (lower case) of its sender's post, and
 * the messages the editors note it went out as ({@link Retransmitted}) and those it carries ({@link
 * CarriedMessages}).
 */
record Card(
    Entry entry, boolean nested, List<String> numbers, List<String> names, List<Entry> aliases) {
  private static final Pattern LETTERED = Pattern.compile("^([A-Z][-–]\\d{1,5})\\.\\s");
  private static final Pattern SERIES =
      Pattern.compile("^(?:\\d{1,6}\\.\\s+)?(\\p{L}{5})\\s+(\\d{1,5})\\b");
  private static final Pattern PAGE = Pattern.compile("\\d{1,5}");
  private static final Pattern TITLE = Pattern.compile("^(President|King|Emperor|Pope)\\s+\\p{Lu}");

  Card {
    numbers = List.copyOf(numbers);
    names = List.copyOf(names);
    aliases = List.copyOf(aliases);
  }

  /** The card of {@code d}. */
  static Card of(Document d) {
    Entry e = entryOf(d);
    List<String> numbers = new ArrayList<>(1);
    lettered(d).ifPresent(numbers::add);
    inSeries(d).ifPresent(numbers::add);
    d.serial()
        .flatMap(Serial::series)
        .map(Catalogue::numberKey)
        .filter(s -> !s.equals(e.serial()))
        .ifPresent(numbers::add);
    List<String> names = new ArrayList<>(4);
    Optional<String> sender = d.sender().flatMap(Party::name);
    Post from = e.route().from();
    name(sender.map(Posts::surname), from, names);
    name(sender.flatMap(Card::title), from, names);
    if (!from.equals(Post.DEPARTMENT)) name(d.place(), from, names);
    name(Optional.of(from.name()), from, names);
    if (from.kind() == Post.Kind.MISSION) name(Posts.address(from.name()), from, names);
    List<Entry> aliases = new ArrayList<>(Retransmitted.entries(d, e));
    CarriedMessages.entry(d, e).ifPresent(aliases::add);
    CarriedMessages.paper(d, e).ifPresent(aliases::add);
    return new Card(e, d.parent().isPresent(), numbers, names, aliases);
  }

  /** The document's key, {@code volume/id}. */
  String key() {
    return entry.key();
  }

  private static Entry entryOf(Document d) {
    int start = d.startPage().map(Card::page).orElse(Entry.NONE);
    int end =
        d.pages().stream().mapToInt(Card::page).filter(p -> p != Entry.NONE).max().orElse(start);
    String serial = d.serial().map(Serial::effective).map(Catalogue::numberKey).orElse("");
    String printed = d.serial().map(Serial::printed).map(Catalogue::numberKey).orElse("");
    Optional<DocumentDate> date = DocumentDates.of(d);
    int day = date.filter(Card::toTheDay).map(x -> (int) x.day().toEpochDay()).orElse(Entry.NONE);
    int minute = date.flatMap(DocumentDate::time).map(Entry::minuteOf).orElse(Entry.NONE);
    return new Entry(
        d.volume().intern(),
        // Ids and numbers repeat from volume to volume ("d12", "12"): one string each.
        d.id().intern(),
        d.n().orElse("").intern(),
        Entry.NONE,
        start,
        end,
        new Route(
            Posts.of(d.sender(), d.place()).orElse(Post.UNKNOWN),
            Posts.of(d.recipient(), Optional.empty()).orElse(Post.UNKNOWN)),
        serial.intern(),
        printed.intern(),
        day,
        minute,
        d.type(),
        FileCases.of(d));
  }

  private static void name(Optional<String> name, Post post, List<String> names) {
    if (name.isEmpty() || name.get().isBlank() || post.equals(Post.UNKNOWN)) return;
    names.add(name.get().strip().toLowerCase(Locale.ROOT));
  }

  // A message numbered only in a lettered series ("L–195. Your L–312 ...") has no serial in the
  // model.
  private static Optional<String> lettered(Document d) {
    if (d.serial().isPresent()) return Optional.empty();
    return d.body().stream()
        .filter(b -> b.kind() == Block.Kind.PARAGRAPH)
        .findFirst()
        .map(b -> LETTERED.matcher(b.text()))
        .filter(Matcher::find)
        .map(m -> Catalogue.numberKey(m.group(1)));
  }

  // "Secto 12. Eyes only for ..." or "1023. Tosec 45.": a message of a lettered series, which
  // the series' name and number identify.
  private static Optional<String> inSeries(Document d) {
    return d.body().stream()
        .filter(b -> b.kind() == Block.Kind.PARAGRAPH)
        .findFirst()
        .map(b -> SERIES.matcher(b.text()))
        .filter(Matcher::find)
        .flatMap(m -> LetteredSeries.named(m.group(1)).map(s -> s.number(m.group(2))))
        .map(Catalogue::numberKey);
  }

  private static boolean toTheDay(DocumentDate d) {
    return d.precision() == DocumentDate.Precision.DAY
        || d.precision() == DocumentDate.Precision.MINUTE;
  }

  static int page(String printed) {
    return PAGE.matcher(printed).matches() ? Integer.parseInt(printed) : Entry.NONE;
  }

  // "President Wilson" is also "the President".
  private static Optional<String> title(String name) {
    Matcher m = TITLE.matcher(name.strip());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
