package org.chancery.serve.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.chancery.link.LinkStore;
import org.chancery.link.Threads;

/**
 * An archive's links and threads as {@code chancery import} stores them: what the reading room
 * follows for inline references, "Cited by", thread pages and the links API.
 */
public record ArchiveLinks(LinkStore links, Threads threads) {
  /** No links and no threads: every document stands alone. */
  public static final ArchiveLinks NONE =
      new ArchiveLinks(LinkStore.of(java.util.List.of()), Threads.none());

  public ArchiveLinks {
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(threads, "threads");
  }

  /**
   * The links and threads stored in {@code archiveDir}; none where the archive has not been linked.
   */
  public static ArchiveLinks open(Path archiveDir) throws IOException {
    return new ArchiveLinks(LinkStore.open(archiveDir), Threads.open(archiveDir));
  }
}
