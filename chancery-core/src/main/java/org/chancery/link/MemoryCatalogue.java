package org.chancery.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.chancery.model.Document;

/**
 * A {@link Catalogue} held in memory, built from documents one at a time (a volume need never be
 * whole in memory): {@code builder().add(doc)...build()}.
 */
public final class MemoryCatalogue implements Catalogue {
  private final Map<String, Entry> byKey;
  private final Map<String, List<Entry>> byNumber;
  private final Map<String, Chronology> numberDays = new HashMap<>();
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
    byNumber.forEach(
        (number, entries) -> {
          if (entries.size() > Chronology.WORTH_IT) numberDays.put(number, new Chronology(entries));
        });
  }

  /**
   * The positions of a list of entries in the order of their days, so that those of a span of days
   * are found without reading the rest.
   */
  private static final class Chronology {
    // A shorter list is read whole faster than it is searched.
    static final int WORTH_IT = 64;

    private final int[] days;
    private final int[] positions;
    private final int[] undated;

    Chronology(List<Entry> entries) {
      Integer[] dated =
          IntStream.range(0, entries.size())
              .filter(i -> entries.get(i).epochDay() != Entry.NONE)
              .boxed()
              .toArray(Integer[]::new);
      Arrays.sort(dated, Comparator.comparingInt(i -> entries.get(i).epochDay()));
      days = new int[dated.length];
      positions = new int[dated.length];
      for (int k = 0; k < dated.length; k++) {
        positions[k] = dated[k];
        days[k] = entries.get(dated[k]).epochDay();
      }
      undated =
          IntStream.range(0, entries.size())
              .filter(i -> entries.get(i).epochDay() == Entry.NONE)
              .toArray();
    }

    /** The entries dated from {@code from} to {@code to}, and the undated, in list order. */
    List<Entry> between(List<Entry> entries, int from, int to) {
      int lo = firstAtLeast(from);
      int hi = Math.max(lo, firstAtLeast(to + 1));
      int[] found = new int[hi - lo + undated.length];
      System.arraycopy(positions, lo, found, 0, hi - lo);
      System.arraycopy(undated, 0, found, hi - lo, undated.length);
      Arrays.sort(found);
      List<Entry> out = new ArrayList<>(found.length);
      for (int i : found) out.add(entries.get(i));
      return out;
    }

    private int firstAtLeast(int day) {
      int lo = 0;
      int hi = days.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (days[mid] < day) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }
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
    private final Map<Route, Route> routes = new HashMap<>();
    private final Map<String, Integer> ordinals = new HashMap<>();

    private Builder() {}

    /**
     * Catalogues {@code doc}; a document with a key seen before replaces nothing and is skipped.
     */
    public Builder add(Document doc) {
      return add(Card.of(doc));
    }

    /** Catalogues the document of {@code card}, as {@link #add(Document)} does. */
    Builder add(Card card) {
      if (byKey.containsKey(card.key())) return this;
      Entry e = placed(card);
      byKey.put(e.key(), e);
      if (!e.serial().isEmpty())
        byNumber.computeIfAbsent(e.serial(), k -> new ArrayList<>(1)).add(e);
      if (!e.printedSerial().isEmpty() && !e.printedSerial().equals(e.serial())) {
        byNumber.computeIfAbsent(e.printedSerial(), k -> new ArrayList<>(1)).add(e);
      }
      for (String n : card.numbers()) byNumber.computeIfAbsent(n, k -> new ArrayList<>(1)).add(e);
      if (e.epochDay() != Entry.NONE)
        byDay.computeIfAbsent(e.epochDay(), k -> new ArrayList<>(2)).add(e);
      volumes.computeIfAbsent(e.volume(), k -> new ArrayList<>()).add(e);
      for (Entry alias : card.aliases()) {
        Entry a = shared(alias);
        if (!a.serial().isEmpty())
          byNumber.computeIfAbsent(a.serial(), k -> new ArrayList<>(1)).add(a);
        if (a.epochDay() != Entry.NONE)
          byDay.computeIfAbsent(a.epochDay(), k -> new ArrayList<>(2)).add(a);
      }
      for (String n : card.names())
        names.computeIfAbsent(n, k -> new LinkedHashSet<>(2)).add(e.route().from());
      return this;
    }

    public MemoryCatalogue build() {
      volumes.replaceAll((k, v) -> List.copyOf(v));
      return new MemoryCatalogue(this);
    }

    // The card's entry with its place among its volume's documents, and routes and posts shared.
    private Entry placed(Card card) {
      Entry e = card.entry();
      int ordinal = card.nested() ? Entry.NONE : ordinals.merge(e.volume(), 1, Integer::sum) - 1;
      return withOrdinal(e, ordinal);
    }

    // An alias keeps no place in its volume: it is found by number and day only.
    private Entry shared(Entry alias) {
      return withOrdinal(alias, Entry.NONE);
    }

    private Entry withOrdinal(Entry e, int ordinal) {
      return new Entry(
          e.volume(),
          e.id(),
          e.n(),
          ordinal,
          e.startPage(),
          e.endPage(),
          routes.computeIfAbsent(e.route(), r -> new Route(intern(r.from()), intern(r.to()))),
          e.serial(),
          e.printedSerial(),
          e.epochDay(),
          e.minute(),
          e.type(),
          e.files());
    }

    private Post intern(Post post) {
      return post.equals(Post.UNKNOWN) ? post : posts.computeIfAbsent(post, x -> x);
    }
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
  public List<Entry> byNumberBetween(String number, LocalDate from, LocalDate to) {
    String key = Catalogue.numberKey(number);
    List<Entry> entries = byNumber.getOrDefault(key, List.of());
    int first = (int) from.toEpochDay();
    int last = (int) to.toEpochDay();
    Chronology chronology = numberDays.get(key);
    if (chronology != null) return chronology.between(entries, first, last);
    return entries.stream()
        .filter(e -> e.epochDay() == Entry.NONE || (e.epochDay() >= first && e.epochDay() <= last))
        .toList();
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
