package org.chancery.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.chancery.search.SearchRequest;
import org.chancery.search.VolumeInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an importing process (as {@code kill -9} would) and checks that every volume in the archive
 * is whole: as before the import, or as after it, never in between.
 */
class CrashImportTest {
  private static final int VOLUMES = 16;
  private static final int OLD_DOCS = 30;
  private static final int NEW_DOCS = 60;
  private static final int KILL_AFTER = 4;

  @TempDir Path tmp;

  @Test
  void killedImportLeavesEveryVolumeWhole() throws Exception {
    Path archive = tmp.resolve("archive");
    try (Archive a = Archive.open(archive)) {
      a.importer()
          .readers(f -> new FakeVolumeReader())
          .importPaths(files("old", VOLUMES / 2, OLD_DOCS, 0));
    }
    List<String> output = importAndKill(archive, files("new", VOLUMES, NEW_DOCS, 5));
    assertTrue(!output.contains("finished"), "the import ended before it was killed: " + output);
    Map<String, Integer> counts = counts(archive);
    for (int v = 0; v < VOLUMES; v++) {
      int n = counts.getOrDefault(volume(v), 0);
      Set<Integer> whole = v < VOLUMES / 2 ? Set.of(OLD_DOCS, NEW_DOCS) : Set.of(0, NEW_DOCS);
      assertTrue(whole.contains(n), volume(v) + " has " + n + " documents: " + counts);
    }
    assertTrue(counts.containsValue(NEW_DOCS), "no volume was replaced before the kill: " + counts);
    assertTrue(
        counts.size() < VOLUMES || counts.containsValue(OLD_DOCS),
        "every volume was replaced: " + counts);
  }

  private static String volume(int v) {
    return String.format("v%02d", v);
  }

  private List<Path> files(String version, int volumes, int docs, int sleepMs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int v = 0; v < volumes; v++) {
      files.add(
          FakeVolumeReader.write(
              tmp.resolve(version),
              volume(v) + ".txt",
              "volume " + volume(v) + " Volume " + v,
              "sleep " + sleepMs,
              "many " + docs + " " + version + " text of the volume, " + "words ".repeat(200)));
    }
    return files;
  }

  // Starts the child JVM, waits until it has committed KILL_AFTER volumes, and kills it at once.
  private static List<String> importAndKill(Path archive, List<Path> files) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                CrashImportChild.class.getName(),
                archive.toString()));
    files.forEach(f -> command.add(f.toString()));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        lines.add(line);
        if (line.equals("done " + KILL_AFTER)) break;
      }
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
    }
    assertTrue(lines.contains("done " + KILL_AFTER), "the child never got that far: " + lines);
    return lines;
  }

  private static Map<String, Integer> counts(Path archive) throws Exception {
    Map<String, Integer> counts = new HashMap<>();
    try (Archive a = Archive.openExisting(archive)) {
      for (VolumeInfo v : a.search().volumes()) counts.put(v.id(), v.documents());
      assertEquals(
          counts.values().stream().mapToInt(i -> i).sum(),
          a.search().search(SearchRequest.of("")).total());
    }
    return counts;
  }
}
