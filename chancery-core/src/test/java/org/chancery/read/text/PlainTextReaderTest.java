package org.chancery.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentType;
import org.chancery.model.FootnoteMarker;
import org.chancery.model.PageBreak;
import org.chancery.model.Role;
import org.chancery.read.ReadException;
import org.chancery.read.ReadSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {
  @TempDir Path tmp;

  private static Path seed() throws URISyntaxException {
    return Path.of(PlainTextReaderTest.class.getResource("/text/seed.txt").toURI());
  }

  private static List<Document> read(Path file) throws IOException, ReadException {
    List<Document> docs = new ArrayList<>();
    new PlainTextReader().read(file, docs::add);
    return docs;
  }

  @Test
  void readsTheSeedsMetadata() throws Exception {
    Document d = read(seed()).get(0);
    assertEquals("seed", d.volume());
    assertEquals("d1", d.id());
    assertEquals(List.of("861.20/406"), d.fileNumbers().stream().map(f -> f.cited()).toList());
    assertEquals(DocumentType.TELEGRAM, d.type());
    assertFalse(d.typeInferred());
    assertEquals(
        Optional.of(Role.of("Chargé in the Soviet Union")), d.sender().orElseThrow().role());
    assertEquals(Optional.of("Henderson"), d.sender().orElseThrow().name());
    assertEquals(Optional.of(Role.of("Secretary of State")), d.recipient().orElseThrow().role());
    assertEquals("131", d.serial().orElseThrow().printed());
    assertEquals(Optional.of("Henderson"), d.signature());
    assertTrue(d.date().isEmpty(), "the seed prints no date, and none is invented");
  }

  @Test
  void readsTheSeedsPagesAndFootnotes() throws Exception {
    Document d = read(seed()).get(0);
    assertEquals(List.of("386"), d.pages());
    assertEquals(2, d.footnotes().size());
    assertEquals("31", d.footnotes().get(0).n());
    assertEquals("Robert Coulondre.", d.footnotes().get(0).text());
    assertEquals("32", d.footnotes().get(1).n());
    assertEquals("Dr. Jurgis Baltrusaitis.", d.footnotes().get(1).text());
  }

  @Test
  void placesFootnoteMarkersAfterTheWordsTheyAreGluedTo() throws Exception {
    Document d = read(seed()).get(0);
    Block third =
        d.blocks().stream()
            .filter(b -> b.label().equals(Optional.of("3.")))
            .findFirst()
            .orElseThrow();
    FootnoteMarker m = (FootnoteMarker) third.anchors().get(0);
    assertEquals("The French Ambassador", third.text().substring(0, m.offset()));
    assertEquals("d1fn31", m.footnoteId());
    assertTrue(third.text().startsWith("The French Ambassador has told me"));
  }

  @Test
  void placesThePageBreakAndDropsItsPrintedMark() throws Exception {
    Document d = read(seed()).get(0);
    Block second =
        d.blocks().stream()
            .filter(b -> b.label().equals(Optional.of("2.")))
            .findFirst()
            .orElseThrow();
    PageBreak pb = (PageBreak) second.anchors().get(0);
    assertEquals("386", pb.n());
    assertTrue(second.text().substring(0, pb.offset()).endsWith("destruction of these officers."));
    assertFalse(second.text().contains("[Page"));
  }

  @Test
  void keepsNumberedParagraphsAndLetteredItemsInTheText() throws Exception {
    String text = read(seed()).get(0).text();
    for (String label :
        List.of(
            "1.\nInsofar",
            "2.\nOpinions",
            "3.\nThe French",
            "4.\nThe Lithuanian",
            "5.\nAlthough",
            "(a)\nThe officers had shown",
            "(b)\nThe officers had become",
            "(c)\nIn some instances")) {
      assertTrue(text.contains(label), () -> "text lacks " + label);
    }
    assertTrue(text.startsWith("131. Reference my 117, June 13, 11 p.m."));
    assertTrue(text.endsWith("Henderson"));
  }

  @Test
  void readsSeveralDocumentsSeparatedByRulesOrBySourceNotes() throws Exception {
    String seed = Files.readString(seed());
    String second =
        "861.20/407: Telegram\n\nThe Secretary of State to the Chargé in the Soviet Union ( Henderson )\n\n"
            + "Washington, June 15, 1937—6 p.m.\n\n74. Your 131, June 14, noon. Department appreciates your report.33\n\nHull\n"
            + "  1. Not printed.\n";
    Path f = tmp.resolve("pages.txt");
    Files.writeString(f, seed + "\n\n" + second + "\n---\n" + second);
    List<Document> docs = read(f);
    assertEquals(3, docs.size());
    Document d2 = docs.get(1);
    assertEquals("d2", d2.id());
    assertEquals("1937-06-15T18:00", d2.date().orElseThrow().iso());
    assertEquals(Optional.of("Washington"), d2.place());
    assertEquals("74", d2.serial().orElseThrow().printed());
    assertEquals("33", d2.footnotes().get(0).n());
    assertEquals(Optional.of("Henderson"), d2.recipient().orElseThrow().name());
    assertEquals(2, docs.get(0).footnotes().size(), "the first document keeps only its own notes");
  }

  @Test
  void readsTheReceivedLine() throws Exception {
    Path f = tmp.resolve("one.txt");
    Files.writeString(
        f,
        "724.3415/3651: Telegram\nThe Minister in Switzerland ( Wilson ) to the Secretary of State\n"
            + "Geneva, April 30, 1934—2 p.m.\n[Received April 30—10:30 a.m.]\n237. Alvarez del Vayo called.\nWilson\n");
    Document d = read(f).get(0);
    assertEquals(Optional.of("Received April 30—10:30 a.m."), d.received());
    assertEquals("1934-04-30T14:00", d.date().orElseThrow().iso());
    assertEquals(Optional.of("April 30, 1934—2 p.m"), d.printedDate());
  }

  @Test
  void rejectsAnEmptyFile() throws Exception {
    Path f = Files.write(tmp.resolve("empty.txt"), new byte[0]);
    ReadException e = assertThrows(ReadException.class, () -> read(f));
    assertEquals(f + ":1:1: file is empty", e.getMessage());
  }

  @Test
  void rejectsAWrongEncodingWithItsPlace() throws Exception {
    byte[] latin1 =
        "861.20/406: Telegram\nThe Charg\u00e9 to the Secretary\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Path f = Files.write(tmp.resolve("latin1.txt"), latin1);
    ReadException e = assertThrows(ReadException.class, () -> read(f));
    assertTrue(e.getMessage().startsWith(f + ":2:10: not valid UTF-8: byte 0xE9"), e.getMessage());
  }

  @Test
  void reportsFootnotesWhoseMarkersCannotBeFound() throws Exception {
    Path f = tmp.resolve("nomarks.txt");
    Files.writeString(
        f,
        "The Secretary of State to the Minister in China ( Reinsch )\n\nNo markers here.\n  1. A note.\n");
    List<Document> docs = new ArrayList<>();
    ReadSummary s = new PlainTextReader().read(f, docs::add);
    assertEquals(1, docs.get(0).footnotes().size());
    assertEquals(1, s.problems().size());
    assertTrue(
        s.problems()
            .get(0)
            .toString()
            .startsWith(f + ":1:1: found no run of 1 numbered footnote markers"));
  }
}
