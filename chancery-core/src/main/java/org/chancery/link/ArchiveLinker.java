package org.chancery.link;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.chancery.archive.Archive;
import org.chancery.search.SearchBackend;

/**
 * Links a whole archive: catalogues every document, resolves every reference across all volumes,
 * and stores the links ({@link LinkStore}) and threads ({@link Threads}) with the archive.
 *
 * <p>Two passes over the archive's documents: one to catalogue, one to link; only the compact
 * catalogue and the links are held in memory.
 */
public final class ArchiveLinker {
  /** What a linking run found. */
  public record Summary(int documents, int links, int resolved, int threads, double seconds) {}

  private ArchiveLinker() {}

  /** Links every document of {@code archive} and replaces the links and threads stored with it. */
  public static Summary relink(Archive archive) throws IOException {
    long start = System.nanoTime();
    MemoryCatalogue catalogue = catalogue(archive.search());
    List<Link> links = link(archive.search(), catalogue, Linker.Options.DEFAULT);
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
    return link(search, catalogue(search), options);
  }

  private static List<Link> link(SearchBackend search, Catalogue catalogue, Linker.Options options)
      throws IOException {
    Linker linker = new Linker(catalogue, options);
    List<Link> links = new ArrayList<>();
    search.forEachDocument(d -> links.addAll(linker.link(d)));
    return links;
  }

  private static MemoryCatalogue catalogue(SearchBackend search) throws IOException {
    MemoryCatalogue.Builder b = MemoryCatalogue.builder();
    search.forEachDocument(b::add);
    return b.build();
  }
}
