package org.chancery.search;

import static org.chancery.search.TestDocuments.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneIndexWriterTest {
  @TempDir Path dir;

  @Test
  void withoutAnIntervalEachVolumeIsCommittedUnasked() throws Exception {
    try (LuceneIndexWriter w = LuceneIndexWriter.open(dir, Duration.ZERO)) {
      CompletableFuture<Integer> v1 = w.replaceVolume("v1", "One", volume("v1", 3));
      assertEquals(0, v1.get(30, TimeUnit.SECONDS));
      assertEquals(3, committedDocuments());
      CompletableFuture<Integer> again = w.replaceVolume("v1", "One", volume("v1", 2));
      again.get(30, TimeUnit.SECONDS);
      assertEquals(2, committedDocuments());
    }
  }

  @Test
  void volumesWaitForTheCheckpointOrAnAskedCommit() throws Exception {
    try (LuceneIndexWriter w = LuceneIndexWriter.open(dir, Duration.ofHours(1))) {
      CompletableFuture<Integer> v1 = w.replaceVolume("v1", "One", volume("v1", 3));
      CompletableFuture<Integer> v2 = w.replaceVolume("v2", "Two", volume("v2", 4));
      assertFalse(v1.isDone());
      assertEquals(0, committedDocuments());
      w.commit().get(30, TimeUnit.SECONDS);
      // The volumes' futures follow the commit's on the committer thread.
      assertEquals(0, v1.get(30, TimeUnit.SECONDS));
      assertEquals(0, v2.get(30, TimeUnit.SECONDS));
      assertEquals(7, committedDocuments());
    }
  }

  @Test
  void volumesIndexedOnSeveralThreadsAreCommittedTogetherEachInOneSegment() throws Exception {
    int volumes = 8;
    int perVolume = 40;
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try (LuceneIndexWriter w = LuceneIndexWriter.open(dir, Duration.ofHours(1))) {
      List<Future<CompletableFuture<Integer>>> replaced = new ArrayList<>();
      for (int v = 1; v <= volumes; v++) {
        String name = "v" + v;
        replaced.add(threads.submit(() -> w.replaceVolume(name, name, volume(name, perVolume))));
      }
      for (Future<CompletableFuture<Integer>> r : replaced) r.get(30, TimeUnit.SECONDS);
      w.commit().get(30, TimeUnit.SECONDS);
    } finally {
      threads.shutdown();
    }
    try (Directory d = FSDirectory.open(dir);
        DirectoryReader r = DirectoryReader.open(d)) {
      assertEquals(volumes * perVolume, r.numDocs());
      for (int v = 1; v <= volumes; v++) {
        Term volume = new Term(IndexSchema.VOLUME.name(), "v" + v);
        List<Integer> inSegments = new ArrayList<>();
        for (LeafReaderContext leaf : r.leaves()) {
          int n = leaf.reader().docFreq(volume);
          if (n > 0) inSegments.add(n);
        }
        assertEquals(List.of(perVolume), inSegments, volume.text());
      }
    }
  }

  @Test
  void closingCommitsWhatIsPending() throws Exception {
    CompletableFuture<Integer> v1;
    try (LuceneIndexWriter w = LuceneIndexWriter.open(dir, Duration.ofHours(1))) {
      v1 = w.replaceVolume("v1", "One", volume("v1", 5));
    }
    assertEquals(0, v1.getNow(-1));
    assertEquals(5, committedDocuments());
  }

  private int committedDocuments() throws IOException {
    try (Directory d = FSDirectory.open(dir);
        DirectoryReader r = DirectoryReader.open(d)) {
      return r.numDocs();
    }
  }

  private static List<org.chancery.model.Document> volume(String volume, int documents) {
    return java.util.stream.IntStream.rangeClosed(1, documents)
        .mapToObj(i -> doc(volume, "d" + i, "text of document " + i).build())
        .toList();
  }
}
