package org.chancery.search;

import static org.chancery.search.TestDocuments.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
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
