package org.chancery.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.DocumentType;
import org.chancery.model.Footnote;
import org.chancery.model.FootnoteMarker;
import org.chancery.model.Party;
import org.chancery.model.Role;
import org.chancery.model.Serial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkerTest {
  private static final Party BERN = Party.of("Minister in Switzerland", "Wilson");
  private static final Party STATE = Party.of("Secretary of State", null);

  private static Document doc(
      String id, Party from, Party to, String when, String serial, String text, Footnote... notes) {
    List<org.chancery.model.Anchor> anchors =
        notes.length == 0
            ? List.of()
            : List.of(new FootnoteMarker(text.indexOf('|'), notes[0].n(), notes[0].id()));
    String body = text.replace("|", "");
    return new Document(
        "v",
        id,
        Optional.of(id.substring(1)),
        Optional.empty(),
        Optional.of(id.substring(1)),
        DocumentType.TELEGRAM,
        false,
        List.of(),
        Optional.of(from),
        Optional.of(to),
        Optional.of("Geneva"),
        Optional.of(DocumentDate.parse(when)),
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(serial).map(s -> new Serial(s, Optional.empty(), Optional.empty())),
        List.of(new Block(Block.Kind.PARAGRAPH, 0, Optional.empty(), body, anchors)),
        List.of(notes),
        Optional.empty());
  }

  private static final List<Document> WIRE =
      List.of(
          doc("d1", BERN, STATE, "1933-04-30T14:00:00", "237", "237. Old series."),
          doc("d2", BERN, STATE, "1934-04-30T14:00:00", "237", "237. The Commission."),
          doc(
              "d3",
              STATE,
              BERN,
              "1934-04-30T15:00:00",
              "142",
              "142. Your 237, April 30, 2 p.m. Our policy."),
          doc("d4", STATE, BERN, "1934-05-01T15:00:00", "143", "143. Your 237. My 142. Your 999."),
          doc(
              "d5",
              BERN,
              STATE,
              "1934-05-02T10:00:00",
              "240",
              "240. Department's 143|.",
              new Footnote("1", "d5fn1", "Not printed.", List.of())),
          doc(
              "d6",
              BERN,
              STATE,
              "1934-05-03T10:00:00",
              "241",
              "241. Department's 142|.",
              new Footnote("2", "d6fn2", "Ante, p. 3.", List.of())));

  // The first link of {@code d}, read with its footnotes against the wire and itself.
  private static Link firstWithTheWire(Document d) {
    List<Document> all = new java.util.ArrayList<>(WIRE);
    all.add(d);
    return new Linker(MemoryCatalogue.of(all), Linker.Options.DEFAULT).link(d).get(0);
  }

  private static List<Link> links(String id, Linker.Options options) {
    Linker linker = new Linker(MemoryCatalogue.of(WIRE), options);
    return linker.link(WIRE.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow());
  }

  @Test
  void yourNumberIsTheAddresseesMessageOfThatDate() {
    Link l = links("d3", Linker.Options.NO_FOOTNOTES).get(0);
    assertEquals(Optional.of("v/d2"), l.target());
    assertEquals(Link.Evidence.TELEGRAPH, l.evidence());
    assertEquals("Your 237, April 30, 2 p.m.", l.phrase());
  }

  @Test
  void undatedNumberIsTheLatestInItsSeriesAndMyIsTheWritersOwn() {
    List<Link> ls = links("d4", Linker.Options.NO_FOOTNOTES);
    assertEquals(Optional.of("v/d2"), ls.get(0).target());
    assertEquals(Optional.of("v/d3"), ls.get(1).target());
    assertEquals(Link.Status.UNRESOLVED, ls.get(2).status());
  }

  @Test
  void aLinkSaysWhatItRestsOnAndHowSurely() {
    // "Your 237, April 30, 2 p.m.": series, number, date and time all agree.
    Link full = links("d3", Linker.Options.NO_FOOTNOTES).get(0);
    assertEquals(
        List.of(Basis.Ground.SERIES, Basis.Ground.NUMBER, Basis.Ground.DATE, Basis.Ground.TIME),
        full.basis().ordered());
    assertEquals(Basis.Confidence.HIGH, full.basis().confidence());
    // "Your 237" alone: the series and number, and of two the later, which is never sure.
    Link undated = links("d4", Linker.Options.NO_FOOTNOTES).get(0);
    assertEquals(List.of(Basis.Ground.SERIES, Basis.Ground.NUMBER), undated.basis().ordered());
    assertEquals(Basis.Confidence.MEDIUM, undated.basis().confidence());
    // Nothing linked rests on nothing.
    assertEquals(Basis.NONE, links("d4", Linker.Options.NO_FOOTNOTES).get(2).basis());
    // The editors' footnote.
    Link byNote = links("d6", Linker.Options.DEFAULT).get(0);
    assertEquals(List.of(Basis.Ground.FOOTNOTE), byNote.basis().ordered());
  }

  @Test
  void linksKeptInTheOldFileAskForAnImport(@TempDir Path dir) throws IOException {
    java.nio.file.Files.writeString(
        dir.resolve(LinkStore.OLD_FILE),
        "#chancery-links-1\n"
            + "v/d4\tYour 237\tv/d2\tRESOLVED\tTELEGRAPH\t\tREFERENCE\t0\t0\t5\t13\tposts\n");
    IOException e = assertThrows(IOException.class, () -> LinkStore.open(dir));
    assertTrue(e.getMessage().contains("older form (links.tsv): import any volume again"));
  }

  @Test
  void aMessagePrintedInAVolumeNotInTheArchiveSaysWhereTheEditorsPrintedIt() {
    Document d =
        doc(
            "d9",
            STATE,
            BERN,
            "1934-05-05",
            null,
            "Your despatch No. 45|.",
            new Footnote("4", "d9fn4", "Foreign Relations, 1924, vol. II, p. 296.", List.of()));
    Link l = firstWithTheWire(d);
    assertEquals(Link.Status.NOT_IN_ARCHIVE, l.status());
    assertEquals("footnote: in frus1924v02, p. 296", l.reason());
  }

  @Test
  void footnoteSaysNotPrintedAndTheWireStillFindsItWithout() {
    assertEquals(Link.Status.NOT_PRINTED, links("d5", Linker.Options.DEFAULT).get(0).status());
    assertEquals(Optional.of("v/d4"), links("d5", Linker.Options.NO_FOOTNOTES).get(0).target());
  }

  @Test
  void footnotePageDecidesFirst() {
    Link l = links("d6", Linker.Options.DEFAULT).get(0);
    assertEquals(Optional.of("v/d3"), l.target());
    assertEquals(Link.Evidence.FOOTNOTE, l.evidence());
  }

  @Test
  void footnoteWithSeveralPagesAfterAListIsTheWholeListsInOrder() {
    Document d =
        doc(
            "d9",
            STATE,
            BERN,
            "1934-05-04T10:00:00",
            "144",
            "144. Your 237 and 240|.",
            new Footnote("4", "d9fn4", "Ante, pp. 2 and 5.", List.of()));
    List<Document> all = new java.util.ArrayList<>(WIRE);
    all.add(d);
    List<Link> ls = new Linker(MemoryCatalogue.of(all), Linker.Options.DEFAULT).link(d);
    assertEquals(
        List.of(Optional.of("v/d2"), Optional.of("v/d5")), ls.stream().map(Link::target).toList());
  }

  @Test
  void ambiguousWhenTwoMessagesFitAlike() {
    List<Document> twice =
        List.of(
            WIRE.get(1),
            doc("d7", BERN, STATE, "1934-04-30T14:00:00", "237", "237. Again."),
            WIRE.get(2));
    Link l =
        new Linker(MemoryCatalogue.of(twice), Linker.Options.NO_FOOTNOTES)
            .link(twice.get(2))
            .get(0);
    assertEquals(Link.Status.AMBIGUOUS, l.status());
    assertEquals(List.of("v/d2", "v/d7"), l.candidates());
  }

  @Test
  void editorialCrossReferencesBecomeLinks() {
    Document d =
        doc(
            "d8",
            STATE,
            BERN,
            "1934-05-04",
            null,
            "See the report.|",
            new Footnote("3", "d8fn3", "See document 2.", List.of()));
    Link l = firstWithTheWire(d);
    assertEquals(Link.Kind.EDITORIAL, l.kind());
    assertEquals(Optional.of("v/d2"), l.target());
  }

  @Test
  void threadsFollowResolvedLinksInTimeOrder() {
    Catalogue c = MemoryCatalogue.of(WIRE);
    Linker linker = new Linker(c, Linker.Options.NO_FOOTNOTES);
    List<Link> all = WIRE.stream().flatMap(d -> linker.link(d).stream()).toList();
    assertEquals(
        List.of("v/d2", "v/d3", "v/d4", "v/d5", "v/d6"), Threads.of(all, c).threadOf("v/d4"));
    assertEquals(List.of("v/d1"), Threads.of(all, c).threadOf("v/d1"));
  }

  @Test
  void storeKeepsLinksBothWays() {
    List<Link> ls = links("d4", Linker.Options.NO_FOOTNOTES);
    LinkStore store = LinkStore.of(ls);
    assertEquals(ls, store.all());
    assertEquals(ls, store.cites("v/d4"));
    assertEquals(List.of(ls.get(1)), store.citedBy("v/d3"));
  }

  private static Optional<Post> postOf(String role) {
    return Posts.ofRole(Role.of(role));
  }

  @Test
  void postsComeFromRolesNotSigners() {
    assertEquals(
        Optional.of(Post.of(Post.Kind.MISSION, "switzerland")), postOf("Chargé in Switzerland"));
    assertEquals(
        Optional.of(Post.of(Post.Kind.MISSION, "soviet union")),
        postOf("Chargé in the Soviet Union"));
    assertEquals(Optional.of(Post.of(Post.Kind.CONSULATE, "geneva")), postOf("Consul at Geneva"));
    assertEquals(Optional.of(Post.DEPARTMENT), postOf("Acting Secretary of State"));
  }

  @Test
  void aForeignMissionIsOnePostWhoeverSigns() {
    Optional<Post> british = Optional.of(Post.of(Post.Kind.FOREIGN, "british"));
    assertEquals(british, postOf("British Ambassador"));
    assertEquals(british, postOf("British Embassy"));
    assertEquals(british, postOf("British Chargé"));
  }

  @Test
  void anOfficerOfTheDepartmentNamedWithoutRoleWritesForIt() {
    Party miles =
        Party.of(null, "Miles of the Division of Near Eastern Affairs of the Department of State");
    assertEquals(Optional.of(Post.DEPARTMENT), Posts.of(Optional.of(miles), Optional.empty()));
  }

  @Test
  void aPageOfAnotherPublicationPointsNowhere() {
    assertEquals(
        List.of(),
        FootnotePointers.of(
            new Footnote(
                "1",
                "f",
                "See Department of State, Treaty Information, Bulletin No. 37, October 1932, pp. 16–23.",
                List.of()),
            "v"));
    assertEquals(
        List.of(),
        FootnotePointers.of(
            new Footnote(
                "1",
                "f",
                "Report of the Delegates (Washington, Government Printing Office, 1934), p. 275.",
                List.of()),
            "v"));
    // A page after a title is the titled publication's, however the title reads.
    assertEquals(
        List.of(),
        FootnotePointers.of(
            new Footnote(
                "1", "f", "Proceedings of the London Naval Conference, p. 297.", List.of()),
            "v"));
    assertEquals(
        List.of(),
        FootnotePointers.of(
            new Footnote("1", "f", "Reprinted from Miller, My Diary, vol. ii, p. 28.", List.of()),
            "v"));
    assertEquals(
        List.of(new Pointer(Pointer.Type.PAGE, "v", "122", "")),
        FootnotePointers.of(new Footnote("1", "f", "Infra, p. 122.", List.of()), "v"));
    assertEquals(
        List.of(new Pointer(Pointer.Type.PAGE, "v", "38", "5")),
        FootnotePointers.of(
            new Footnote(
                "1",
                "f",
                "See telegram No. 5, January 5, 6 p.m., to the Ambassador in Argentina, p. 38.",
                List.of()),
            "v"));
  }

  @Test
  void anEditorialFootnotesOwnDescriptionPicksOneOfTheDocumentsOnItsPage() {
    // d3 (April 30, 3 p.m.) and d4 (May 1) begin on p. 3 in this catalogue; the footnote describes
    // d4,
    // which is later than the citing document: the editors point forward too.
    List<Document> all = new java.util.ArrayList<>(WIRE);
    Document forward =
        new Document(
            "v",
            "d4",
            Optional.of("4"),
            Optional.empty(),
            Optional.of("3"),
            DocumentType.TELEGRAM,
            false,
            List.of(),
            Optional.of(STATE),
            Optional.of(BERN),
            Optional.empty(),
            Optional.of(DocumentDate.parse("1934-05-01T15:00:00")),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(new Block(Block.Kind.PARAGRAPH, 0, Optional.empty(), "Later.", List.of())),
            List.of(),
            Optional.empty());
    all.set(3, forward);
    Document citing =
        doc(
            "d9",
            BERN,
            STATE,
            "1934-04-29T10:00:00",
            null,
            "The Minister will be told.|",
            new Footnote(
                "5",
                "d9fn5",
                "See telegram of May 1, 3 p.m., to the Minister in Switzerland, p. 3.",
                List.of()));
    all.add(citing);
    Link l = new Linker(MemoryCatalogue.of(all), Linker.Options.DEFAULT).link(citing).get(0);
    assertEquals(Link.Kind.EDITORIAL, l.kind());
    assertEquals(Optional.of("v/d4"), l.target());
  }

  @Test
  void aFootnoteThatSendsTheReaderToAnotherFootnotePointsAtThatFootnotesPage() {
    // The other footnote says what the message was ("The instructions were sent on July 22 ...";
    // "Transmitted to the delegation as Department's telegram No. 163"); a document printed on its
    // page is the message only if it agrees with the phrase (FootnoteResolver).
    assertEquals(
        List.of(new Pointer(Pointer.Type.FOOTNOTE, "v", "285", "")),
        FootnotePointers.of(
            new Footnote("9", "f", "See footnote 99, p. 285.", List.of("#pg_285")), "v"));
    assertEquals(
        List.of(new Pointer(Pointer.Type.FOOTNOTE, "v", "93", "")),
        FootnotePointers.of(
            new Footnote("9", "f", "See footnote 1, ante, p. 93.", List.of()), "v"));
    assertEquals(
        List.of(new Pointer(Pointer.Type.NOT_PRINTED, "v", "", "")),
        FootnotePointers.of(
            new Footnote("9", "f", "Not printed; see footnote 92, p. 204.", List.of("#pg_204")),
            "v"));
    // A document the same footnote points at is still a page.
    assertEquals(
        List.of(
            new Pointer(Pointer.Type.PAGE, "v", "311", "5"),
            new Pointer(Pointer.Type.FOOTNOTE, "v", "312", "")),
        FootnotePointers.of(
            new Footnote(
                "9",
                "f",
                "See telegram No. 5, January 6, to the Chargé in Uruguay, p. 311; and footnote 3,"
                    + " p. 312.",
                List.of("#pg_311", "#pg_312")),
            "v"));
  }

  @Test
  void anotherFootnotesPageGivesOnlyADocumentThereThatAgreesWithThePhrase() {
    Footnote seeNote3 = new Footnote("7", "d9fn7", "See footnote 1, p. 3.", List.of("#pg_3"));
    java.util.function.Function<String, Link> citing =
        text ->
            firstWithTheWire(doc("d9", BERN, STATE, "1934-05-05T10:00:00", "250", text, seeNote3));
    // d3, on p. 3, is the Department's 142: it bears the number.
    Link numbered = citing.apply("250. Department's 142|.");
    assertEquals(Optional.of("v/d3"), numbered.target());
    assertEquals(Link.Evidence.FOOTNOTE, numbered.evidence());
    // A copy of the same telegram to another post, numbered in that post's series, has its day and
    // time of dispatch.
    Link copy = citing.apply("250. Department's 77, April 30, 3 p.m.|");
    assertEquals(Optional.of("v/d3"), copy.target());
    assertEquals(Link.Evidence.FOOTNOTE, copy.evidence());
    // A mail instruction of that day without its number or time is not the telegram there.
    Link day = citing.apply("250. Department's instruction 69 dated April 30|.");
    assertEquals(Optional.empty(), day.target());
  }

  @Test
  void aFootnoteNamesEachMessageOfAListWhereItIsPrinted() {
    // "Our 99 and 123": No. 99 by its page, No. 123 as the document before.
    assertEquals(
        List.of(
            new Pointer(Pointer.Type.PAGE, "v", "194", "99"),
            new Pointer(Pointer.Type.SUPRA, "v", "", "123")),
        FootnotePointers.of(
            new Footnote("7", "f", "No. 99 printed on p. 194; No. 123, supra.", List.of("#pg_194")),
            "v"));
  }

  @Test
  void aFootnoteSaysWhichMessagesAreNotPrinted() {
    Pointer notPrinted = new Pointer(Pointer.Type.NOT_PRINTED, "v", "", "");
    // The one message the footnote describes.
    assertEquals(
        List.of(notPrinted),
        FootnotePointers.of(
            new Footnote("8", "f", "Instruction No. 69, October 1; not printed.", List.of()), "v"));
    // By number, of a list.
    assertEquals(
        List.of(
            notPrinted.forNumber("40"),
            notPrinted.forNumber("41"),
            notPrinted.forNumber("42"),
            notPrinted.forNumber("44")),
        FootnotePointers.of(
            new Footnote("8", "f", "Nos. 40, 41, 42, and 44 not printed.", List.of()), "v"));
    // The list's other message, after one printed.
    assertEquals(
        List.of(new Pointer(Pointer.Type.PAGE, "v", "828", ""), notPrinted),
        FootnotePointers.of(
            new Footnote(
                "2",
                "f",
                "Memorandum of May 7, ante, p. 828; that of June 6 not printed.",
                List.of("#pg_828")),
            "v"));
    // A text in another language is not a message.
    assertEquals(
        List.of(),
        FootnotePointers.of(
            new Footnote("8", "f", "In English and Spanish; Spanish text not printed.", List.of()),
            "v"));
  }

  @Test
  void aMessageAFootnoteSaysIsNotPrintedIsOnlyThatOne() {
    // "Your 237 and 238" with "No. 238 not printed.": 237 is still the Minister's telegram.
    List<Link> ls =
        new Linker(MemoryCatalogue.of(WIRE), Linker.Options.DEFAULT)
            .link(
                doc(
                    "d9",
                    STATE,
                    BERN,
                    "1934-05-05T10:00:00",
                    "150",
                    "150. Your 237 and 238|.",
                    new Footnote("3", "d9fn3", "No. 238 not printed.", List.of())));
    assertEquals(Optional.of("v/d2"), ls.get(0).target());
    assertEquals(Link.Status.NOT_PRINTED, ls.get(1).status());
  }

  @Test
  void readsFootnotePointers() {
    assertEquals(
        List.of(
            new Pointer(Pointer.Type.PAGE, "v", "67", ""),
            new Pointer(Pointer.Type.PAGE, "v", "70", "")),
        FootnotePointers.of(new Footnote("1", "f", "Ante, pp. 67 and 70.", List.of()), "v"));
    assertEquals(
        List.of(new Pointer(Pointer.Type.PAGE, "frus1935v01", "563", "")),
        FootnotePointers.of(
            new Footnote("1", "f", "Foreign Relations, 1935, vol. I, p. 563.", List.of()), "v"));
    assertEquals(
        List.of(new Pointer(Pointer.Type.SUPRA, "v", "", "")),
        FootnotePointers.of(new Footnote("1", "f", "Supra.", List.of()), "v"));
    assertEquals(
        List.of(new Pointer(Pointer.Type.DOCUMENT, "v", "d101", "")),
        FootnotePointers.of(new Footnote("1", "f", "Ante, p. 65.", List.of("#d101")), "v"));
  }
}
