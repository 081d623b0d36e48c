package org.chancery.serve.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.chancery.archive.Generation;
import org.chancery.link.LinkStore;
import org.chancery.link.Threads;
import org.chancery.search.SearchBackend;

/**
 * One generation of an archive as the reading room serves it: its search index, links and threads
 * opened at the commits the generation names, and the pages and API over them. A request takes the
 * view once ({@link #acquire}) and answers wholly from it; the view closes when it is no longer the
 * current one and its last request has let go.
 */
final class ArchiveView {
  private final Optional<Generation> generation;
  private final SearchBackend search;
  private final ArchiveLinks links;
  private final boolean owned;
  private final Library library;
  private final Pages pages;
  private final Api api;
  // One for being current, one per request in flight; at 0 the view is closed.
  private final AtomicInteger references = new AtomicInteger(1);

  private ArchiveView(
      Optional<Generation> generation,
      SearchBackend search,
      ArchiveLinks links,
      List<DocumentSections> sections,
      int cacheSize,
      Templates templates,
      boolean owned) {
    this.generation = Objects.requireNonNull(generation, "generation");
    this.search = Objects.requireNonNull(search, "search");
    this.links = Objects.requireNonNull(links, "links");
    this.owned = owned;
    this.library = new Library(search, cacheSize, sections, links);
    this.pages = new Pages(library, templates, generation);
    this.api = new Api(library, new Answers(library, ""), generation);
  }

  /** This generation's answers, with document URLs under {@code baseUrl}. */
  Answers answers(String baseUrl) {
    return new Answers(library, Answers.trimmed(baseUrl));
  }

  /** A view over a backend and links its caller keeps open and closes; no generation. */
  static ArchiveView of(
      SearchBackend search,
      ArchiveLinks links,
      List<DocumentSections> sections,
      int cacheSize,
      Templates templates) {
    return new ArchiveView(Optional.empty(), search, links, sections, cacheSize, templates, false);
  }

  /**
   * Opens generation {@code g} over {@code search} (opened at it, closed with the view), with the
   * links and threads it names in {@code linksDir}; or, for an archive without one, the links and
   * threads stored now.
   *
   * @throws IOException if a commit it names is gone (a later generation has replaced it); {@code
   *     search} is closed then
   */
  static ArchiveView open(
      Path linksDir,
      Optional<Generation> g,
      SearchBackend search,
      int cacheSize,
      Templates templates)
      throws IOException {
    try {
      LinkStore store =
          g.isPresent() ? LinkStore.open(linksDir, g.get()) : LinkStore.open(linksDir);
      ArchiveLinks links = new ArchiveLinks(store, Threads.open(linksDir, g));
      return new ArchiveView(
          g,
          search,
          links,
          ReadingRoom.standardSections(search, links),
          cacheSize,
          templates,
          true);
    } catch (IOException | RuntimeException e) {
      search.close();
      throw e;
    }
  }

  /** The generation served, empty for an archive without one (or a backend given as it is). */
  Optional<Generation> generation() {
    return generation;
  }

  Library library() {
    return library;
  }

  Pages pages() {
    return pages;
  }

  Api api() {
    return api;
  }

  /** Takes the view for one request; false if it has closed already (take the current one). */
  boolean acquire() {
    for (int n = references.get(); n > 0; n = references.get())
      if (references.compareAndSet(n, n + 1)) return true;
    return false;
  }

  /** Lets go of the view; the last to let go closes it. */
  void release() throws IOException {
    if (references.decrementAndGet() == 0 && owned) {
      try (var s = search) {
        links.links().close();
      }
    }
  }
}
