package org.chancery.serve.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.Function;

/**
 * The reading room's handlers bound to the live archive: each request takes the current {@link
 * ArchiveView} once, answers wholly from it, says which generation it read, and lets go of it.
 */
final class Served {
  /** The header naming the archive generation a response was read from ("none" if unknown). */
  static final String GENERATION = "X-Chancery-Generation";

  /** The header saying when that generation was committed (ISO-8601, UTC). */
  static final String COMMITTED = "X-Chancery-Committed";

  /** One route's work on the part of a view that answers it. */
  @FunctionalInterface
  interface Action<T> {
    void run(T target, Context ctx) throws Exception;
  }

  private final LiveArchive live;
  private final Turns turns = Turns.forThisMachine();

  Served(LiveArchive live) {
    this.live = live;
  }

  /** A handler running {@code action} on the API of the request's view. */
  Handler api(Action<Api> action) {
    return on(ArchiveView::api, action);
  }

  /** A handler running {@code action} on the pages of the request's view. */
  Handler page(Action<Pages> action) {
    return on(ArchiveView::pages, action);
  }

  private <T> Handler on(Function<ArchiveView, T> part, Action<T> action) {
    return ctx -> {
      turns.begin();
      try {
        ArchiveView view = live.acquire();
        try {
          ctx.header(
              GENERATION, view.generation().map(g -> Long.toString(g.number())).orElse("none"));
          view.generation().ifPresent(g -> ctx.header(COMMITTED, g.committed().toString()));
          action.run(part.apply(view), ctx);
        } finally {
          live.release(view);
        }
      } finally {
        turns.end();
      }
    };
  }
}
