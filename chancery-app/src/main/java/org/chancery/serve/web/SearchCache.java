package org.chancery.serve.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chancery.search.SearchBackend;
import org.chancery.search.SearchRequest;
import org.chancery.search.SearchResult;

/**
 * Remembers the results of recent searches, so a page of results asked again (the next page's
 * facets, a reload, a popular query) costs no search.
 *
 * <p><b>NOTE:</b> the reading room is read-only and never refreshes its searcher, so a cached
 * result stays right for the life of the server. When full, the cache is emptied and refills:
 * cheaper than tracking use, and the popular queries come back at once.
 */
final class SearchCache {
  private final SearchBackend backend;
  private final int capacity;
  private final Map<SearchRequest, SearchResult> results = new ConcurrentHashMap<>();

  /** A cache of at most {@code capacity} results over {@code backend}; 0 turns caching off. */
  SearchCache(SearchBackend backend, int capacity) {
    if (capacity < 0)
      throw new IllegalArgumentException("capacity must not be negative: " + capacity);
    this.backend = backend;
    this.capacity = capacity;
  }

  /** The result of {@code r}, from the cache or searched now. */
  SearchResult search(SearchRequest r) throws IOException {
    if (capacity == 0) return backend.search(r);
    long start = System.nanoTime();
    SearchResult cached = results.get(r);
    if (cached != null)
      return new SearchResult(
          cached.total(), cached.hits(), cached.facets(), (System.nanoTime() - start) / 1e6);
    SearchResult fresh = backend.search(r);
    if (results.size() >= capacity) results.clear();
    results.put(r, fresh);
    return fresh;
  }
}
