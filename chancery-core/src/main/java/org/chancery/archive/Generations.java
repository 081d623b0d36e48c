package org.chancery.archive;

import java.io.IOException;
import java.util.Optional;

/**
 * Where an archive's generations are published, for its servers to read: an archive folder's
 * {@value Generation#FILE}, or a Solr collection's ZooKeeper property. The linker publishes each
 * new one once the documents, links and threads it names are all committed.
 */
public interface Generations {
  /** The generation published last; empty before the first. */
  Optional<Generation> last() throws IOException;

  /**
   * The generation after {@code last}: the documents as the import left them, with the link commit
   * and threads file given.
   */
  Generation next(Optional<Generation> last, long linksCommit, String threads) throws IOException;

  /** Publishes {@code g}: readers that look next switch to it whole. */
  void publish(Generation g) throws IOException;
}
