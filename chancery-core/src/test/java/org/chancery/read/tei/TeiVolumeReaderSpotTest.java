package org.chancery.read.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.Corpus;
import org.chancery.model.Block;
import org.chancery.model.Block.Kind;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.DocumentType;
import org.chancery.model.Footnote;
import org.chancery.model.FootnoteMarker;
import org.chancery.model.PageBreak;
import org.chancery.model.Party;
import org.chancery.model.Role;
import org.junit.jupiter.api.Test;

/** Real documents of the corpus, read and checked field by field. */
class TeiVolumeReaderSpotTest {
  private static final Map<String, Map<String, Document>> VOLUMES = new HashMap<>();

  @Test
  void readsATelegramOf1934() throws Exception {
    Document d = doc("frus1934v04", "d101");
    assertEquals("237", d.serial().orElseThrow().printed());
    assertEquals(DocumentType.TELEGRAM, d.type());
    assertFalse(d.typeInferred());
    assertEquals("724.3415/3651", d.fileNumbers().get(0).number());
    assertEquals(Optional.of(Party.of("Minister in Switzerland", "Wilson")), d.sender());
    assertEquals(Optional.of(Party.of("Secretary of State", null)), d.recipient());
    assertEquals(Optional.of("Geneva"), d.place());
    assertEquals(
        Optional.of(
            new DocumentDate(
                java.time.LocalDate.of(1934, 4, 30),
                Optional.of(java.time.LocalTime.of(14, 0)),
                DocumentDate.Precision.MINUTE)),
        d.date());
    assertEquals(Optional.of("April 30, 1934—2 p.m."), d.printedDate());
    assertEquals(Optional.of("Received April 30—10:30 a.m."), d.received());
    assertEquals(Optional.of("Wilson"), d.signature());
    assertEquals(Optional.of("65"), d.startPage());
  }

  @Test
  void placesPageBreak66InTheSecondParagraph() throws Exception {
    Block second = paragraphs(doc("frus1934v04", "d101")).get(1);
    assertEquals(List.of(new PageBreak(197, "66", Optional.of("pg_66"))), second.anchors());
    assertTrue(second.text().substring(197).startsWith("to give me particulars"));
    assertTrue(second.text().startsWith("2. Costa du Rels"));
  }

  @Test
  void givesNestedDocumentsOf1861IdsFromTheirParent() throws Exception {
    Document inner = doc("frus1861", "d42-2");
    assertEquals(Optional.of("d42"), inner.parent());
    assertEquals(Optional.of("d3"), doc("frus1861", "d3-1").parent());
    assertTrue(
        doc("frus1861", "d3-1")
            .head()
            .startsWith("Convention upon the subject of the rights of belligerents"));
    assertEquals(Optional.empty(), doc("frus1861", "message-of-the-president-1").parent());
  }

  @Test
  void readsFootnotesWithTheirMarkersAndTargets() throws Exception {
    Document d = doc("frus1934v04", "d17");
    assertEquals(3, d.footnotes().size());
    Footnote second = d.footnotes().get(1);
    assertEquals("2", second.n());
    assertEquals("d17fn2", second.id());
    assertEquals(List.of("#pg_17"), second.targets());
    assertTrue(
        second.text().startsWith("See circular telegram dated September 23, 2 p.m., p. 17,"));
    Block p = paragraphs(d).get(1);
    assertEquals(List.of(new FootnoteMarker(69, "2", "d17fn2")), p.anchors());
    assertEquals(
        "Pursuant to the resolution of the Governing Board, the said agreement",
        p.text().substring(0, 69));
  }

  // "No. 277." before the heading is the editors' running number (276, 277, 278 follow each
  // other whoever writes); the instruction's own serial opens its first paragraph: "No. 33.]".
  @Test
  void readsTheSerialOfAnInstructionOf1882() throws Exception {
    Document d = doc("frus1882", "d352");
    assertEquals("No. 277. Mr. Frelinghuysen to Mr. Hamlin.", d.head());
    assertEquals("33", d.serial().orElseThrow().printed());
    assertEquals(Optional.of(Party.of(null, "Frelinghuysen")), d.sender());
    assertEquals(Optional.of(Party.of(null, "Hamlin")), d.recipient());
    assertEquals(Optional.of("460"), d.startPage());
  }

  @Test
  void readsTablesAndListItems() throws Exception {
    Document d = doc("frus1934v04", "d643");
    Block table = d.blocks().stream().filter(b -> b.kind() == Kind.TABLE).findFirst().orElseThrow();
    assertEquals(
        "Year\tExport\tImport\tTotal\n1931\t$166, 050, 000\t$127, 039, 000\t$293, 089, 000\n"
            + "1932\t$133, 668, 000\t$73, 572, 000\t$207, 240, 000\n1933\t$140, 024, 000\t$78, 185, 000\t$218, 209, 000",
        table.text());
    List<Block> items = d.blocks().stream().filter(b -> b.kind() == Kind.ITEM).toList();
    assertEquals(Optional.of("I"), items.get(0).label());
    assertTrue(items.get(0).text().startsWith("—The study of the present situation"));
    assertEquals(Optional.of(Role.of("Economic Adviser")), d.recipient().flatMap(Party::role));
  }

  @Test
  void readsAnOutgoingCircularWithNumberedItems() throws Exception {
    List<String> labels =
        doc("frus1861", "d3").blocks().stream()
            .filter(b -> b.kind() == Kind.ITEM)
            .flatMap(b -> b.label().stream())
            .limit(3)
            .toList();
    assertEquals(List.of("1.", "2.", "1."), labels);
  }

  @Test
  void readsTheDatelineANotePrintsAtItsFoot() throws Exception {
    // The French Embassy's note verbale ends "[Washington,] March 31, 1925." and has no dateline
    // at its head; a circular memorandum ends with its date before its attachment.
    Document note = doc("frus1925v02", "d256");
    assertEquals(Optional.of(DocumentDate.parse("1925-03-31")), note.date());
    assertEquals(Optional.of("Washington"), note.place());
    assertEquals(Optional.of("March 31, 1925"), note.printedDate());
    assertEquals(
        Optional.of(DocumentDate.parse("1917-07-25")), doc("frus1917Supp02v02", "d363").date());
    // A treaty's "Done at Washington, the twenty-third day of February" is not a dateline.
    assertEquals(Optional.empty(), doc("frus1882", "d191").date());
  }

  private static List<Block> paragraphs(Document d) {
    return d.blocks().stream()
        .filter(b -> b.kind() == Kind.PARAGRAPH && b.attachment() == 0)
        .toList();
  }

  private static synchronized Document doc(String volume, String id) throws Exception {
    if (!VOLUMES.containsKey(volume)) {
      Map<String, Document> docs = new HashMap<>();
      new TeiVolumeReader().read(Corpus.volume(volume), d -> docs.put(d.id(), d));
      VOLUMES.put(volume, docs);
    }
    Document d = VOLUMES.get(volume).get(id);
    assertTrue(d != null, volume + "/" + id + " not read");
    return d;
  }
}
