package org.chancery.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.chancery.archive.Archive;
import org.chancery.archive.Generation;
import org.chancery.archive.Generations;
import org.chancery.model.Document;
import org.chancery.search.ParallelInOrder;
import org.chancery.search.SearchBackend;
import org.chancery.search.VolumeInfo;

/**
 * Links an archive and keeps its links ({@link LinkIndex}) and threads ({@link Threads}) with it,
 * after each import linking only what the import can have changed.
 *
 * <p>Each document's record in the link index keeps its catalogue {@link Card}, its links, and
 * every catalogue look-up that resolving them made ({@link LookupLog}). When volumes are added,
 * replaced or removed, the catalogue is built again from the stored cards and the new volumes'
 * documents; then the links of the new volumes are made, and those of every other document that
 * asked a look-up which the documents added or removed answer ({@link Lookup#answeredBy}). The
 * resolver sees the archive only through those look-ups, so every other link would come out as it
 * is: the result is the same as linking everything again, at the cost of the changed part.
 *
 * <p>Only cards, the new volumes' citations and the links being made are held in memory, never the
 * documents; the links are kept in volume order (reading order within a volume).
 */
public final class ArchiveLinker {
  // Written before an import and removed once it is linked: found there before an import, it says
  // an earlier one ended before linking, and that import's volumes are not known.
  private static final String PENDING = "links.pending";
  // The documents elsewhere that an import affects are read this many at a time: a few requests
  // to a remote engine instead of one a document, and never all of them in memory.
  private static final int AFFECTED_AT_ONCE = 1000;

  /**
   * What a linking run found: {@code relinked} documents had their links made again, of {@code
   * documents}.
   */
  public record Summary(
      int documents, int relinked, int links, int resolved, int threads, double seconds) {}

  /** What the pass over the documents keeps of one. */
  private record Reading(Card card, Citations citations) {
    static Reading of(Document d) {
      Card card = Card.of(d);
      return new Reading(card, CitationReader.read(d, Frame.of(d, card.entry())));
    }
  }

  private ArchiveLinker() {}

  /**
   * Notes that an import into {@code archive} begins, so that if it ends before {@link
   * #afterImport} the next import links the whole archive.
   */
  public static void beforeImport(Archive archive) throws IOException {
    beforeImport(archive.dir());
  }

  /**
   * Notes that an import into the archive whose links are kept in {@code linksDir} begins (a Solr
   * collection's links are kept in a folder of their own).
   */
  public static void beforeImport(Path linksDir) throws IOException {
    Files.createDirectories(linksDir);
    Path pending = linksDir.resolve(PENDING);
    if (Files.exists(pending)) Files.writeString(pending, "an earlier import was not linked\n");
    else Files.writeString(pending, "");
  }

  /**
   * Links what importing {@code imported} (volume ids) into {@code archive} can have changed, or
   * the whole archive if an earlier import was not linked.
   */
  public static Summary afterImport(Archive archive, Set<String> imported) throws IOException {
    return afterImport(archive.dir(), archive.search(), imported, archive.generations());
  }

  /**
   * Links what importing {@code imported} into the archive that {@code search} reads can have
   * changed, keeping the links in {@code linksDir} (a Solr collection's links are kept in a folder
   * of their own), and publishes the new generation to {@code generations}: as {@link
   * #afterImport(Archive, Set)}.
   */
  public static Summary afterImport(
      Path linksDir, SearchBackend search, Set<String> imported, Generations generations)
      throws IOException {
    Files.createDirectories(linksDir);
    Path pending = linksDir.resolve(PENDING);
    boolean behind = Files.exists(pending) && Files.size(pending) > 0;
    Files.writeString(pending, "an import began, not yet linked\n");
    Summary s = run(linksDir, search, imported, behind, generations);
    Files.delete(pending);
    return s;
  }

  /** Links every document of {@code archive} anew and replaces the links and threads stored. */
  public static Summary relink(Archive archive) throws IOException {
    return run(archive.dir(), archive.search(), Set.of(), true, archive.generations());
  }

  /**
   * Brings the links of {@code archive} up to date after the volumes {@code imported} were added or
   * replaced (and any volume removed): as {@link #relink} would leave them.
   */
  public static Summary update(Archive archive, Set<String> imported) throws IOException {
    return run(archive.dir(), archive.search(), imported, false, archive.generations());
  }

