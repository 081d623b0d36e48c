package org.chancery.read.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chancery.model.Anchor;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.DocumentType;
import org.chancery.model.Footnote;
import org.chancery.model.FootnoteMarker;
import org.chancery.model.PageBreak;
import org.chancery.model.Party;
import org.chancery.model.Role;
import org.chancery.model.Serial;
import org.chancery.read.ParseError;
import org.chancery.read.ReadSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader on a small volume written to show each thing it reads (tei/small-volume.xml). */
class TeiVolumeReaderTest {
  private static Path fixture;
  private static ReadSummary summary;
  private static List<Document> docs;
  private static Map<String, Document> byId;

  @BeforeAll
  static void read() throws Exception {
    fixture = resource("tei/small-volume.xml");
    docs = new ArrayList<>();
    summary = new TeiVolumeReader().read(fixture, docs::add);
    byId = docs.stream().collect(Collectors.toMap(Document::id, Function.identity()));
  }

  @Test
  void readsVolumeIdAndCompleteTitle() {
    assertEquals("frus9999", summary.volume().id());
    assertEquals("A Small Volume", summary.volume().title());
    assertEquals(6, summary.documents());
  }

  @Test
  void handsOverNestedDocumentsRightAfterTheirParent() {
    assertEquals(
        List.of("d1", "d1-1", "d1-2", "d2", "ch1-1", "d1-3"),
        docs.stream().map(Document::id).toList());
    assertEquals(Optional.of("d1"), byId.get("d1-1").parent());
    assertEquals(Optional.empty(), byId.get("ch1-1").parent());
  }

  @Test
  void keepsNestedDocumentsOutOfTheParentsBlocks() {
    assertTrue(byId.get("d1").blocks().stream().noneMatch(b -> b.text().contains("Inner")));
    assertEquals("Inner document", byId.get("d1-1").head());
    assertEquals("Second inner.", byId.get("d1-2").blocks().get(0).text());
  }

  @Test
  void reportsDuplicateIdAndBadDateAsProblemsAndReadsOn() {
    assertEquals(
        List.of(
            new ParseError(
                fixture.toString(),
                60,
                70,
                "date/@when '1882-13-45' is not an ISO date"
                    + " (yyyy, yyyy-mm, yyyy-mm-dd or yyyy-mm-ddThh:mm): the document's date is left out"),
            new ParseError(
                fixture.toString(),
                68,
                17,
                "duplicate xml:id 'd1': the document is read as 'd1-3'")),
        summary.problems());
    assertEquals(Optional.empty(), byId.get("d2").date());
    assertEquals(Optional.of("May 40, 1882"), byId.get("d2").printedDate());
  }

  @Test
  void readsTheFactsOfATelegram() {
    Document d = byId.get("d1");
    assertEquals(Optional.of("1"), d.n());
    assertEquals(DocumentType.TELEGRAM, d.type());
    assertFalse(d.typeInferred());
    assertEquals("711.00/12", d.fileNumbers().get(0).number());
    assertEquals(
        Optional.of(
            new Party(
                Optional.of(Role.of("Minister in Ruritania")),
                Optional.of("Hope"),
                Optional.of("p_HAA"))),
        d.sender());
    assertEquals(Optional.of(Party.of("Secretary of State", null)), d.recipient());
    assertEquals(Optional.of("Strelsau"), d.place());
    assertEquals(Optional.of(DocumentDate.parse("1934-05-02T09:30")), d.date());
    assertEquals(Optional.of("May 2, 1934—9:30 a.m."), d.printedDate());
    assertEquals(Optional.of("Received May 3—8 a.m."), d.received());
    assertEquals(Optional.of(new Serial("45", Optional.empty(), Optional.empty())), d.serial());
    assertEquals(Optional.of("Hope"), d.signature());
    assertEquals(Optional.of("7"), d.startPage());
  }

