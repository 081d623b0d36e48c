package org.chancery.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.chancery.model.Document;
import org.chancery.search.meaning.MeaningModel;

/**
 * The in-process Lucene search backend over an index directory.
 *
 * <p>Searching is single-threaded per query (on two cores, parallel segments cost more than they
 * save). Totals are exact and facets are counted from doc values over all matches ({@link
 * MatchTallies}, which remembers each segment's counts); the page of hits comes from a pass that
 * skips what cannot reach it. The searcher is shared and replaced only by {@link #refresh()}.
 */
public final class LuceneSearchBackend implements SearchBackend {
  /** The most values returned for one facet. */
  public static final int FACET_VALUES = 100;

  /**
   * How far down each of a hybrid search's rankings (words, meaning) is read before they are fused:
   * the documents nearest in meaning that a search adds are at most this many.
   */
  public static final int HYBRID_DEPTH = 100;

  private final Directory directory;
  private final MatchTallies tallies = new MatchTallies(MatchTallies.DEFAULT_CAPACITY);
  private final SearcherManager searchers;
  private final Analyzer analyzer = new HistorianAnalyzer();
  private final LuceneQueries queries = new LuceneQueries(analyzer);
  private final Relatives relatives = new Relatives(new Likeness(analyzer));

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
      Query words = SearchFilters.apply(queries.toLucene(r.query()), r);
      int depth = Math.max(HYBRID_DEPTH, r.offset() + r.limit());
      Optional<Meanings.Near> meaning =
          r.mode() == SearchRequest.Mode.HYBRID ? near(s, r, depth) : Optional.empty();
      Query q = meaning.isEmpty() ? words : either(words, meaning.get().matches());
      boolean fusing = meaning.isPresent() && r.sort() == SearchRequest.Sort.RELEVANCE;
      // The page is found in one pass that may skip what cannot reach it; the total and facets are
      // counted in another (or recalled, segment by segment), over every match.
      MatchTallies.Counted counted = tallies.count(s, q, List.copyOf(r.facets()));
      // The total comes from the count, so the page's pass need count nothing: once it holds a
      // page, it skips every document that cannot reach it (by default Lucene would first count a
      // thousand).
      int page = Math.max(1, r.offset() + r.limit());
      TopDocs docs =
          fusing
              ? new TopDocs(
                  new TotalHits(counted.total(), TotalHits.Relation.EQUAL_TO),
                  RankFusion.fuse(
                      List.of(
                          s.search(words, depth, Sorts.BY_RELEVANCE, true).scoreDocs,
                          meaning.get().ranking())))
              : s.search(q, new TopFieldCollectorManager(Sorts.of(r.sort()), page, null, page));
      List<Hit> hits = hits(s, r, words, docs);
      return new SearchResult(
          counted.total(), hits, counted.facets(), (System.nanoTime() - start) / 1e6);
    } finally {
      searchers.release(s);
    }
  }

  // The documents, of the depth nearest in meaning to the query's words, that are close enough
  // and meet its other conditions and the request's filters; empty when the query has no words or
  // the archive no meanings.
  private Optional<Meanings.Near> near(ArchiveSearcher s, SearchRequest r, int depth)
      throws IOException {
    if (Meanings.count(s.getIndexReader()) == 0) return Optional.empty();
    Optional<float[]> asked = MeaningModel.shared().query(r.query().words());
    if (asked.isEmpty()) return Optional.empty();
    Query conditions = SearchFilters.apply(queries.toLucene(r.query().conditions()), r);
    return Optional.of(Meanings.near(s, asked.get(), depth, conditions));
  }

  private static Query either(Query a, Query b) {
    return new BooleanQuery.Builder()
        .add(a, BooleanClause.Occur.SHOULD)
        .add(b, BooleanClause.Occur.SHOULD)
        .build();
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
  public List<RelatedDocument> related(String key, int limit, RelatedBy by) throws IOException {
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1: " + limit);
    ArchiveSearcher s = (ArchiveSearcher) searchers.acquire();
    try {
      ScoreDoc[] found =
          s.search(new TermQuery(new Term(IndexSchema.KEY.name(), key)), 1).scoreDocs;
      if (found.length == 0) return List.of();
      Optional<Document> d = StoredDocuments.source(s, found[0].doc);
      if (d.isEmpty()) return List.of();
      return relatives.of(s, d.get(), found[0].doc, limit, by);
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public int meanings() throws IOException {
    ArchiveSearcher s = (ArchiveSearcher) searchers.acquire();
    try {
      return Meanings.count(s.getIndexReader());
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
      Optional<FacetOrdinals> ords = s.facets(Facet.VOLUME.dim());
      if (ords.isEmpty()) return List.of();
      FacetsCollector fc = s.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      FacetResult fr =
          new SortedSetDocValuesFacetCounts(ords.get().state(), fc)
              .getAllChildren(Facet.VOLUME.dim());
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
  public List<String> keys(IndexField field, String value, int limit) throws IOException {
    if (field.kind() != IndexField.Kind.KEYWORD)
      throw new IllegalArgumentException("'" + field.name() + "' is not a keyword field");
    ArchiveSearcher s = (ArchiveSearcher) searchers.acquire();
    try {
      List<String> out = new ArrayList<>();
      for (ScoreDoc sd : s.search(new TermQuery(new Term(field.name(), value)), limit).scoreDocs)
        out.add(ArchiveSearcher.key(s, sd.doc).utf8ToString());
      return out;
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
