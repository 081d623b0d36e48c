package org.chancery.link;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chancery.archive.Archive;
import org.chancery.model.Document;
import org.chancery.search.ParallelInOrder;
import org.chancery.search.SearchBackend;

/**
 * Links a whole archive: catalogues every document, resolves every reference across all volumes,
 * and stores the links ({@link LinkStore}) and threads ({@link Threads}) with the archive.
 *
 * <p>One pass over the archive's documents, many at a time, reads each one's catalogue {@link Card}
 * and {@link Citations}; then the catalogue is built from the cards in archive order and the
 * citations are resolved against it, again many at a time. Only the cards, the citations and the
 * links are held in memory, never the documents; the links come out in volume order (reading order
 * within a volume) whatever the threads did.
 */
public final class ArchiveLinker {
  /** What a linking run found. */
  public record Summary(int documents, int links, int resolved, int threads, double seconds) {}

  /** What the pass over the documents keeps of one. */
  private record Reading(Card card, Citations citations) {
    static Reading of(Document d) {
      Card card = Card.of(d);
      return new Reading(card, CitationReader.read(d, Frame.of(d, card.entry())));
    }
  }

  private ArchiveLinker() {}

  /** Links every document of {@code archive} and replaces the links and threads stored with it. */
  public static Summary relink(Archive archive) throws IOException {
    long start = System.nanoTime();
    List<Reading> readings = inVolumeOrder(archive.search().mapDocuments(Reading::of));
    MemoryCatalogue catalogue = catalogue(readings);
    List<Link> links = link(readings, catalogue, Linker.Options.DEFAULT);
    Threads threads = Threads.of(links, catalogue);
    LinkStore.write(archive.dir(), links);
    threads.write(archive.dir());
    int resolved = (int) links.stream().filter(l -> l.target().isPresent()).count();
    return new Summary(
        catalogue.size(),
        links.size(),
        resolved,
        threads.all().size(),
        (System.nanoTime() - start) / 1e9);
  }

  /** The links of every document of {@code search}, resolved with {@code options}. */
  public static List<Link> link(SearchBackend search, Linker.Options options) throws IOException {
    List<Reading> readings = inVolumeOrder(search.mapDocuments(Reading::of));
    return link(readings, catalogue(readings), options);
  }

  private static List<Link> link(
      List<Reading> readings, Catalogue catalogue, Linker.Options options) {
    Linker linker = new Linker(catalogue, options);
    List<Link> links = new ArrayList<>();
    ParallelInOrder.map(readings, r -> linker.link(r.citations())).forEach(links::addAll);
    return links;
  }

  // The index holds the volumes in the order the import threads happened to add them. Sorted by
  // volume (stably, so that each keeps its reading order), the catalogue, the order of ambiguous
  // candidates and the stored links are the same for every import of the same files.
  private static List<Reading> inVolumeOrder(List<Reading> readings) {
    List<Reading> sorted = new ArrayList<>(readings);
    sorted.sort(Comparator.comparing(r -> r.card().entry().volume()));
    return sorted;
  }

  private static MemoryCatalogue catalogue(List<Reading> readings) {
    MemoryCatalogue.Builder b = MemoryCatalogue.builder();
    readings.forEach(r -> b.add(r.card()));
    return b.build();
  }
}
