package org.chancery.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Threads: the connected chains of messages that resolved references join (editorial links left
 * out), each ordered by date and time, then by key.
 */
public final class Threads {
  private final Map<String, String> parent = new HashMap<>();
  private final Map<String, List<String>> members = new HashMap<>();
  private final Catalogue catalogue;

  private Threads(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The threads that {@code links} make among the documents of {@code catalogue}. */
  public static Threads of(Collection<Link> links, Catalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    Threads t = new Threads(catalogue);
    for (Link l : links) {
      if (l.kind() == Link.Kind.REFERENCE && l.target().isPresent()) t.union(l.source(), l.target().get());
    }
    t.collect();
    return t;
  }

  /**
   * The thread of {@code key}: every document connected to it, in time order; just the key itself
   * when nothing links to or from it.
   */
  public List<String> threadOf(String key) {
    return members.getOrDefault(find(key), List.of(key));
  }

  /** Every thread of two or more documents. */
  public List<List<String>> all() {
    return members.values().stream().filter(m -> m.size() > 1).toList();
  }

  private String find(String k) {
    String p = parent.getOrDefault(k, k);
    if (p.equals(k)) return k;
    String root = find(p);
    parent.put(k, root);
    return root;
  }

  private void union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    if (!ra.equals(rb)) parent.put(ra, rb);
  }

  private void collect() {
    Map<String, List<String>> groups = new HashMap<>();
    for (String k : new ArrayList<>(parent.keySet())) groups.computeIfAbsent(find(k), r -> new ArrayList<>()).add(k);
    Comparator<String> byTime = Comparator.comparingLong(this::instant).thenComparing(Comparator.naturalOrder());
    groups.forEach((root, keys) -> {
      keys.sort(byTime);
      members.put(root, List.copyOf(keys));
    });
  }

  // Minutes since the epoch; midnight counts as the end of its day, as the telegraph dated it.
  private long instant(String key) {
    return catalogue.byKey(key).filter(e -> e.epochDay() != Entry.NONE)
        .map(e -> e.epochDay() * 1440L + (e.minute() == Entry.NONE ? 720 : e.minute() == 0 ? 1439 : e.minute()))
        .orElse(Long.MAX_VALUE);
  }
}
