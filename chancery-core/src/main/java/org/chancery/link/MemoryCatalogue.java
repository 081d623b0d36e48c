package org.chancery.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.Party;
import org.chancery.model.Serial;
import org.chancery.understand.DocumentDates;

/**
 * A {@link Catalogue} held in memory, built from documents one at a time (a volume need never be
 * whole in memory): {@code builder().add(doc)...build()}.
 */
public final class MemoryCatalogue implements Catalogue {
  private static final java.util.regex.Pattern LETTERED =
      java.util.regex.Pattern.compile("^([A-Z][-–]\\d{1,5})\\.\\s");
  private static final java.util.regex.Pattern TITLE =
      java.util.regex.Pattern.compile("^(President|King|Emperor|Pope)\\s+\\p{Lu}");
  private final Map<String, Entry> byKey;
  private final Map<String, List<Entry>> byNumber;
  private final Map<Integer, List<Entry>> byDay;
  private final Map<String, List<Entry>> volumes;
  private final Map<String, Set<Post>> names;

  // Per volume, in reading order: the documents not nested in another (by ordinal), and the
  // documents by the page they begin on, by every page they span, and by printed number.
  private final Map<String, List<Entry>> tops = new HashMap<>();
  private final Map<String, Map<Integer, List<Entry>>> starts = new HashMap<>();
  private final Map<String, Map<Integer, List<Entry>>> spans = new HashMap<>();
  private final Map<String, Map<String, Entry>> numbered = new HashMap<>();

  private MemoryCatalogue(Builder b) {
    this.byKey = b.byKey;
    this.byNumber = b.byNumber;
    this.byDay = b.byDay;
    this.volumes = b.volumes;
    this.names = b.names;
    volumes.forEach(this::index);
  }

