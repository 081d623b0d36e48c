package org.chancery.serve.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.chancery.model.Document;
import org.chancery.search.Hit;
import org.chancery.search.SearchBackend;
import org.chancery.search.SearchRequest;
import org.chancery.search.SearchResult;
import org.chancery.search.UserQuery;
import org.chancery.search.VolumeInfo;

/**
 * The reading room's one service: searches, documents with their neighbours, volumes and their
 * contents. Pages and the JSON API both call it.
 *
 * <p>Volume lists and contents are computed once: the archive does not change while served.
 */
final class Library {
  private final SearchBackend backend;
  private final SearchCache cache;
  private final List<DocumentSections> sections;
  private final Map<String, List<Hit>> contents = new ConcurrentHashMap<>();
  private volatile List<VolumeInfo> volumes;

  Library(SearchBackend backend, int cacheSize, List<DocumentSections> sections) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.cache = new SearchCache(backend, cacheSize);
    this.sections = List.copyOf(sections);
  }

  /** The result of a search. */
  SearchResult search(SearchRequest request) throws IOException {
    return cache.search(request);
  }

  /** The volumes in the archive, by id. */
  List<VolumeInfo> volumes() throws IOException {
    List<VolumeInfo> v = volumes;
    if (v == null) volumes = v = List.copyOf(backend.volumes());
    return v;
  }

  /** The volume {@code id}, if the archive holds it. */
  Optional<VolumeInfo> volume(String id) throws IOException {
    return volumes().stream().filter(v -> v.id().equals(id)).findFirst();
  }

  /** The documents of volume {@code id} in their order (d1, d2, ... d10), empty when there is no such volume. */
  List<Hit> contents(String id) throws IOException {
    List<Hit> c = contents.get(id);
    if (c == null && volume(id).isPresent()) contents.put(id, c = List.copyOf(list(id)));
    return c == null ? List.of() : c;
  }

  private List<Hit> list(String volume) throws IOException {
    List<Hit> all = new ArrayList<>();
    SearchRequest r = SearchRequest.of(UserQuery.ALL).volumes(Set.of(volume)).snippets(false).facets(Set.of());
    for (int offset = 0; ; offset += SearchRequest.MAX_LIMIT) {
      SearchResult page = backend.search(r.page(offset, SearchRequest.MAX_LIMIT));
      all.addAll(page.hits());
      if (page.hits().size() < SearchRequest.MAX_LIMIT) break;
    }
    all.sort(Comparator.comparing(Hit::id, NaturalOrder.INSTANCE));
    return all;
  }

  /** Document {@code id} of volume {@code volume} as its page shows it, if the archive holds it. */
  Optional<Reading> reading(String volume, String id) throws IOException {
    Optional<Document> d = backend.document(volume + "/" + id);
    if (d.isEmpty()) return Optional.empty();
    VolumeInfo v = volume(volume).orElse(new VolumeInfo(volume, volume, 0));
    List<Hit> list = contents(volume);
    int at = indexOf(list, id);
    Optional<Hit> previous = at > 0 ? Optional.of(list.get(at - 1)) : Optional.empty();
    Optional<Hit> next = at >= 0 && at + 1 < list.size() ? Optional.of(list.get(at + 1)) : Optional.empty();
    return Optional.of(new Reading(d.get(), v, at + 1, previous, next, BodyView.of(d.get()),
        Citation.of(d.get(), v.title()), sectionsFor(d.get())));
  }

  /** Document {@code id} of volume {@code volume} as imported, if the archive holds it. */
  Optional<Document> document(String volume, String id) throws IOException {
    return backend.document(volume + "/" + id);
  }

  /** The sections every contributor has for {@code d}. */
  List<Section> sectionsFor(Document d) throws IOException {
    List<Section> all = new ArrayList<>();
    for (DocumentSections s : sections) all.addAll(s.sectionsFor(d));
    return all;
  }

  private static int indexOf(List<Hit> list, String id) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id().equals(id)) return i;
    }
    return -1;
  }
}
