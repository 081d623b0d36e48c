package org.chancery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.chancery.Documents;
import org.chancery.model.Abbreviation;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.DocumentType;
import org.chancery.model.FileNumber;
import org.chancery.model.Footnote;
import org.chancery.model.FootnoteMarker;
import org.chancery.model.PageBreak;
import org.chancery.model.Party;
import org.chancery.model.PersonName;
import org.chancery.model.Role;
import org.chancery.model.SearchText;
import org.chancery.model.Serial;
import org.chancery.model.SourceNote;
import org.chancery.read.formats.Readers;
import org.chancery.read.text.PlainTextReader;
import org.junit.jupiter.api.Test;

class DocumentCodecTest {

  @Test
  void roundTripsTheSeed() throws Exception {
    List<Document> docs = new ArrayList<>();
    new PlainTextReader()
        .read(Path.of(getClass().getResource("/text/seed.txt").toURI()), docs::add);
    Document d = docs.get(0);
    assertEquals(d, DocumentCodec.decode(DocumentCodec.encode(d)));
  }

  @Test
  void roundTripsEveryPart() {
    Document d =
        new Document(
            "frus1934v04",
            "d101",
            Optional.of("101"),
            Optional.of("d100"),
            Optional.of("65"),
            DocumentType.TELEGRAM,
            true,
            List.of(
                new SourceNote(
                    "Paris Peace Conf. 180.03101/12: Telegram",
                    List.of(new FileNumber("180.03101/12", Optional.of("Paris Peace Conf."))))),
            Optional.of(
                new Party(
                    Optional.of(Role.of("Minister in Switzerland")),
                    Optional.of("Wilson"),
                    Optional.of("p_WHR1"))),
            Optional.of(Party.of("Secretary of State", null)),
            Optional.of("Geneva"),
            Optional.of(DocumentDate.parse("1934-04-30T14:00:00")),
            Optional.of("April 30, 1934—2 p.m."),
            Optional.of("Received April 30—10:30 a.m."),
            Optional.of(new Serial("7956", Optional.of("7946"), Optional.of("L–315"))),
            List.of(
                new Block(
                    Block.Kind.ITEM,
                    2,
                    Optional.of("(a)"),
                    "Costa du Rels called.",
                    List.of(
                        new PageBreak(5, "66", Optional.of("pg_66")),
                        new FootnoteMarker(21, "42", "d101fn42")))),
            List.of(new Footnote("42", "d101fn42", "Ante, p. 65.", List.of("#pg_65"))),
            Optional.of("Wilson"));
    assertEquals(d, DocumentCodec.decode(DocumentCodec.encode(d)));
  }

  @Test
  void roundTripsPersonsNamesWithAndWithoutTheirEntry() {
    Block b =
        new Block(
            Block.Kind.PARAGRAPH,
            0,
            Optional.empty(),
            "Stevens met Cecil.",
            List.of(
                new PersonName(
                    0,
                    7,
                    "p_SJF1",
                    Optional.of("Stevens, John F."),
                    Optional.of("chairman of the Advisory Commission"),
                    true),
                new PersonName(
                    12, 17, "frus1917Supp02v01#p_CLR1", Optional.empty(), Optional.empty())));
    Document d = Documents.telegram("frus1918Russiav03", "d439", null, List.of(b), List.of());
    assertEquals(d, DocumentCodec.decode(DocumentCodec.encode(d)));
  }

  @Test
  void roundTripsEveryDocumentOfTheSampleVolumesAndReadsTheirSearchTextAlone() throws Exception {
    int documents = 0;
    for (String volume : List.of("../samples/frus1861.xml", "../samples/frus1934v04.xml")) {
      List<Document> docs = new ArrayList<>();
      Readers.forFile(Path.of(volume)).read(Path.of(volume), docs::add);
      for (Document d : docs) {
        byte[] bytes = DocumentCodec.encode(d);
        assertEquals(d, DocumentCodec.decode(bytes), d.key());
        assertEquals(
            SearchText.of(d).text(), DocumentCodec.searchText(bytes, 0, bytes.length), d.key());
        documents++;
      }
    }
    assertEquals(true, documents > 1000, "documents read: " + documents);
  }

  @Test
  void keepsTextsThatTheSearchTextLeavesOut() {
    List<Block> blocks =
        List.of(
            new Block(
                Block.Kind.HEADING,
                0,
                Optional.empty(),
                "The Minister to the Secretary",
                List.of()),
            new Block(Block.Kind.HEADING, 0, Optional.empty(), "A second heading", List.of()),
            new Block(Block.Kind.PARAGRAPH, 0, Optional.empty(), " ", List.of()),
            new Block(Block.Kind.PARAGRAPH, 0, Optional.of("1."), "", List.of()));
    Document d =
        Documents.telegram(
            "v", "d2", null, blocks, List.of(new Footnote("1", "d2fn1", "  ", List.of())));
    byte[] bytes = DocumentCodec.encode(d);
    assertEquals(d, DocumentCodec.decode(bytes));
    assertEquals("The Minister to the Secretary\n\n \n\n1.\n", SearchText.of(d).text());
  }

  @Test
  void refusesAnotherFormatVersion() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DocumentCodec.decode(new byte[] {9}));
    assertEquals(
        "stored document has format 9, expected 3 to 6: re-import the archive", e.getMessage());
  }

  @Test
  void roundTripsTheAbbreviationsADocumentUses() {
    Document d =
        with(List.of(new Abbreviation("t_NATO_1", "NATO", "North Atlantic")), Optional.empty());
    assertEquals(d, DocumentCodec.decode(DocumentCodec.encode(d)));
  }

  @Test
  void roundTripsTheSubjectADocumentPrints() {
    Document d = with(List.of(), Optional.of("Initial Moscow Views on the U.S. Election"));
    assertEquals(d, DocumentCodec.decode(DocumentCodec.encode(d)));
  }

  @Test
  void readsARecordOfFormat3AsUsingNoAbbreviations() {
    Document d = with(List.of(), Optional.empty());
    byte[] current = DocumentCodec.encode(d);
    // Format 3 ended with the signature, before the count of abbreviations and the subject.
    byte[] old = Arrays.copyOf(current, current.length - Integer.BYTES - 1);
    old[0] = 3;
    assertEquals(d, DocumentCodec.decode(old));
  }

  @Test
  void readsARecordOfFormat5AsPrintingNoSubject() {
    Document d = with(List.of(), Optional.empty());
    byte[] current = DocumentCodec.encode(d);
    // Format 5 ended with the abbreviations, before the subject.
    byte[] old = Arrays.copyOf(current, current.length - 1);
    old[0] = 5;
    assertEquals(d, DocumentCodec.decode(old));
  }

  private static Document with(List<Abbreviation> abbreviations, Optional<String> subject) {
    Document d =
        Documents.telegram(
            "frus1981-88v03",
            "d1",
            null,
            List.of(new Block(Block.Kind.PARAGRAPH, 0, Optional.empty(), "To NATO.", List.of())),
            List.of());
    return new Document(
        d.volume(),
        d.id(),
        d.n(),
        d.parent(),
        d.startPage(),
        d.type(),
        d.typeInferred(),
        d.sourceNotes(),
        d.sender(),
        d.recipient(),
        d.place(),
        d.date(),
        d.printedDate(),
        d.received(),
        d.serial(),
        d.blocks(),
        d.footnotes(),
        d.signature(),
        abbreviations,
        subject);
  }
}
