package org.chancery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.chancery.Corpus;
import org.chancery.model.Document;
import org.chancery.read.tei.TeiVolumeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchTalliesCorpusTest {
  private static final List<Facet> FACETS = List.copyOf(Facet.LISTED);
  private static final List<String> QUERIES =
      List.of("treaty", "\"Secretary of State\"", "silver tariff", "recognition OR Soviet");

  @TempDir Path dir;
  private final Analyzer analyzer = new HistorianAnalyzer();

  // What Lucene's own facet counts give for q, every listed facet, and the exact total.
  private static Map<Facet, List<FacetCount>> lucene(ArchiveSearcher s, Query q) throws Exception {
    FacetsCollector fc = s.search(q, new FacetsCollectorManager());
    Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
    for (Facet f : FACETS) {
      FacetResult r =
          s.facets(f.dim()).isEmpty()
              ? null
              : new SortedSetDocValuesFacetCounts(s.facets(f.dim()).get().state(), fc)
                  .getTopChildren(LuceneSearchBackend.FACET_VALUES, f.dim());
      out.put(
          f,
          r == null
              ? List.of()
              : Arrays.stream(r.labelValues)
                  .map(lv -> new FacetCount(lv.label, lv.value.intValue()))
                  .toList());
    }
    return out;
  }

  private List<Query> queries() throws Exception {
    LuceneQueries lucene = new LuceneQueries(analyzer);
    List<Query> out = new ArrayList<>(List.of(new MatchAllDocsQuery()));
    for (String q : QUERIES) out.add(lucene.toLucene(QueryParser.parse(q)));
    return out;
  }

  private static List<Document> read(String volume) throws Exception {
    List<Document> docs = new ArrayList<>();
    new TeiVolumeReader().read(Corpus.volume(volume), docs::add);
    return docs;
  }

  // Every query's total and facets, counted afresh and recalled, against Lucene's facet counts.
  private int compare(MatchTallies tallies, ArchiveSearcher s) throws Exception {
    int checked = 0;
    for (Query q : queries()) {
      Map<Facet, List<FacetCount>> expected = lucene(s, q);
      int total = s.count(q);
      for (int pass = 0; pass < 2; pass++) {
        MatchTallies.Counted counted = tallies.count(s, q, FACETS);
        assertEquals(total, counted.total(), q + " pass " + pass);
        assertEquals(expected, counted.facets(), q + " pass " + pass);
      }
      checked += total;
    }
    return checked;
  }

  @Test
  void countsAreLuceneFacetCountsAcrossSegmentsDeletionsAndReopenedReaders() throws Exception {
    List<Document> first = read("frus1882");
    List<Document> second = read("frus1918Russiav03");
    try (LuceneIndexWriter w = LuceneIndexWriter.open(dir, Duration.ZERO)) {
      w.replaceVolume("frus1882", "first", first).join();
      w.commit().join();
      w.replaceVolume("frus1918Russiav03", "second", second).join();
      w.commit().join();
    }
    MatchTallies tallies = new MatchTallies(MatchTallies.DEFAULT_CAPACITY);
    try (var directory = FSDirectory.open(dir)) {
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertTrue(reader.leaves().size() > 1, "segments: " + reader.leaves().size());
        assertTrue(compare(tallies, new ArchiveSearcher(reader, analyzer)) > 1000);
      }
      // The first volume again, shorter: its old segment gains deletions, a new one holds it.
      try (LuceneIndexWriter w = LuceneIndexWriter.open(dir, Duration.ZERO)) {
        w.replaceVolume("frus1882", "first", first.subList(0, first.size() / 2)).join();
        w.commit().join();
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertTrue(reader.hasDeletions() || reader.leaves().size() > 1);
        assertTrue(compare(tallies, new ArchiveSearcher(reader, analyzer)) > 500);
      }
    }
    // Remembering nothing counts the same.
    try (var directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      compare(new MatchTallies(0), new ArchiveSearcher(reader, analyzer));
    }
  }
}
