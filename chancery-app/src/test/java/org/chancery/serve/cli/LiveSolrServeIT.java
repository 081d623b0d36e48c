package org.chancery.serve.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.chancery.Corpus;
import org.chancery.archive.Generation;
import org.chancery.link.Link;
import org.chancery.link.LinkStore;
import org.chancery.serve.web.LiveArchive;
import org.chancery.serve.web.ReadingRoom;
import org.chancery.solr.CloudJdkSolrClient;
import org.chancery.solr.CollectionGenerations;
import org.chancery.solr.LocalSolrCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server over a SolrCloud collection ({@code serve --solr}) while {@code chancery import
 * --solr}, in its own process, adds and replaces volumes, and is killed half-way: every request is
 * answered from one whole generation (a query's total never mixes two), each new generation is
 * served with its links within seconds of its publish, and a killed import leaves the server on the
 * last whole generation. The server and the importer keep their links in folders of their own, as
 * on two machines: the server gets each generation's links from the cluster.
 */
class LiveSolrServeIT {
  private static final String COLLECTION = "live";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DIR = Path.of("target", "solrcloud-it", "live-serve");

  private static LocalSolrCloud cloud;
  private static CloudJdkSolrClient client;
  // The importer's links folder, and the server's.
  private static Path links;
  private static Path servedLinks;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  // The room is started by each test; its port is asked for when a request is sent.
  private final ServedGenerations served = new ServedGenerations(http, () -> this.room.port());
  // Each generation the load saw, with the totals it got for "every document" under it.
  private final Map<String, Set<Integer>> totals = new ConcurrentHashMap<>();
  // When the load first saw each generation.
  private final Map<String, Instant> firstSeen = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean loading = new AtomicBoolean(true);
  private final AtomicInteger answered = new AtomicInteger();
  private ReadingRoom room;

  @BeforeAll
  static void startCluster() throws Exception {
    Corpus.frus();
    cloud = LocalSolrCloud.start(DIR.resolve("cluster"));
    client = cloud.client();
    LocalSolrCloud.createCollection(client, COLLECTION, 2, 1);
    links = Files.createTempDirectory(Files.createDirectories(DIR), "importer-links");
    servedLinks = Files.createTempDirectory(DIR, "server-links");
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (client != null) client.close();
    if (cloud != null) cloud.close();
  }

  @Test
  void servesEachGenerationWholeWithItsLinksAndOutlivesAKilledImport() throws Exception {
    importInProcess("frus1861");
    try (ArchiveSource source = ArchiveSource.solr(cloud.zkHost(), COLLECTION, servedLinks);
        LiveArchive live = ServeCommand.watch(source, 100)) {
      room = ReadingRoom.start(live, "127.0.0.1", 0, Map.of());
      List<Thread> load = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Thread t = new Thread(this::searchUntilStopped, "load-" + i);
        t.start();
        load.add(t);
      }
      try {
        served.awaitGeneration(1, 1);

        // A volume added and one replaced, by the importer in its own process.
        Process importer = importer("frus1918Russiav03", "frus1861");
        assertTrue(importer.waitFor(10, TimeUnit.MINUTES), "the import did not end");
        assertEquals(0, importer.exitValue(), Files.readString(DIR.resolve("importer.log")));
        Generation second = published();
        assertEquals(2, second.number());
        served.awaitGeneration(2, 2);
        assertServedSoonAfterItsPublish(second);
        assertLinksServed(second, "frus1918Russiav03");

        // Killed at a random moment once it has begun.
        Process killed = importer("frus1934v04");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(links.resolve("links.pending")) && killed.isAlive()) {
          assertTrue(System.nanoTime() < until, "the importer did not begin");
          Thread.sleep(5);
        }
        long delay = new Random().nextInt(4000);
        Thread.sleep(delay);
        killed.destroyForcibly().waitFor();
        System.out.printf("killed the importer %d ms after it began%n", delay);
        Thread.sleep(2 * LiveArchive.POLL.toMillis());
        JsonNode after = served.archive();
        long number = after.get("generation").asLong();
        System.out.printf("after the kill: generation %d served%n", number);
        assertEquals(published().number(), number);
        assertEquals(number == 2 ? 2 : 3, after.get("volumes").asInt(), after::toString);

        // The next import deletes what the killed one left, and the server follows it.
        importInProcess("frus1934v04");
        served.awaitGeneration(number + 1, 3);
        assertServedSoonAfterItsPublish(published());
      } finally {
        loading.set(false);
        for (Thread t : load) t.join(10_000);
        room.close();
      }
    }
    assertTrue(failures.isEmpty(), () -> failures.toString());
    assertTrue(totals.keySet().containsAll(Set.of("1", "2")), totals::toString);
    totals.forEach(
        (generation, seen) ->
            assertEquals(1, seen.size(), "generation " + generation + ": " + seen));
    System.out.printf("%d searches answered; totals by generation: %s%n", answered.get(), totals);
  }

  // The load saw g within seconds of its publish (the importer waits on after it, for the versions
  // it replaced to go).
  private void assertServedSoonAfterItsPublish(Generation g) {
    Instant seen = firstSeen.get(Long.toString(g.number()));
    assertTrue(seen != null, "the load never saw generation " + g.number());
    Duration served = Duration.between(g.committed(), seen);
    System.out.printf(
        "generation %d served %d ms after its publish%n", g.number(), served.toMillis());
    assertTrue(served.toSeconds() < 10, "served " + served + " after the publish");
  }

  // The links of a document of the new volume are served with it.
  private void assertLinksServed(Generation g, String volume) throws Exception {
    Optional<Link> link;
    try (LinkStore store = LinkStore.open(links, g)) {
      link =
          store.all().stream()
              .filter(l -> l.source().startsWith(volume + "/") && l.target().isPresent())
              .findFirst();
    }
    assertTrue(link.isPresent(), "no resolved link from " + volume);
    assertTrue(LinkStore.holds(servedLinks, g), "the server's folder lacks the links of " + g);
    HttpResponse<String> r = served.get("/api/v1/links/" + link.get().source());
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(
        Long.toString(g.number()), r.headers().firstValue("X-Chancery-Generation").orElseThrow());
    assertTrue(r.body().contains(link.get().target().get()), r.body());
  }

  private static Generation published() throws Exception {
    return new CollectionGenerations(client, COLLECTION).last().orElseThrow();
  }

  private static void importInProcess(String... volumes) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var s =
        ImportCommand.importIntoSolr(
            cloud.zkHost(),
            COLLECTION,
            links,
            files(volumes),
            new PrintWriter(out),
            new PrintWriter(err));
    assertTrue(s.failures().isEmpty(), out + "\n" + err);
  }

  // chancery import --solr, in its own process.
  private static Process importer(String... volumes) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                Chancery.class.getName(),
                "import",
                "--solr",
                cloud.zkHost(),
                "--collection",
                COLLECTION,
                "--links",
                links.toString()));
    files(volumes).forEach(f -> command.add(f.toString()));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(DIR.resolve("importer.log").toFile())
        .start();
  }

  private static List<Path> files(String... volumes) {
    List<Path> files = new ArrayList<>();
    for (String v : volumes) files.add(Corpus.volume(v));
    return files;
  }

  // Searches for every document until told to stop; notes what it saw under which generation.
  private void searchUntilStopped() {
    while (loading.get()) {
      try {
        HttpResponse<String> r = served.get("/api/v1/search?q=&limit=1");
        String generation = r.headers().firstValue("X-Chancery-Generation").orElse("?");
        firstSeen.putIfAbsent(generation, Instant.now());
        answered.incrementAndGet();
        if (r.statusCode() != 200) failures.add(r.statusCode() + " " + r.body());
        else
          totals
              .computeIfAbsent(generation, g -> ConcurrentHashMap.newKeySet())
              .add(JSON.readTree(r.body()).get("total").asInt());
      } catch (Exception e) {
        failures.add(e.toString());
      }
    }
  }
}
