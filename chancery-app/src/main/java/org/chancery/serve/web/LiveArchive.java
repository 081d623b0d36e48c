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
import org.chancery.search.SearchBackend;

/**
 * What the reading room serves: the archive's current {@link ArchiveView}. Over an archive folder
 * it watches the archive's {@link Generation} and, once an import has committed a new one, opens it
 * and makes it current; requests already in flight finish on the view they took.
 */
public final class LiveArchive implements AutoCloseable {
  /** How often an archive folder is looked at for a new generation. */
  public static final Duration POLL = Duration.ofSeconds(1);

  private static final Logger LOG = Logger.getLogger(LiveArchive.class.getName());

  private final AtomicReference<ArchiveView> current;
  private final ScheduledExecutorService poller;

  private LiveArchive(ArchiveView first, ScheduledExecutorService poller) {
    this.current = new AtomicReference<>(first);
    this.poller = poller;
  }

  // A view that never changes (a backend given as it is, a Solr collection).
  static LiveArchive fixed(ArchiveView view) {
    return new LiveArchive(view, null);
  }

  /**
   * Serves {@code backend} with {@code links} as they are, one view that never changes (a Solr
   * collection); the caller keeps both open and closes them after this.
   *
   * @param cacheSize how many search results to keep (0: none)
   */
  public static LiveArchive fixed(SearchBackend backend, ArchiveLinks links, int cacheSize) {
    return fixed(
        ArchiveView.of(
            backend, links, ReadingRoom.standardSections(links), cacheSize, new Templates()));
  }

  /**
   * Serves the archive in {@code dir}, its newest generation, and each new one within {@link #POLL}
   * of its commit.
   *
   * @param cacheSize how many search results each generation keeps (0: none)
   * @throws IOException if the archive cannot be opened
   */
  public static LiveArchive watch(Path dir, int cacheSize) throws IOException {
    Templates templates = new Templates();
    ArchiveView first = ArchiveView.open(dir, Generation.read(dir), cacheSize, templates);
    ScheduledExecutorService poller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "chancery-generation-watch");
              t.setDaemon(true);
              return t;
            });
    LiveArchive live = new LiveArchive(first, poller);
    poller.scheduleWithFixedDelay(
        () -> live.poll(dir, cacheSize, templates),
        POLL.toMillis(),
        POLL.toMillis(),
        TimeUnit.MILLISECONDS);
    return live;
  }

  // A generation newer than the one served is opened and made current; one that cannot be opened
  // yet (read half-way through a rename, its commit gone) is tried again at the next poll.
  private void poll(Path dir, int cacheSize, Templates templates) {
    try {
      Optional<Generation> g = Generation.read(dir);
      if (g.isEmpty() || g.equals(current.get().generation())) return;
      switchTo(ArchiveView.open(dir, g, cacheSize, templates));
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
