package org.chancery.serve.cli;

import static org.chancery.serve.cli.InspectCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chancery.archive.Archive;
import org.chancery.serve.cli.InspectCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path tmp;

  // The module's tests run in chancery-app/; the bundled samples lie beside it.
  private static final Path SAMPLES = Path.of("..", "samples");

  @Test
  void importsTheSamplesSearchesAndShowsTheChacoThread() {
    Path archive = tmp.resolve("demo");
    Run r =
        run("demo", "--no-serve", "--samples", SAMPLES.toString(), "--archive", archive.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("imported 3 volumes, 1132 documents"), r.out());
    assertTrue(r.out().contains("search \"Red Army\": 1 document\n"), r.out());
    String header = "thread of frus1934v04/d102 (\"Your 237, April 30, 2 p.m.\"):\n";
    String thread = r.out().substring(r.out().indexOf(header) + header.length());
    assertTrue(thread.startsWith("  frus1934v04/d101"), thread);
    assertTrue(thread.contains("\n  frus1934v04/d102"), thread);
  }

  @Test
  void startsFromAFreshArchiveEachTime() {
    Path archive = tmp.resolve("demo");
    run("demo", "--no-serve", "--samples", SAMPLES.toString(), "--archive", archive.toString());
    Run again =
        run("demo", "--no-serve", "--samples", SAMPLES.toString(), "--archive", archive.toString());
    assertTrue(again.out().contains("0 replaced"), again.out());
  }

  @Test
  void neverDeletesAFolderThatIsNotAnArchive() throws IOException {
    Path other = Files.createDirectories(tmp.resolve("notes"));
    Files.writeString(other.resolve("mine.txt"), "keep me");
    IOException e = assertThrows(IOException.class, () -> Archive.delete(other));
    assertTrue(e.getMessage().startsWith("not a Chancery archive"), e.getMessage());
    assertTrue(Files.exists(other.resolve("mine.txt")));
  }
}
