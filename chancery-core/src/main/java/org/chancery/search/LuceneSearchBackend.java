package org.chancery.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.chancery.model.Document;

/**
 * The in-process Lucene search backend over an index directory.
 *
 * <p>Searching is single-threaded per query (on two cores, parallel segments cost more than they
 * save). Totals are exact: every match is counted, no early termination. Facets are counted from
 * doc values over all matches. The searcher is shared and replaced only by {@link #refresh()}.
 */
public final class LuceneSearchBackend implements SearchBackend {
  /** The most values returned for one facet. */
  public static final int FACET_VALUES = 100;

  private final Directory directory;
  private final SearcherManager searchers;
  private final Analyzer analyzer = new HistorianAnalyzer();
  private final LuceneQueries queries = new LuceneQueries(analyzer);
  private final Likeness likeness = new Likeness(analyzer);

  private LuceneSearchBackend(Directory directory) throws IOException {
    this.directory = directory;
    this.searchers = new SearcherManager(directory, new ArchiveSearcher.Factory(analyzer));
  }

  private LuceneSearchBackend(Directory directory, DirectoryReader reader) throws IOException {
    this.directory = directory;
    this.searchers = new SearcherManager(reader, new ArchiveSearcher.Factory(analyzer));
  }

  /**
   * Opens the index in {@code indexDir} as its commit {@code generation} left it; {@link #refresh}
   * moves it to the newest commit.
   *
   * @throws IOException if there is no such commit
   */
  public static LuceneSearchBackend openAt(Path indexDir, long generation) throws IOException {
    Directory dir = FSDirectory.open(indexDir);
    try {
      return new LuceneSearchBackend(
          dir, DirectoryReader.open(PinnedCommits.find(dir, generation)));
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** The generation of the commit the searcher now reads. */
  public long commitGeneration() throws IOException {
    ArchiveSearcher s = (ArchiveSearcher) searchers.acquire();
    try {
      return ((DirectoryReader) s.getIndexReader()).getIndexCommit().getGeneration();
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Opens the index in {@code indexDir} for searching.
   *
   * @throws org.apache.lucene.index.IndexNotFoundException if there is no index there
   */
  public static LuceneSearchBackend open(Path indexDir) throws IOException {
    Directory dir = FSDirectory.open(indexDir);
    try {
      return new LuceneSearchBackend(dir);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  @Override
  public SearchResult search(SearchRequest r) throws IOException {
    long start = System.nanoTime();
    ArchiveSearcher s = (ArchiveSearcher) searchers.acquire();
    try {
      Query q = SearchFilters.apply(queries.toLucene(r.query()), r);
      boolean counting = !r.facets().isEmpty();
      var top =
          new TopFieldCollectorManager(
              Sorts.of(r.sort()), Math.max(1, r.offset() + r.limit()), null, Integer.MAX_VALUE);
      Object[] results =
          s.search(
              q,
              counting
                  ? new MultiCollectorManager(top, new FacetsCollectorManager())
                  : new MultiCollectorManager(top));
      TopDocs docs = (TopDocs) results[0];
      List<Hit> hits = hits(s, r, q, docs);
      var facets =
          counting
              ? facets(s, r.facets(), (FacetsCollector) results[1])
              : Map.<Facet, List<FacetCount>>of();
      return new SearchResult(
          docs.totalHits.value, hits, facets, (System.nanoTime() - start) / 1e6);
    } finally {
      searchers.release(s);
    }
  }

  private List<Hit> hits(ArchiveSearcher s, SearchRequest r, Query q, TopDocs docs)
      throws IOException {
    ScoreDoc[] all = docs.scoreDocs;
    ScoreDoc[] page =
        Arrays.copyOfRange(
            all, Math.min(r.offset(), all.length), Math.min(r.offset() + r.limit(), all.length));
    Snippet[] snippets =
        r.snippets() && page.length > 0
            ? s.snippets().of(q, new TopDocs(docs.totalHits, page))
            : null;
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      hits.add(StoredDocuments.hit(s, page[i], snippets == null ? Snippet.NONE : snippets[i]));
    }
    return hits;
  }

  private static Map<Facet, List<FacetCount>> facets(
      ArchiveSearcher s, Set<Facet> asked, FacetsCollector fc) throws IOException {
    Map<Facet, List<FacetCount>> result = new EnumMap<>(Facet.class);
    for (Facet f : asked) {
      Optional<SortedSetDocValuesReaderState> state = s.facets(f.dim());
      FacetResult fr =
          state.isEmpty()
              ? null
              : new SortedSetDocValuesFacetCounts(state.get(), fc)
                  .getTopChildren(FACET_VALUES, f.dim());
      result.put(
          f,
          fr == null
              ? List.of()
              : Arrays.stream(fr.labelValues)
                  .map(lv -> new FacetCount(lv.label, lv.value.intValue()))
                  .toList());
    }
    return result;
  }

  @Override
  public Optional<Document> document(String key) throws IOException {
    ArchiveSearcher s = (ArchiveSearcher) searchers.acquire();
    try {
      ScoreDoc[] found =
          s.search(new TermQuery(new Term(IndexSchema.KEY.name(), key)), 1).scoreDocs;
      return found.length == 0 ? Optional.empty() : StoredDocuments.source(s, found[0].doc);
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public List<RelatedDocument> related(String key, int limit) throws IOException {
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1: " + limit);
    Optional<Document> d = document(key);
    if (d.isEmpty()) return List.of();
    ArchiveSearcher s = (ArchiveSearcher) searchers.acquire();
    try {
      return likeness.of(s, d.get(), limit);
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public void forEachDocument(Consumer<Document> sink) throws IOException {
    ArchiveSearcher s = (ArchiveSearcher) searchers.acquire();
    try {
      StoredDocuments.forEach(s, sink);
    } finally {
      searchers.release(s);
    }
  }

  /** As {@link SearchBackend#mapDocuments}, with slices of the index read in parallel. */
  @Override
  public <T> List<T> mapDocuments(Function<Document, T> reader) throws IOException {
    ArchiveSearcher s = (ArchiveSearcher) searchers.acquire();
    try {
      return StoredDocuments.map(s, reader);
    } finally {
      searchers.release(s);
    }
  }

  /** As {@link SearchBackend#mapDocuments(Set, Function)}, each volume read from its postings. */
  @Override
  public <T> List<T> mapDocuments(Set<String> volumes, Function<Document, T> reader)
      throws IOException {
    ArchiveSearcher s = (ArchiveSearcher) searchers.acquire();
    try {
      return StoredDocuments.map(s, volumes, reader);
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public List<VolumeInfo> volumes() throws IOException {
    ArchiveSearcher s = (ArchiveSearcher) searchers.acquire();
    try {
      Optional<SortedSetDocValuesReaderState> state = s.facets(Facet.VOLUME.dim());
      if (state.isEmpty()) return List.of();
      FacetsCollector fc = s.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      FacetResult fr =
          new SortedSetDocValuesFacetCounts(state.get(), fc).getAllChildren(Facet.VOLUME.dim());
      List<VolumeInfo> volumes = new ArrayList<>();
      for (var lv : fr == null ? new org.apache.lucene.facet.LabelAndValue[0] : fr.labelValues) {
        volumes.add(new VolumeInfo(lv.label, title(s, lv.label), lv.value.intValue()));
      }
      return volumes;
    } finally {
      searchers.release(s);
    }
  }

  private static String title(ArchiveSearcher s, String volume) throws IOException {
    ScoreDoc[] first =
        s.search(new TermQuery(new Term(IndexSchema.VOLUME.name(), volume)), 1).scoreDocs;
    return first.length == 0 ? "" : StoredDocuments.volumeTitle(s, first[0].doc);
  }

  @Override
  public int count() throws IOException {
    ArchiveSearcher s = (ArchiveSearcher) searchers.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public int count(IndexField field, String value) throws IOException {
    if (field.kind() != IndexField.Kind.KEYWORD)
      throw new IllegalArgumentException("'" + field.name() + "' is not a keyword field");
    ArchiveSearcher s = (ArchiveSearcher) searchers.acquire();
    try {
      return s.count(new TermQuery(new Term(field.name(), value)));
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      searchers.close();
    }
  }
}