  @Test
  void cutsTheTextIntoBlocksInReadingOrder() {
    List<String> blocks = byId.get("d1").blocks().stream().map(TeiVolumeReaderTest::show).toList();
    assertEquals(
        List.of(
            "HEADING 0 The Minister in Ruritania (Hope) to the Secretary of State",
            "DATELINE 0 Strelsau, May 2, 1934—9:30 a.m. [Received May 3—8 a.m.]",
            "PARAGRAPH 0 45. Your 12, April 30, noon. The King is well.",
            "PARAGRAPH 0 Points:",
            "ITEM 0 (a) first;",
            "ITEM 0 (b) second,",
            "ITEM 0 continued.",
            "PARAGRAPH 0 End of points.",
            "TABLE 0 Year\tTotal\n1933\t\n1934\t12\n13",
            "QUOTATION 0 Quoted text.",
            "CLOSER 0 Hope",
            "POSTSCRIPT 0 P.S. Later.",
            "HEADING 1 [Enclosure]",
            "DATELINE 1 Elsewhere, January 1",
            "PARAGRAPH 1 Attached text."),
        blocks);
  }

  @Test
  void placesPageBreaksAndFootnoteMarkersInTheText() {
    Block p = byId.get("d1").blocks().get(2);
    List<Anchor> anchors = p.anchors();
    assertEquals(new FootnoteMarker(28, "1", "d1fn1"), anchors.get(0));
    assertTrue(p.text().substring(0, 28).endsWith("noon."));
    assertEquals(new PageBreak(41, "8", Optional.of("pg_8")), anchors.get(1));
    assertEquals("well.", p.text().substring(41));
  }

  @Test
  void readsFootnotesWithTargetsAndGivesIdsWhereMissing() {
    assertEquals(
        List.of(
            new Footnote(
                "1",
                "d1fn1",
                "Not printed; see document 2 and pages 8–9.",
                List.of("#d2", "#pg_8", "#pg_9")),
            new Footnote("2", "d1-fn1", "A note without id.", List.of())),
        byId.get("d1").footnotes());
    assertEquals(
        new FootnoteMarker(14, "2", "d1-fn1"), byId.get("d1").blocks().get(14).anchors().get(0));
  }

  // "No. 12." before an 1880s heading is the editors' running number, not the writer's serial.
  @Test
  void takesNoSerialFromTheNumberBeforeTheHeading() {
    Document d = byId.get("d2");
    assertEquals(Optional.empty(), d.serial());
    assertEquals(Optional.of(Party.of(null, "Smith")), d.sender());
    assertEquals(Optional.of("London"), d.place());
    assertEquals("London, May 40, 1882.", d.dateline());
  }

  @Test
  void readsANoteWithoutNumberBetweenBlocksAsAParagraph() {
    assertEquals(
        List.of("PARAGRAPH 0 By the President:", "PARAGRAPH 0 Without an id."),
        byId.get("ch1-1").blocks().stream().map(TeiVolumeReaderTest::show).toList());
  }

  @Test
  void buildsPartiesFromTheEncodingWhenTheHeadingSaysNoMore(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("v.xml");
    Files.writeString(
        file,
        "<TEI xmlns='http://www.tei-c.org/ns/1.0'><div type='document' xml:id='d9'>"
            + "<head>From <persName type='from' corresp='#p_A'>Adams.</persName></head><p>x</p></div></TEI>");
    List<Document> read = new ArrayList<>();
    ReadSummary s = new TeiVolumeReader().read(file, read::add);
    assertEquals(
        Optional.of(new Party(Optional.empty(), Optional.of("Adams"), Optional.of("p_A"))),
        read.get(0).sender());
    assertEquals("v", s.volume().id());
    assertEquals("v", s.volume().title());
  }

  @Test
  void capsTheProblemsItKeeps(@TempDir Path dir) throws Exception {
    StringBuilder xml = new StringBuilder("<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n");
    for (int i = 0; i < 150; i++) {
      xml.append("<div type='document'><dateline><date when='bad'>x</date></dateline></div>\n");
    }
    Path file = dir.resolve("v.xml");
    Files.writeString(file, xml.append("</TEI>"));
    ReadSummary s = new TeiVolumeReader().read(file, d -> {});
    assertEquals(150, s.documents());
    assertEquals(101, s.problems().size());
    assertEquals(
        new ParseError(file.toString(), 101, 32, "50 more problems not listed"),
        s.problems().get(100));
  }

  private static String show(Block b) {
    return b.kind()
        + " "
        + b.attachment()
        + " "
        + b.label().map(l -> l + " ").orElse("")
        + b.text();
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(TeiVolumeReaderTest.class.getClassLoader().getResource(name).toURI());
  }
}
