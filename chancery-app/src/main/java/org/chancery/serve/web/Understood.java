package org.chancery.serve.web;

import java.util.Objects;
import org.chancery.model.Document;
import org.chancery.search.IndexedVolumeNames;
import org.chancery.search.SearchBackend;
import org.chancery.understand.Understanding;

/**
 * What Chancery understands of an archive's documents as it serves them: each document with the
 * rest of its volume as the archive's index holds it, so that a page names the same people as the
 * import indexed.
 */
final class Understood {
  // Built once, thread-safe; its tables are large.
  private static final Understanding.Understander UNDERSTANDER = new Understanding.Understander();

  private final IndexedVolumeNames names;

  Understood(SearchBackend backend) {
    this.names = new IndexedVolumeNames(Objects.requireNonNull(backend, "backend"));
  }

  /** What is understood of {@code d}, a document of the archive. */
  Understanding of(Document d) {
    return UNDERSTANDER.of(d, names);
  }
}
