package org.chancery.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.AlreadyClosedException;
import org.chancery.archive.Archive;
import org.chancery.archive.Generation;
import org.chancery.link.ArchiveLinker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A live archive switches generations without pulling one from under a request. */
class LiveArchiveTest {
  @TempDir Path dir;

  @Test
  void aViewInUseOutlivesItsGenerationAndClosesWhenLetGo() throws Exception {
    try (Archive a = Archive.open(dir)) {
      a.importer().importPaths(List.of(TestRoom.resource("/web/frus9998.xml")));
      ArchiveLinker.relink(a);
      try (LiveArchive live = LiveArchive.watch(dir, 10)) {
        ArchiveView old = live.acquire();
        assertEquals(1, old.generation().orElseThrow().number());
        ArchiveLinker.relink(a);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (live.generation().map(Generation::number).orElse(0L) != 2) {
          assertTrue(System.nanoTime() < until, "generation 2 not served");
          Thread.sleep(20);
        }
        // Still answering for the request that holds it, from its own commit.
        assertTrue(old.library().document("frus9998", "d1").isPresent());
        live.release(old);
        assertThrows(AlreadyClosedException.class, () -> old.library().document("frus9998", "d1"));
        ArchiveView now = live.acquire();
        assertTrue(now.library().document("frus9998", "d1").isPresent());
        live.release(now);
      }
    }
  }

  @Test
  void answersOutsideTheRoomFollowTheGenerationToo() throws Exception {
    try (Archive a = Archive.open(dir)) {
      a.importer().importPaths(List.of(TestRoom.resource("/web/frus9998.xml")));
      ArchiveLinker.relink(a);
      try (LiveArchive live = LiveArchive.watch(dir, 10)) {
        AnswerSource answers = live.answers("http://127.0.0.1:7070/");
        assertTrue(answers.answer(x -> x.document("frus9999", "d1")).isEmpty());
        a.importer().importPaths(List.of(TestRoom.resource("/web/frus9999.xml")));
        ArchiveLinker.update(a, java.util.Set.of("frus9999"));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (answers.answer(x -> x.document("frus9999", "d1")).isEmpty()) {
          assertTrue(System.nanoTime() < until, "the new volume not answered");
          Thread.sleep(20);
        }
        String doc = answers.answer(x -> x.document("frus9999", "d1")).orElseThrow();
        assertTrue(doc.contains("\"url\":\"http://127.0.0.1:7070/frus9999/d1\""), doc);
      }
    }
  }
}
