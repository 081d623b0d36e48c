package org.chancery.serve.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

public class InspectCommandTest {
  @TempDir Path tmp;

  /** What one run of the command printed, and its exit code. */
  public record Run(int exit, String out, String err) {
    List<JsonNode> documents() throws Exception {
      List<JsonNode> docs = new ArrayList<>();
      for (String line : out.split("\n"))
        if (!line.isBlank()) docs.add(new ObjectMapper().readTree(line));
      return docs;
    }
  }

  /** Runs {@code chancery} with {@code args}, catching what it prints. */
  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Chancery.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path seed() throws Exception {
    return Path.of(getClass().getResource("/seed.txt").toURI());
  }

  @Test
  void printsTheSeedWithTheContractsKeys() throws Exception {
    Run r = run("inspect", seed().toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode d = r.documents().get(0);
    for (String key :
        List.of(
            "volume",
            "id",
            "n",
            "subject",
            "type",
            "typeInferred",
            "fileNumbers",
            "sender",
            "recipient",
            "place",
            "date",
            "datePrecision",
            "received",
            "serial",
            "serialCorrected",
            "pages",
            "footnotes",
            "signature",
            "abbreviations",
            "text")) {
      assertTrue(d.has(key), "missing key " + key);
    }
    assertEquals("861.20/406", d.get("fileNumbers").get(0).asText());
    assertEquals("telegram", d.get("type").asText());
    assertEquals("Chargé in the Soviet Union", d.get("sender").get("role").asText());
    assertEquals("Henderson", d.get("sender").get("name").asText());
    assertEquals("Secretary of State", d.get("recipient").get("role").asText());
    assertEquals("131", d.get("serial").asText());
    assertEquals("386", d.get("pages").get(0).asText());
    assertEquals("31", d.get("footnotes").get(0).get("n").asText());
    assertEquals("Robert Coulondre.", d.get("footnotes").get(0).get("text").asText());
    assertEquals("Dr. Jurgis Baltrusaitis.", d.get("footnotes").get(1).get("text").asText());
    assertEquals("Henderson", d.get("signature").asText());
    assertTrue(d.get("date").isNull());
    assertTrue(d.get("text").asText().contains("(c)\nIn some instances"));
  }

  @Test
  void printsTheAbbreviationsADocumentUsesFromTheVolumesList() throws Exception {
    // The 1981-88 fixture's list is grouped by letter; d1 glosses NATO in a footnote, then ICA.
    Run r =
        run(
            "inspect",
            "../chancery-core/src/test/resources/org/chancery/read/tei/modern/frus1981-88v03.xml");
    assertEquals(0, r.exit(), r.err());
    JsonNode a = r.documents().get(0).get("abbreviations");
    assertEquals("NATO", a.get(0).get("term").asText());
    assertEquals("North Atlantic Treaty Organization", a.get(0).get("expansion").asText());
    assertEquals("t_NATO_1", a.get(0).get("id").asText());
    assertEquals("International Communication Agency", a.get(1).get("expansion").asText());
    assertEquals(2, a.size());
  }

  @Test
  void attachesTheSeedsFootnotesToThePeopleTheyIdentify() throws Exception {
    JsonNode d = run("inspect", seed().toString()).documents().get(0);
    JsonNode mentions = d.get("mentions");
    assertEquals("The French Ambassador", mentions.get(0).get("text").asText());
    assertEquals("Robert Coulondre", mentions.get(0).get("person").asText());
    assertEquals("The Lithuanian Minister", mentions.get(1).get("text").asText());
    assertEquals("d1fn32", mentions.get(1).get("footnote").asText());
    assertEquals("footnote", mentions.get(1).get("source").asText());
    assertEquals("861.20/406", d.get("files").get(0).get("number").asText());
  }

  @Test
  void citesTheTableRowBehindEachPartOfTheSeedsFileNumber() throws Exception {
    JsonNode tables = run("inspect", seed().toString()).documents().get(0).get("files").get(0);
    tables = tables.get("tables");
    assertEquals(3, tables.size(), tables.toString());
    assertEquals("class", tables.get(0).get("part").asText());
    assertEquals("classes.csv", tables.get(0).get("table").asText());
    assertEquals(10, tables.get(0).get("line").asInt());
    assertEquals("country", tables.get(1).get("part").asText());
    assertEquals("61", tables.get(1).get("code").asText());
    assertEquals("countries.csv", tables.get(1).get("table").asText());
    assertEquals(216, tables.get(1).get("line").asInt());
    assertEquals("subject", tables.get(2).get("part").asText());
    assertEquals("Military affairs", tables.get(2).get("name").asText());
    assertEquals(50, tables.get(2).get("line").asInt());
    assertTrue(
        tables.get(2).get("source").asText().contains("decimal-file-filing-manual-1910-1949"),
        tables.toString());
  }

  @Test
  void identifiesSenderAndRecipientAndDecodesTheFileOfATeiTelegram() throws Exception {
    Path volume = org.chancery.Corpus.volume("frus1934v04");
    JsonNode d =
        run("inspect", volume.toString()).documents().stream()
            .filter(x -> x.get("id").asText().equals("d101"))
            .findFirst()
            .orElseThrow();
    assertEquals("wilson-hugh-robert", d.get("sender").get("person").get("id").asText());
    assertEquals("hull-cordell", d.get("recipient").get("person").get("id").asText());
    JsonNode file = d.get("files").get(0);
    assertEquals("1910-49", file.get("scheme").asText());
    assertEquals("7", file.get("class").asText());
    assertEquals("[\"Bolivia\",\"Paraguay\"]", file.get("countries").toString());
  }

  @Test
  void attachesTheListOfPrincipalPersonsToTheNamesInATeiDocument() throws Exception {
    Path volume = org.chancery.Corpus.volume("frus1918Russiav03");
    JsonNode d =
        run("inspect", volume.toString()).documents().stream()
            .filter(x -> x.get("id").asText().equals("d439"))
            .findFirst()
            .orElseThrow();
    JsonNode stevens = null;
    for (JsonNode m : d.get("mentions"))
      if (m.get("person").asText().equals("John F. Stevens")) stevens = m;
    assertTrue(stevens != null, d.get("mentions").toString());
    assertEquals("Stevens", stevens.get("text").asText());
    assertEquals("persons-list", stevens.get("source").asText());
    assertTrue(stevens.get("footnote").isNull());
    assertEquals(
        "chairman of the Advisory Commission of Railway Experts to Russia",
        stevens.get("description").asText());
  }

  @Test
  void readsTheOtherFilesWhenOneFailsAndSaysSoInTheExitCode() throws Exception {
    Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
    Run r =
        run("inspect", empty.toString(), seed().toString(), tmp.resolve("missing.txt").toString());
    assertEquals(ExitCodes.INPUT_FAILED, r.exit());
    assertEquals(1, r.documents().size());
    assertTrue(r.err().contains("error: " + empty + ":1:1: file is empty"), r.err());
    assertTrue(r.err().contains("missing.txt: no such file or folder"), r.err());
    assertTrue(!r.err().contains("Exception"), "no stack trace: " + r.err());
  }

  @Test
  void refusesToRunWithoutFiles() {
    Run r = run("inspect");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Missing required parameter"), r.err());
  }
}
