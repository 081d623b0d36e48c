package org.chancery.serve.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.chancery.archive.Generation;
import org.chancery.search.LuceneSearchBackend;
import org.chancery.search.SearchBackend;

/**
 * What the reading room serves: the archive's current {@link ArchiveView}. It watches where the
 * archive's {@link Generation} is published (an archive folder, a Solr collection's ZooKeeper) and,
 * once an import has published a new one, opens it and makes it current; requests already in flight
 * finish on the view they took.
 */
public final class LiveArchive implements AutoCloseable {
  /** How often the published generation is looked at. */
  public static final Duration POLL = Duration.ofSeconds(1);

  /** Reads the generation published last; empty before the first. */
  @FunctionalInterface
  public interface Published {
    Optional<Generation> last() throws IOException;
  }

  /**
   * Opens the search of one generation (empty: of the archive as it is), for a view that closes it
   * when it closes.
   */
  @FunctionalInterface
  public interface SearchAt {
    SearchBackend open(Optional<Generation> g) throws IOException;
  }

  private static final Logger LOG = Logger.getLogger(LiveArchive.class.getName());

  private final AtomicReference<ArchiveView> current;
  private final ScheduledExecutorService poller;

  private LiveArchive(ArchiveView first, ScheduledExecutorService poller) {
    this.current = new AtomicReference<>(first);
    this.poller = poller;
  }

  // A view that never changes (a backend given as it is).
  static LiveArchive fixed(ArchiveView view) {
    return new LiveArchive(view, null);
  }

  /**
   * Serves the archive in {@code dir}, its newest generation, and each new one within {@link #POLL}
   * of its commit.
   *
   * @param cacheSize how many search results each generation keeps (0: none)
   * @throws IOException if the archive cannot be opened
   */
  public static LiveArchive watch(Path dir, int cacheSize) throws IOException {
    Path index = dir.resolve("index");
    return watch(
        () -> Generation.read(dir),
        g ->
            g.isPresent()
                ? LuceneSearchBackend.openAt(index, g.get().searchCommit())
                : LuceneSearchBackend.open(index),
        dir,
        cacheSize);
  }

  /**
   * Serves the generation {@code published} gives, its search opened by {@code search} and its
   * links and threads from {@code linksDir}, and each new one within {@link #POLL} of its publish.
   *
   * @param cacheSize how many search results each generation keeps (0: none)
   * @throws IOException if the generation published now cannot be opened
   */
  public static LiveArchive watch(
      Published published, SearchAt search, Path linksDir, int cacheSize) throws IOException {
    Templates templates = new Templates();
    Optional<Generation> g = published.last();
    ArchiveView first = ArchiveView.open(linksDir, g, search.open(g), cacheSize, templates);
    ScheduledExecutorService poller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "chancery-generation-watch");
              t.setDaemon(true);
              return t;
            });
    LiveArchive live = new LiveArchive(first, poller);
    poller.scheduleWithFixedDelay(
        () -> live.poll(published, search, linksDir, cacheSize, templates),
        POLL.toMillis(),
        POLL.toMillis(),
        TimeUnit.MILLISECONDS);
    return live;
  }

  // A generation newer than the one served is opened and made current; one that cannot be opened
  // yet (read half-way through a rename, its commit gone) is tried again at the next poll.
  private void poll(
      Published published, SearchAt search, Path linksDir, int cacheSize, Templates templates) {
    try {
      Optional<Generation> g = published.last();
      if (g.isEmpty() || g.equals(current.get().generation())) return;
      switchTo(ArchiveView.open(linksDir, g, search.open(g), cacheSize, templates));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "generation not opened, trying again", e);
    }
  }

  private void switchTo(ArchiveView next) throws IOException {
    ArchiveView last = current.getAndSet(next);
    last.release();
  }

  /** The generation served now; empty for an archive that has none. */
  public Optional<Generation> generation() {
    return current.get().generation();
  }

  /** The current view, taken for one request; give it back with {@link #release}. */
  ArchiveView acquire() {
    while (true) {
      ArchiveView v = current.get();
      if (v.acquire()) return v;
    }
  }

  /**
   * The answers of the generation current at each call, with document URLs under {@code baseUrl}
   * (the reading room's address): a call finishes on the generation it started on.
   */
  public AnswerSource answers(String baseUrl) {
    return new AnswerSource() {
      @Override
      public <T> T answer(Call<T> call) throws IOException {
        ArchiveView v = acquire();
        try {
          return call.apply(v.answers(baseUrl));
        } finally {
          release(v);
        }
      }
    };
  }

  /** Gives back a view taken by {@link #acquire}. */
  void release(ArchiveView view) throws IOException {
    Objects.requireNonNull(view, "view").release();
  }

  /** Stops watching and lets go of the current view (closed once its last request is done). */
  @Override
  public void close() throws IOException {
    if (poller != null) {
      poller.shutdownNow();
      try {
        poller.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    current.get().release();
  }
}