  private void index(String volume, List<Entry> entries) {
    List<Entry> top = new ArrayList<>();
    Map<Integer, List<Entry>> start = new HashMap<>();
    Map<Integer, List<Entry>> span = new HashMap<>();
    Map<String, Entry> n = new HashMap<>();
    for (Entry e : entries) {
      if (e.ordinal() != Entry.NONE) top.add(e);
      if (!e.n().isEmpty()) n.putIfAbsent(e.n(), e);
      if (e.startPage() == Entry.NONE) continue;
      start.computeIfAbsent(e.startPage(), k -> new ArrayList<>(1)).add(e);
      for (int p = e.startPage(); p <= Math.max(e.startPage(), e.endPage()); p++) {
        span.computeIfAbsent(p, k -> new ArrayList<>(1)).add(e);
      }
    }
    start.replaceAll((k, v) -> List.copyOf(v));
    span.replaceAll((k, v) -> List.copyOf(v));
    tops.put(volume, List.copyOf(top));
    starts.put(volume, start);
    spans.put(volume, span);
    numbered.put(volume, n);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A catalogue of the given documents, in order. */
  public static MemoryCatalogue of(Iterable<Document> docs) {
    Builder b = builder();
    docs.forEach(b::add);
    return b.build();
  }

  /** Collects entries; not thread-safe. */
  public static final class Builder {
    private final Map<String, Entry> byKey = new HashMap<>();
    private final Map<String, List<Entry>> byNumber = new HashMap<>();
    private final Map<Integer, List<Entry>> byDay = new HashMap<>();
    private final Map<String, List<Entry>> volumes = new HashMap<>();
    private final Map<String, Set<Post>> names = new HashMap<>();
    private final Map<Post, Post> posts = new HashMap<>();
    private final Map<String, Integer> ordinals = new HashMap<>();

    private Builder() {}

    /**
     * Catalogues {@code doc}; a document with a key seen before replaces nothing and is skipped.
     */
    public Builder add(Document doc) {
      if (byKey.containsKey(doc.key())) return this;
      Entry e = entryOf(doc);
      byKey.put(e.key(), e);
      if (!e.serial().isEmpty())
        byNumber.computeIfAbsent(e.serial(), k -> new ArrayList<>(1)).add(e);
      if (!e.printedSerial().isEmpty() && !e.printedSerial().equals(e.serial())) {
        byNumber.computeIfAbsent(e.printedSerial(), k -> new ArrayList<>(1)).add(e);
      }
      lettered(doc).ifPresent(s -> byNumber.computeIfAbsent(s, k -> new ArrayList<>(1)).add(e));
      doc.serial()
          .flatMap(Serial::series)
          .map(Catalogue::numberKey)
          .filter(s -> !s.equals(e.serial()))
          .ifPresent(s -> byNumber.computeIfAbsent(s, k -> new ArrayList<>(1)).add(e));
      if (e.epochDay() != Entry.NONE)
        byDay.computeIfAbsent(e.epochDay(), k -> new ArrayList<>(2)).add(e);
      volumes.computeIfAbsent(e.volume(), k -> new ArrayList<>()).add(e);
      name(doc.sender().flatMap(Party::name).map(MemoryCatalogue::surname), e.sender());
      name(doc.sender().flatMap(Party::name).flatMap(MemoryCatalogue::title), e.sender());
      if (e.sender() != Post.DEPARTMENT) name(doc.place(), e.sender());
      name(Optional.of(e.sender().name()), e.sender());
      return this;
    }

    public MemoryCatalogue build() {
      volumes.replaceAll((k, v) -> List.copyOf(v));
      return new MemoryCatalogue(this);
    }

    private void name(Optional<String> name, Post post) {
      if (name.isEmpty() || name.get().isBlank() || post == Entry.UNKNOWN) return;
      names
          .computeIfAbsent(name.get().strip().toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>(2))
          .add(post);
    }

    private Entry entryOf(Document d) {
      String volume = d.volume().intern();
      int ordinal =
          d.parent().isPresent() ? Entry.NONE : ordinals.merge(volume, 1, Integer::sum) - 1;
      int start = d.startPage().map(MemoryCatalogue::page).orElse(Entry.NONE);
      int end =
          d.pages().stream()
              .mapToInt(MemoryCatalogue::page)
              .filter(p -> p != Entry.NONE)
              .max()
              .orElse(start);
      Post sender = intern(Posts.of(d.sender(), d.place()));
      Post recipient = intern(Posts.of(d.recipient(), Optional.empty()));
      String serial = d.serial().map(Serial::effective).map(Catalogue::numberKey).orElse("");
      String printed = d.serial().map(Serial::printed).map(Catalogue::numberKey).orElse("");
      int day =
          DocumentDates.of(d)
              .filter(MemoryCatalogue::toTheDay)
              .map(x -> (int) x.day().toEpochDay())
              .orElse(Entry.NONE);
      int minute =
          DocumentDates.of(d)
              .flatMap(DocumentDate::time)
              .map(t -> t.getHour() * 60 + t.getMinute())
              .orElse(Entry.NONE);
      return new Entry(
          volume,
          d.id(),
          d.n().orElse(""),
          ordinal,
          start,
          end,
          sender,
          recipient,
          serial.intern(),
          printed.intern(),
          day,
          minute,
          d.type());
    }

    // A message numbered only in a lettered series ("L–195. Your L–312 ...") has no serial in the
    // model.
    private static Optional<String> lettered(Document d) {
      if (d.serial().isPresent()) return Optional.empty();
      return d.body().stream()
          .filter(b -> b.kind() == org.chancery.model.Block.Kind.PARAGRAPH)
          .findFirst()
          .map(b -> LETTERED.matcher(b.text()))
          .filter(java.util.regex.Matcher::find)
          .map(m -> Catalogue.numberKey(m.group(1)));
    }

    private Post intern(Optional<Post> post) {
      return post.map(p -> posts.computeIfAbsent(p, x -> x)).orElse(Entry.UNKNOWN);
    }
  }

  private static boolean toTheDay(DocumentDate d) {
    return d.precision() == DocumentDate.Precision.DAY
        || d.precision() == DocumentDate.Precision.MINUTE;
  }

  static int page(String printed) {
    return printed.matches("\\d{1,5}") ? Integer.parseInt(printed) : Entry.NONE;
  }

  // "President Wilson" is also "the President".
  private static Optional<String> title(String name) {
    java.util.regex.Matcher m = TITLE.matcher(name.strip());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String surname(String name) {
    String[] parts = name.replaceAll("[.,]", " ").strip().split("\\s+");
    return parts[parts.length - 1];
  }

  @Override
  public Optional<Entry> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  @Override
  public List<Entry> byNumber(String number) {
    return byNumber.getOrDefault(Catalogue.numberKey(number), List.of());
  }

  @Override
  public List<Entry> byDay(LocalDate day) {
    return byDay.getOrDefault((int) day.toEpochDay(), List.of());
  }

  @Override
  public List<Entry> startingOn(String volume, int page) {
    return starts.getOrDefault(volume, Map.of()).getOrDefault(page, List.of());
  }

  @Override
  public List<Entry> spanning(String volume, int page) {
    return spans.getOrDefault(volume, Map.of()).getOrDefault(page, List.of());
  }

  @Override
  public Optional<Entry> byN(String volume, String n) {
    return Optional.ofNullable(numbered.getOrDefault(volume, Map.of()).get(n));
  }

  @Override
  public Optional<Entry> neighbour(String key, int offset) {
    Entry e = byKey.get(key);
    if (e == null || e.ordinal() == Entry.NONE) return Optional.empty();
    List<Entry> top = tops.get(e.volume());
    int i = e.ordinal() + offset;
    return i >= 0 && i < top.size() ? Optional.of(top.get(i)) : Optional.empty();
  }

  @Override
  public boolean hasVolume(String volume) {
    return volumes.containsKey(volume);
  }

  @Override
  public Set<Post> postsNamed(String name) {
    return Set.copyOf(names.getOrDefault(name.strip().toLowerCase(Locale.ROOT), Set.of()));
  }

  @Override
  public int size() {
    return byKey.size();
  }
}
