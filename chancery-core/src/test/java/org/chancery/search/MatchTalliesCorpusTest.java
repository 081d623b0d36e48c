package org.chancery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.chancery.Corpus;
import org.chancery.model.Document;
import org.chancery.read.tei.TeiVolumeReader;
import org.chancery.understand.people.VolumeNames;
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

  // Writes the volumes as the import does, into one segment of their own that no merge folds away
  // (the import's merge policy folds small segments together).
  private void write(Map<String, List<Document>> volumes) throws Exception {
    try (var directory = FSDirectory.open(dir);
        IndexWriter w =
            new IndexWriter(
                directory, LuceneIndexWriter.config().setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (var v : volumes.entrySet()) {
        VolumeNames names = VolumeNames.of(v.getValue());
        List<org.apache.lucene.document.Document> lucene = new ArrayList<>();
        for (Document d : v.getValue()) lucene.add(LuceneDocuments.of(d, v.getKey(), names, 0));
        w.updateDocuments(new Term(IndexSchema.VOLUME.name(), v.getKey()), lucene);
      }
      w.commit();
    }
  }

  @Test
  void countsAreLuceneFacetCountsAcrossSegmentsDeletionsAndReopenedReaders() throws Exception {
    List<Document> first = read("frus1882");
    write(Map.of("frus1882", first, "frus1901", read("frus1901")));
    write(Map.of("frus1918Russiav03", read("frus1918Russiav03")));
    MatchTallies tallies = new MatchTallies(MatchTallies.DEFAULT_CAPACITY);
    try (var directory = FSDirectory.open(dir)) {
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertTrue(reader.leaves().size() > 1, "segments: " + reader.leaves().size());
        assertTrue(compare(tallies, new ArchiveSearcher(reader, analyzer)) > 1000);
      }
      // The first volume again, shorter: its old segment gains deletions, a new one holds it.
      write(Map.of("frus1882", first.subList(0, first.size() / 2)));
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertTrue(reader.hasDeletions(), "deletions");
        assertEquals(3, reader.leaves().size());
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
