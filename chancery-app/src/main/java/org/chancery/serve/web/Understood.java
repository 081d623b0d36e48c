package org.chancery.serve.web;

import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;
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

  // One per backend, so that a page's people and its JSON share what the volume's other documents
  // said of a name (SameVolume keeps it per VolumeNames). Weak both ways: the backend of a replaced
  // generation goes once no page holds its Understood.
  private static final Map<SearchBackend, WeakReference<Understood>> BY_BACKEND =
      new WeakHashMap<>();

  private final IndexedVolumeNames names;

  private Understood(SearchBackend backend) {
    this.names = new IndexedVolumeNames(backend);
  }

  /** What is understood of the documents {@code backend} serves. */
  static Understood of(SearchBackend backend) {
    Objects.requireNonNull(backend, "backend");
    synchronized (BY_BACKEND) {
      Understood u = Optional.ofNullable(BY_BACKEND.get(backend)).map(Reference::get).orElse(null);
      if (u == null) {
        u = new Understood(backend);
        BY_BACKEND.put(backend, new WeakReference<>(u));
      }
      return u;
    }
  }

  /** What is understood of {@code d}, a document of the archive. */
  Understanding of(Document d) {
    return UNDERSTANDER.of(d, names);
  }
}
