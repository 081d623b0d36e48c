package org.chancery.serve.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.chancery.archive.Archive;
import org.chancery.archive.Generation;
import org.chancery.serve.web.LiveArchive;
import org.chancery.serve.web.ReadingRoom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server over an archive folder while {@code chancery import} adds and replaces volumes: every
 * request is answered from one whole generation, and each new generation is served within seconds.
 */
class LiveServeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private Path dir;
  private LiveArchive live;
  private ReadingRoom room;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  // The room is started by each test; its port is asked for when a request is sent.
  private final ServedGenerations served = new ServedGenerations(http, () -> this.room.port());
  // Each generation the load saw, with the totals it got for "every document" under it.
  private final Map<String, Set<Integer>> totals = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean loading = new AtomicBoolean(true);
  private final List<Thread> load = new ArrayList<>();

  @BeforeEach
  void serveOneVolume() throws Exception {
    dir = tmp.resolve("archive");
    importAndLink(resource("/seed.txt"));
    live = LiveArchive.watch(dir, 100);
    room = ReadingRoom.start(live, "127.0.0.1", 0, Map.of());
    for (int i = 0; i < 3; i++) {
      Thread t = new Thread(this::searchUntilStopped, "load-" + i);
      t.start();
      load.add(t);
    }
  }

  @AfterEach
  void stop() throws Exception {
    loading.set(false);
    for (Thread t : load) t.join(10_000);
    if (room != null) room.close();
    if (live != null) live.close();
  }

  @Test
  void servesEachImportWholeWithinSecondsAndNeverHalfOfOne() throws Exception {
    served.awaitGeneration(1, 1);
    importAndLink(resource("/web/frus9998.xml"), resource("/web/frus9999.xml"));
    JsonNode added = served.awaitGeneration(2, 3);
    // The same volume again: replaced whole, the same documents.
    importAndLink(resource("/web/frus9998.xml"));
    JsonNode replaced = served.awaitGeneration(3, 3);
    assertEquals(added.get("documents").asInt(), replaced.get("documents").asInt());
    stopLoad();
    assertTrue(failures.isEmpty(), () -> failures.toString());
    assertTrue(totals.keySet().containsAll(Set.of("1", "3")), totals::toString);
    totals.forEach(
        (generation, seen) ->
            assertEquals(1, seen.size(), "generation " + generation + ": " + seen));
    var headers = served.get("/api/v1/volumes");
    assertEquals("3", headers.headers().firstValue("X-Chancery-Generation").orElseThrow());
    assertEquals(3, JSON.readTree(headers.body()).size());
    assertTrue(served.get("/").body().contains("Last import:"));
  }

  @Test
  void anImporterKilledHalfWayLeavesTheServerOnTheLastWholeGeneration() throws Exception {
    JsonNode before = served.awaitGeneration(1, 1);
    Path big = Path.of(System.getProperty("chancery.corpus", "none"), "frus1894Nicaragua.xml");
    Process importer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Chancery.class.getName(),
                "import",
                "--archive",
                dir.toString(),
                resource("/web/frus9998.xml").toString(),
                Files.exists(big) ? big.toString() : resource("/web/frus9999.xml").toString())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("importer.log").toFile())
            .start();
    // Killed once it has begun to change the archive (the import's marker is there).
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(dir.resolve("links.pending")) && importer.isAlive()) {
      assertTrue(System.nanoTime() < until, "the importer did not begin");
      Thread.sleep(5);
    }
    importer.destroyForcibly().waitFor();
    Thread.sleep(2 * LiveArchive.POLL.toMillis());
    // Whatever the importer left, the server is on a whole generation: the one before, or (had it
    // finished before the kill) the next with every volume.
    JsonNode after = served.archive();
    long number = after.get("generation").asLong();
    assertEquals(Generation.read(dir).orElseThrow().number(), number);
    assertEquals(number == 1 ? 1 : 3, after.get("volumes").asInt(), after::toString);
    if (number == 1) assertEquals(before, after);
    // The next import finds the archive unlocked and whole, and the server follows it.
    importAndLink(resource("/web/frus9999.xml"));
    served.awaitGeneration(number + 1, number == 1 ? 2 : 3);
    stopLoad();
    assertTrue(failures.isEmpty(), () -> failures.toString());
    totals.forEach(
        (generation, seen) ->
            assertEquals(1, seen.size(), "generation " + generation + ": " + seen));
  }

  private void importAndLink(Path... files) throws Exception {
    try (Archive a = Archive.open(dir)) {
      StringWriter out = new StringWriter();
      var s =
          ImportCommand.importAndLink(
              a,
              List.of(files),
              Optional.empty(),
              new PrintWriter(out),
              new PrintWriter(new StringWriter()));
      assertTrue(s.failures().isEmpty(), out::toString);
    }
  }

  // Searches for every document, and lists the volumes, until told to stop; notes what it saw.
  private void searchUntilStopped() {
    while (loading.get()) {
      try {
        HttpResponse<String> r = served.get("/api/v1/search?q=&limit=1");
        String generation = r.headers().firstValue("X-Chancery-Generation").orElse("?");
        if (r.statusCode() != 200) failures.add(r.statusCode() + " " + r.body());
        else
          totals
              .computeIfAbsent(generation, g -> ConcurrentHashMap.newKeySet())
              .add(JSON.readTree(r.body()).get("total").asInt());
        HttpResponse<String> v = served.get("/api/v1/volumes");
        if (v.statusCode() != 200) failures.add(v.statusCode() + " " + v.body());
      } catch (Exception e) {
        failures.add(e.toString());
      }
    }
  }

  private void stopLoad() throws InterruptedException {
    loading.set(false);
    for (Thread t : load) t.join(10_000);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(LiveServeTest.class.getResource(name).toURI());
  }
}
