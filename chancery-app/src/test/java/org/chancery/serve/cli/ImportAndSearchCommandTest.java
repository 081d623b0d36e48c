package org.chancery.serve.cli;

import static org.chancery.serve.cli.InspectCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chancery.serve.cli.InspectCommandTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportAndSearchCommandTest {
  @TempDir Path tmp;
  Path archive;

  // Fixtures may sit in chancery-core's test jar, so they are copied out to files.
  private String resource(String name) throws Exception {
    Path file =
        tmp.resolve(name.substring(name.lastIndexOf('/') + 1).replace("small-volume", "small"));
    if (!Files.exists(file)) {
      try (var in = getClass().getResourceAsStream(name)) {
        Files.copy(in, file);
      }
    }
    return file.toString();
  }

  @BeforeEach
  void importFixtures() throws Exception {
    archive = tmp.resolve("archive");
    Run r =
        run(
            "import",
            "--archive",
            archive.toString(),
            resource("/seed.txt"),
            resource("/tei/small-volume.xml"));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("imported 2 volumes, "), r.out());
  }

  private JsonNode json(String... args) throws Exception {
    Run r = run(args);
    assertEquals(0, r.exit(), r.err());
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void findsTheSeedByAPhraseWithAHighlightedSnippet() throws Exception {
    JsonNode r = json("search", "--archive", archive.toString(), "--json", "\"Red Army\"");
    assertEquals(1, r.get("total").asInt());
    JsonNode hit = r.get("hits").get(0);
    assertEquals("seed", hit.get("volume").asText());
    assertEquals("d1", hit.get("id").asText());
    JsonNode snippet = hit.get("snippet");
    JsonNode first = snippet.get("highlights").get(0);
    assertEquals(
        "Red Army",
        snippet
            .get("text")
            .asText()
            .substring(first.get("start").asInt(), first.get("end").asInt()),
        hit.toString());
    assertEquals(1, r.get("facets").get("type").get("telegram").asInt());
    assertTrue(r.has("tookMs"));
  }

  @Test
  void anImportWithEmbedStoresMeaningsThatAHybridSearchAndEvalRelatedUse() throws Exception {
    Path embedded = tmp.resolve("embedded");
    Run r =
        run(
            "import",
            "--archive",
            embedded.toString(),
            "--embed",
            resource("/seed.txt"),
            resource("/tei/small-volume.xml"));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("meanings (all-MiniLM-L6-v2-q) stored for "), r.out());
    assertFalse(r.err().contains("WARN"), "no warnings about GPUs: " + r.err());
    JsonNode keyword = json("search", "--archive", embedded.toString(), "--json", "army");
    JsonNode hybrid =
        json("search", "--archive", embedded.toString(), "--json", "--mode", "hybrid", "army");
    assertTrue(hybrid.get("total").asInt() >= keyword.get("total").asInt(), hybrid.toString());
    Run eval = run("eval", "related", "--archive", embedded.toString());
    assertEquals(0, eval.exit(), eval.err());
    assertTrue(eval.out().contains("(meaning vectors alone)"), eval.out());
    Run plain = run("eval", "related", "--archive", archive.toString());
    assertTrue(plain.out().contains("no meanings stored"), plain.out());
    Run bad = run("search", "--archive", embedded.toString(), "--mode", "semantic", "army");
    assertEquals(2, bad.exit(), bad.err());
    assertTrue(bad.err().contains("mode"), bad.err());
  }

  @Test
  void embeddingIntoASolrCollectionIsRefusedBeforeAnythingIsRead() throws Exception {
    Run r =
        run(
            "import",
            "--solr",
            "127.0.0.1:1",
            "--collection",
            "c",
            "--embed",
            resource("/seed.txt"));
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("--embed"), r.err());
  }

  @Test
  void importingTheSameFilesAgainReplacesThem() throws Exception {
    long before =
        json("search", "--archive", archive.toString(), "--json", "--", "-zzzz")
            .get("total")
            .asLong();
    Run again = run("import", "--archive", archive.toString(), resource("/seed.txt"));
    assertTrue(again.out().contains("1 replaced"), again.out());
    assertEquals(
        before,
        json("search", "--archive", archive.toString(), "--json", "--", "-zzzz")
            .get("total")
            .asLong());
  }

  @Test
  void reportsAMalformedQueryInOneLine() {
    Run r = run("search", "--archive", archive.toString(), "Chaco \"Secretary of");
    assertEquals(2, r.exit());
    assertEquals("error: query at 7: no closing quote for the phrase opened here", r.err().strip());
  }

  @Test
  void rejectsAnUnknownTypeAndABadDate() {
    Run r = run("search", "--archive", archive.toString(), "--type", "cable", "army");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--type: unknown type 'cable', expected one of telegram"), r.err());
    r = run("search", "--archive", archive.toString(), "--from", "June 1934", "army");
    assertEquals(2, r.exit());
    assertTrue(
        r.err().contains("--from: expected 1934, 1934-05 or 1934-05-17, got 'June 1934'"), r.err());
  }

  @Test
  void readsATypeAsTheQueryDoes() throws Exception {
    for (String type : new String[] {"telegram", "Telegram", "TELEGRAM"}) {
      JsonNode r =
          json("search", "--archive", archive.toString(), "--json", "--type", type, "army");
      assertEquals(
          json("search", "--archive", archive.toString(), "--json", "army type:" + type)
              .get("total"),
          r.get("total"),
          type);
    }
    JsonNode notes =
        json(
            "search",
            "--archive",
            archive.toString(),
            "--json",
            "--type",
            "editorial-note",
            "--",
            "-zzzz");
    assertEquals(
        json("search", "--archive", archive.toString(), "--json", "type:editorial-note")
            .get("total"),
        notes.get("total"));
  }

  @Test
  void importsTheGoodFilesAndNamesTheBadOne() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.xml"), "<TEI><text><body><p>cut");
    Run r = run("import", "--archive", archive.toString(), bad.toString(), resource("/seed.txt"));
    assertEquals(ExitCodes.INPUT_FAILED, r.exit());
    assertTrue(r.err().contains("error: " + bad + ":1:"), r.err());
    assertTrue(r.out().contains("1 failed"), r.out());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void saysWhenThereIsNoArchive() {
    Run r = run("search", "--archive", tmp.resolve("none").toString(), "army");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("no archive at"), r.err());
  }

  @Test
  void saysInOneLineWhenAnArchiveCannotBeUsed() throws Exception {
    Path notes = tmp.resolve("notes");
    java.nio.file.Files.createDirectories(notes);
    java.nio.file.Files.writeString(notes.resolve("mine.txt"), "mine");
    Run r = run("import", "--archive", notes.toString(), "../samples/000_c7eaba76f72a52c3.txt");
    assertEquals(ExitCodes.CANNOT_USE, r.exit());
    assertEquals(
        "chancery import: not a Chancery archive (no archive.properties), and not empty: " + notes,
        r.err().strip());

    assertEquals(0, run("import", "--archive", archive.toString(), "../samples").exit());
    java.nio.file.Files.writeString(archive.resolve("archive.properties"), "format=2\n");
    r = run("search", "--archive", archive.toString(), "army");
    assertEquals(ExitCodes.CANNOT_USE, r.exit());
    assertEquals(
        "chancery search: the archive at "
            + archive
            + " has format 2, and this Chancery reads format 3: import the volumes again into a"
            + " new archive folder",
        r.err().strip());
  }

  @Test
  void listsPeopleWithTheirRolesAndDocuments() throws Exception {
    Path volume = org.chancery.Corpus.volume("frus1934v04");
    assertEquals(0, run("import", "--archive", archive.toString(), volume.toString()).exit());
    JsonNode people =
        json("people", "--archive", archive.toString(), "--json", "Hugh", "Wilson").get("people");
    assertEquals(1, people.size());
    JsonNode wilson = people.get(0);
    assertEquals("wilson-hugh-robert", wilson.get("id").asText());
    assertTrue(
        wilson.get("sent").asInt() > 0 && wilson.get("received").asInt() > 0, wilson.toString());
    JsonNode switzerland = wilson.get("roles").get(0);
    assertEquals("Switzerland", switzerland.get("post").asText());
    assertEquals("1927-02-26", switzerland.get("from").asText());
  }
}