  private static Summary run(
      Path dir, SearchBackend search, Set<String> imported, boolean all, Generations generations)
      throws IOException {
    long start = System.nanoTime();
    Set<String> present = new TreeSet<>();
    for (VolumeInfo v : search.volumes()) present.add(v.id());
    // The link commit of the generation published, which a server may be opening, is kept.
    LongSupplier published =
        () -> {
          try {
            return generations.last().map(Generation::linksCommit).orElse(-1L);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    try (LinkIndex.Update update = LinkIndex.Update.of(dir, published)) {
      Set<String> stored = LinkIndex.volumes(update.before());
      // Records made under other rules would not give what relinking all gives.
      boolean fresh = all || stored.isEmpty() || !update.rules().equals(Optional.of(Linker.RULES));
      Set<String> changed = changed(present, stored, imported, fresh);
      Pass pass = new Pass(search, update, changed, present);
      pass.readStored(fresh);
      int relinked = pass.link(fresh);
      Summary s = pass.finish(relinked, start);
      publish(dir, generations, update.commit(), pass.threads);
      Files.deleteIfExists(dir.resolve(LinkStore.OLD_FILE));
      return s;
    }
  }

  // The documents, links and threads are all committed: the threads go to a file of their own and
  // the new generation names the three, so that a server switches to them at once. The threads
  // files of older generations go, but for the last one's, which a server may be about to open.
  private static void publish(Path dir, Generations generations, long linksCommit, Threads threads)
      throws IOException {
    Optional<Generation> last = generations.last();
    long number = last.map(Generation::number).orElse(0L) + 1;
    Generation next = generations.next(last, linksCommit, "threads-" + number + ".tsv");
    threads.write(dir, next.threads());
    generations.publish(next);
    Set<String> keep = new TreeSet<>(Set.of(next.threads()));
    last.ifPresent(g -> keep.add(g.threads()));
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith("threads") && name.endsWith(".tsv") && !keep.contains(name))
          Files.deleteIfExists(f);
      }
    }
  }

  // The volumes whose records go: those imported, those new or gone since the last run, or all.
  private static Set<String> changed(
      Set<String> present, Set<String> stored, Set<String> imported, boolean fresh) {
    Set<String> changed = new TreeSet<>(imported);
    for (String v : present) if (fresh || !stored.contains(v)) changed.add(v);
    for (String v : stored) if (fresh || !present.contains(v)) changed.add(v);
    return changed;
  }

  /** One run over an archive: the catalogue, the documents to link, and the link index update. */
  private static final class Pass {
    private final SearchBackend search;
    private final LinkIndex.Update update;
    private final Set<String> changed;
    private final Set<String> present;
    // The cards of the changed volumes' documents, in volume order; their citations are read again
    // when they are linked, a document at a time, so that the whole archive's never sit in memory.
    private List<Card> cards = List.of();
    private Set<String> reading = Set.of();
    private Map<String, LinkIndex.Placed> affected = Map.of();
    private MemoryCatalogue catalogue;
    private Threads threads;

    Pass(SearchBackend search, LinkIndex.Update update, Set<String> changed, Set<String> present) {
      this.search = search;
      this.update = update;
      this.changed = changed;
      this.present = present;
    }

    // The catalogue from the stored cards of unchanged volumes and the changed volumes' documents;
    // the documents elsewhere that asked what the documents added or removed answer.
    void readStored(boolean fresh) throws IOException {
      Set<String> read = new TreeSet<>(changed);
      read.retainAll(present);
      reading = read;
      cards = inVolumeOrder(search.mapDocuments(reading, Card::of), c -> c);
      List<LinkIndex.Placed> kept = new ArrayList<>();
      MemoryCatalogue.Builder gone = MemoryCatalogue.builder();
      if (!fresh) {
        for (LinkIndex.Placed p : LinkIndex.cards(update.before())) {
          if (changed.contains(p.card().entry().volume())) gone.add(p.card());
          else kept.add(p);
        }
      }
      catalogue = catalogue(kept, cards);
      if (fresh) return;
      MemoryCatalogue removed = gone.build();
      MemoryCatalogue added = catalogue(List.of(), cards);
      Set<String> asking =
          LinkIndex.asking(update.before(), q -> q.answeredBy(removed) || q.answeredBy(added));
      affected = new HashMap<>();
      for (LinkIndex.Placed p : kept)
        if (asking.contains(p.card().key())) affected.put(p.card().key(), p);
    }

    // Links the changed volumes' documents and the affected ones, and stores their records.
    int link(boolean fresh) throws IOException {
      if (fresh) update.clear();
      else update.remove(changed);
      LookupLog log = new LookupLog(catalogue);
      Linker linker = new Linker(log.catalogue(), Linker.Options.DEFAULT);
      Map<String, LinkIndex.Placed> places = placed(cards);
      try {
        search.mapDocuments(
            reading,
            d -> {
              LinkIndex.Placed p = places.get(d.key());
              return store(log, linker, p, CitationReader.read(d, Frame.of(d, p.card().entry())));
            });
        List<LinkIndex.Placed> asking = List.copyOf(affected.values());
        for (int from = 0; from < asking.size(); from += AFFECTED_AT_ONCE) {
          List<LinkIndex.Placed> batch =
              asking.subList(from, Math.min(asking.size(), from + AFFECTED_AT_ONCE));
          Map<String, Document> read =
              search.documents(batch.stream().map(p -> p.card().key()).toList());
          ParallelInOrder.map(
              batch, p -> store(log, linker, p, Reading.of(document(read, p)).citations()));
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      return cards.size() + affected.size();
    }

    private static Document document(Map<String, Document> read, LinkIndex.Placed p) {
      Document d = read.get(p.card().key());
      if (d == null)
        throw new IllegalStateException("no document " + p.card().key() + " in the archive");
      return d;
    }

    private Void store(LookupLog log, Linker linker, LinkIndex.Placed p, Citations c) {
      LookupLog.Logged<List<Link>> logged = log.run(() -> linker.link(c));
      try {
        update.put(p, logged.value(), logged.lookups());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return null;
    }

    // Threads from every link now stored, and the run's counts.
    Summary finish(int relinked, long start) throws IOException {
      LinkIndex.Tally tally;
      try (var after = update.after()) {
        tally = LinkIndex.tally(after);
      }
      threads = Threads.joining(tally.joins(), catalogue);
      return new Summary(
          catalogue.size(),
          relinked,
          tally.links(),
          tally.resolved(),
          threads.all().size(),
          (System.nanoTime() - start) / 1e9);
    }
  }

  // Each reading's card with its place in its volume, counted in reading order.
  private static Map<String, LinkIndex.Placed> placed(List<Card> cards) {
    Map<String, Integer> next = new HashMap<>();
    Map<String, LinkIndex.Placed> out = new HashMap<>(cards.size() * 2);
    for (Card c : cards)
      out.put(
          c.key(), new LinkIndex.Placed(c, next.merge(c.entry().volume(), 1, Integer::sum) - 1));
    return out;
  }

  /** The links of every document of {@code search}, resolved with {@code options}. */
  public static List<Link> link(SearchBackend search, Linker.Options options) throws IOException {
    List<Reading> readings = inVolumeOrder(search.mapDocuments(Reading::of), Reading::card);
    Linker linker =
        new Linker(catalogue(List.of(), readings.stream().map(Reading::card).toList()), options);
    List<Link> links = new ArrayList<>();
    ParallelInOrder.map(readings, r -> linker.link(r.citations())).forEach(links::addAll);
    return links;
  }

  // The index holds the volumes in the order the import threads happened to add them. Sorted by
  // volume (stably, so that each keeps its reading order), the catalogue, the order of ambiguous
  // candidates and the stored links are the same for every import of the same files.
  private static <T> List<T> inVolumeOrder(List<T> read, Function<T, Card> card) {
    List<T> sorted = new ArrayList<>(read);
    sorted.sort(Comparator.comparing(r -> card.apply(r).entry().volume()));
    return sorted;
  }

  // The catalogue of the stored cards and the readings, in volume order: the volumes of the two
  // never overlap, and each list is in volume order already.
  private static MemoryCatalogue catalogue(List<LinkIndex.Placed> stored, List<Card> read) {
    List<Card> cards = new ArrayList<>(stored.size() + read.size());
    stored.forEach(p -> cards.add(p.card()));
    cards.addAll(read);
    cards.sort(Comparator.comparing(c -> c.entry().volume()));
    MemoryCatalogue.Builder b = MemoryCatalogue.builder();
    cards.forEach(b::add);
    return b.build();
  }
}
