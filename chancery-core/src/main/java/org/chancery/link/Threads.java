package org.chancery.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.chancery.archive.ArchiveFile;
import org.chancery.archive.Generation;

/**
 * Threads: the connected chains of messages that resolved references join (editorial links left
 * out), each ordered by date and time, then by key. Stored with an archive as {@value #FILE}, one
 * thread a line, so pages and the command line need no catalogue to show them.
 */
public final class Threads {
  /** The file name inside an archive directory. */
  public static final String FILE = "threads.tsv";

  private final Map<String, List<String>> byKey = new HashMap<>();

  private Threads(Collection<List<String>> threads) {
    for (List<String> t : threads) {
      List<String> members = List.copyOf(t);
      members.forEach(k -> byKey.put(k, members));
    }
  }

  /** No threads: every document is a thread of its own. */
  public static Threads none() {
    return new Threads(List.of());
  }

  /** A resolved reference from the document {@code source} to the document {@code target}. */
  record Join(String source, String target) {}

  /** The threads that {@code links} make among the documents of {@code catalogue}. */
  public static Threads of(Collection<Link> links, Catalogue catalogue) {
    return joining(
        links.stream()
            .filter(l -> l.kind() == Link.Kind.REFERENCE && l.target().isPresent())
            .map(l -> new Join(l.source(), l.target().get()))
            .toList(),
        catalogue);
  }

  /** The threads that the resolved references {@code joins} make among {@code catalogue}'s. */
  static Threads joining(Collection<Join> joins, Catalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    UnionFind groups = new UnionFind();
    for (Join j : joins) groups.union(j.source(), j.target());
    Comparator<String> byTime =
        Comparator.comparingLong((String k) -> instant(catalogue, k))
            .thenComparing(Comparator.naturalOrder());
    List<List<String>> threads = new ArrayList<>();
    for (List<String> g : groups.groups()) {
      g.sort(byTime);
      threads.add(g);
    }
    return new Threads(threads);
  }

  /**
   * The thread of {@code key}: every document connected to it, in time order; just the key itself
   * when nothing links to or from it.
   */
  public List<String> threadOf(String key) {
    return byKey.getOrDefault(key, List.of(key));
  }

  /** Every thread of two or more documents, ordered by their first members' keys. */
  public List<List<String>> all() {
    return byKey.values().stream()
        .distinct()
        .filter(m -> m.size() > 1)
        .sorted(Comparator.comparing((List<String> m) -> m.get(0)))
        .toList();
  }

  /** Writes the threads to {@code archiveDir}, replacing those stored there (atomically). */
  public void write(Path archiveDir) throws IOException {
    write(archiveDir, FILE);
  }

  /** Writes the threads to the file {@code name} of {@code archiveDir} (atomically). */
  void write(Path archiveDir, String name) throws IOException {
    ArchiveFile.replace(
        archiveDir,
        name,
        w -> {
          for (List<String> t : all()) {
            w.write(String.join("\t", t));
            w.newLine();
          }
        });
  }

  /**
   * The threads stored in {@code archiveDir}, those of its last whole {@link Generation} if it has
   * one; none when the archive has not been linked.
   */
  public static Threads open(Path archiveDir) throws IOException {
    return open(archiveDir, Generation.read(archiveDir));
  }

  /**
   * The threads of generation {@code g} in {@code archiveDir}, or without one those stored in
   * {@value #FILE}; none when the archive has not been linked.
   */
  public static Threads open(Path archiveDir, Optional<Generation> g) throws IOException {
    return open(archiveDir, g.map(Generation::threads).orElse(FILE));
  }

  /** The threads stored in the file {@code name} of {@code archiveDir}; none if it is missing. */
  public static Threads open(Path archiveDir, String name) throws IOException {
    Path file = archiveDir.resolve(name);
    if (!Files.exists(file)) return new Threads(List.of());
    List<List<String>> threads = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) threads.add(List.of(line.split("\t")));
    }
    return new Threads(threads);
  }

  // Minutes since the epoch; midnight counts as the end of its day, as the telegraph dated it.
  private static long instant(Catalogue catalogue, String key) {
    return catalogue
        .byKey(key)
        .filter(e -> e.epochDay() != Entry.NONE)
        .map(
            e ->
                e.epochDay() * 1440L
                    + (e.minute() == Entry.NONE ? 720 : e.minute() == 0 ? 1439 : e.minute()))
        .orElse(Long.MAX_VALUE);
  }

  /** Connected keys, joined pair by pair. */
  private static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    private String find(String k) {
      String p = parent.getOrDefault(k, k);
      if (p.equals(k)) return k;
      String root = find(p);
      parent.put(k, root);
      return root;
    }

    void union(String a, String b) {
      parent.putIfAbsent(a, a);
      parent.putIfAbsent(b, b);
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) parent.put(ra, rb);
    }

    Collection<List<String>> groups() {
      Map<String, List<String>> groups = new HashMap<>();
      for (String k : new ArrayList<>(parent.keySet()))
        groups.computeIfAbsent(find(k), r -> new ArrayList<>()).add(k);
      return groups.values();
    }
  }
}
