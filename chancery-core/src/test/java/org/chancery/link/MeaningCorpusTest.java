package org.chancery.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chancery.Corpus;
import org.chancery.archive.Archive;
import org.chancery.search.Hit;
import org.chancery.search.LuceneSearchBackend;
import org.chancery.search.RelatedBy;
import org.chancery.search.SearchBench;
import org.chancery.search.SearchRequest;
import org.chancery.search.SearchResult;
import org.chancery.search.meaning.MeaningModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shared volume imported with its meanings: every document has one, the vectors find documents
 * the editors cite, and a hybrid search keeps what a keyword search finds first.
 */
class MeaningCorpusTest {
  @TempDir static Path dir;
  static Archive archive;
  static List<RelatedEvaluation.Pair> pairs;

  @BeforeAll
  static void importWithMeanings() throws Exception {
    archive = Archive.open(dir);
    archive
        .importer(Archive.CHECKPOINT, Optional.of(MeaningModel.shared()))
        .importPaths(List.of(Corpus.volume("frus1918Russiav03")));
    pairs =
        RelatedEvaluation.pairs(EditorResolvedEvaluation.run(archive.search()::forEachDocument));
  }

  @AfterAll
  static void close() throws Exception {
    archive.close();
  }

  @Test
  void everyDocumentHasItsMeaning() throws Exception {
    assertEquals(archive.search().count(), archive.search().meanings());
  }

  @Test
  void theVectorsFindCitedDocumentsAndFusionKeepsWhatWordsFind() throws Exception {
    assertTrue(pairs.size() >= 20, "pairs: " + pairs.size());
    var words = RelatedEvaluation.run(pairs, archive.search(), RelatedBy.WORDS);
    var meaning = RelatedEvaluation.run(pairs, archive.search(), RelatedBy.MEANING);
    var both = RelatedEvaluation.run(pairs, archive.search(), RelatedBy.BOTH);
    // Measured: 20, 14 and 20 of 33 within 10; the floors leave room for the model's rounding.
    assertTrue(meaning.foundWithin(10) >= pairs.size() / 4, "meaning: " + meaning.ranks());
    assertTrue(both.foundWithin(10) >= words.foundWithin(10) - 2, "both: " + both.ranks());
  }

  @Test
  void aHybridSearchFindsWhatTheKeywordSearchFindsAndAtMostAHundredMore() throws Exception {
    List<String> queries = SearchBench.readQueries(Corpus.shared().resolve("bench/queries.txt"));
    int checked = 0;
    int firstKept = 0;
    for (String q : queries) {
      SearchRequest keyword = SearchRequest.of(q).page(0, 10);
      SearchResult k = archive.search().search(keyword);
      if (k.hits().isEmpty()) continue;
      SearchResult h = archive.search().search(keyword.mode(SearchRequest.Mode.HYBRID));
      assertTrue(h.total() >= k.total(), q);
      assertTrue(h.total() <= k.total() + LuceneSearchBackend.HYBRID_DEPTH, q);
      List<String> keys = h.hits().stream().map(Hit::key).toList();
      assertEquals(keys.size(), keys.stream().distinct().count(), q + ": " + keys);
      if (keys.contains(k.hits().get(0).key())) firstKept++;
      checked++;
    }
    assertTrue(checked >= 10, "queries with hits: " + checked);
    // Measured: the keyword search's first hit is on the hybrid first page for most queries.
    assertTrue(firstKept >= checked * 3 / 4, firstKept + " of " + checked);
  }
}
