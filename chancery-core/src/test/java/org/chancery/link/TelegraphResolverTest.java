package org.chancery.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.DocumentType;
import org.chancery.model.FileNumber;
import org.chancery.model.Footnote;
import org.chancery.model.FootnoteMarker;
import org.chancery.model.Party;
import org.chancery.model.Serial;
import org.chancery.model.SourceNote;
import org.junit.jupiter.api.Test;

/** The telegraph's rules, each on a small constructed catalogue, without footnotes. */
class TelegraphResolverTest {
  private static final Party STATE = Party.of("Secretary of State", null);
  private static final Party TOKYO = Party.of("Ambassador in Japan", "Morris");
  private static final Party PEKING = Party.of("Chargé in China", "MacMurray");
  private static final Party LONDON = Party.of("Consul General at London", "Skinner");
  private static final Party MADRID = Party.of("Ambassador in Spain", "Willard");
  private static final Party HAGUE = Party.of("Minister in the Netherlands", "Garrett");

  private static Document doc(
      String id,
      DocumentType type,
      Party from,
      Party to,
      String when,
      String serial,
      Block.Kind kind,
      String text) {
    return document(
        id,
        type,
        Optional.of(from),
        Optional.of(to),
        when,
        serial,
        List.of(new Block(kind, 0, Optional.empty(), text, List.of())),
        List.of());
  }

  private static Document document(
      String id,
      DocumentType type,
      Optional<Party> from,
      Optional<Party> to,
      String when,
      String serial,
      List<Block> blocks,
      List<Footnote> footnotes) {
    return new Document(
        "v",
        id,
        Optional.of(id.substring(1)),
        Optional.empty(),
        Optional.empty(),
        type,
        false,
        List.of(),
        from,
        to,
        Optional.empty(),
        Optional.of(DocumentDate.parse(when)),
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(serial).map(s -> new Serial(s, Optional.empty(), Optional.empty())),
        blocks,
        footnotes,
        Optional.empty());
  }

  private static Document wire(String id, Party from, Party to, String when, String text) {
    return doc(id, DocumentType.TELEGRAM, from, to, when, null, Block.Kind.PARAGRAPH, text);
  }

  private static Link first(Document citing, Document... others) {
    List<Document> all = new ArrayList<>(List.of(others));
    all.add(citing);
    return new Linker(MemoryCatalogue.of(all), Linker.Options.NO_FOOTNOTES).link(citing).get(0);
  }

  @Test
  void aDateAndTimeOfDispatchNameTheSendersMessageWhoeverElseGotIt() {
    Document toTokyo = wire("d1", STATE, TOKYO, "1918-08-30T16:00:00", "Transmit to Peking.");
    Document other = wire("d2", STATE, TOKYO, "1918-08-30T18:00:00", "Another.");
    Document citing =
        wire(
            "d3",
            PEKING,
            STATE,
            "1918-09-12T00:00:00",
            "The proposal in your August 30, 4 p.m., is studied.");
    Link l = first(citing, toTokyo, other);
    assertEquals(Optional.of("v/d1"), l.target());
    assertEquals("sender, date and time", l.reason());
  }

  @Test
  void anInstructionMayGoByCable() {
    Document cable = wire("d1", STATE, LONDON, "1917-06-19T18:00:00", "Prevent shipments.");
    Document citing =
        doc(
            "d2",
            DocumentType.DESPATCH,
            LONDON,
            STATE,
            "1917-06-21",
            "4330",
            Block.Kind.PARAGRAPH,
            "I acknowledge the Department’s instruction of June 19 in cipher.");
    assertEquals(Optional.of("v/d1"), first(citing, cable).target());
  }

  @Test
  void aCircularReachesEveryPostWhicheverCopyIsPrinted() {
    Document circular =
        doc(
            "d1",
            DocumentType.CIRCULAR,
            STATE,
            MADRID,
            "1917-10-06T18:00:00",
            null,
            Block.Kind.PARAGRAPH,
            "There is no basis for the statement.");
    Document citing =
        wire(
            "d2",
            HAGUE,
            STATE,
            "1917-10-18T19:00:00",
            "I have made use of your telegram of October 6.");
    assertEquals(Optional.of("v/d1"), first(citing, circular).target());
  }

  // A paper of the Department's of July 25, 1917, or Polk's letter of November 9 citing one.
  private static Document paper(String id, DocumentType type, Party to, String text) {
    boolean citing = type == DocumentType.LETTER;
    Party from = citing ? Party.of("Counselor for the Department of State", "Polk") : STATE;
    String when = citing ? "1917-11-09" : "1917-07-25";
    return doc(id, type, from, to, when, null, Block.Kind.PARAGRAPH, text);
  }

  @Test
  void aCircularCitedAsSuchIsTheOneCircularOfItsDay() {
    // The Department wrote to two foreign missions and to all of them on one day; "the
    // Department's circular memorandum of July 25" is the one to all.
    Party cuba = Party.of("Cuban Minister", "De Céspedes");
    Document toCuba = paper("d1", DocumentType.NOTE, cuba, "Sir: I have the honor.");
    Document toFrance =
        paper(
            "d2",
            DocumentType.NOTE,
            Party.of("French Ambassador", "Jusserand"),
            "Excellency: I have the honor.");
    Document toAll =
        paper(
            "d3",
            DocumentType.MEMORANDUM,
            Party.of("Heads of Diplomatic Missions at Washington", null),
            "The Acting Secretary of State presents his compliments.");
    String circular = "I refer to the Department's circular memorandum of July 25, 1917.";
    Document toSweden =
        paper("d4", DocumentType.LETTER, Party.of("Swedish Minister", "Ekengren"), circular);
    Link l = first(toSweden, toCuba, toFrance, toAll);
    assertEquals(Optional.of("v/d3"), l.target());
    assertEquals("posts, number and date, the one circular", l.reason());
    // Written to the Cuban Minister, the circular still outranks his own note of that day; without
    // the word, his own note is the one meant.
    Document toCubaCiting = paper("d4", DocumentType.LETTER, cuba, circular);
    assertEquals(Optional.of("v/d3"), first(toCubaCiting, toCuba, toFrance, toAll).target());
    Document plain =
        paper(
            "d4",
            DocumentType.LETTER,
            cuba,
            "I refer to the Department's memorandum of July 25, 1917.");
    assertEquals(Optional.of("v/d1"), first(plain, toCuba, toFrance, toAll).target());
  }

  @Test
  void aNoteQuotedInATelegramCitesTheTelegramsThatCarriedItsExchange() {
    Party page = Party.of("Ambassador in Great Britain", "Page");
    Document carried =
        wire("d1", STATE, page, "1917-11-27T19:00:00", "Deliver the following note.");
    Document elsewhere = wire("d2", STATE, MADRID, "1917-11-27T18:00:00", "Another.");
    Document citing =
        doc(
            "d3",
            DocumentType.TELEGRAM,
            STATE,
            page,
            "1917-12-08T18:00:00",
            null,
            Block.Kind.QUOTATION,
            "The mission has received the answer to the proposals in your note of November 27.");
    assertEquals(Optional.of("v/d1"), first(citing, carried, elsewhere).target());
    Document unquoted =
        wire("d4", STATE, page, "1917-12-08T18:00:00", "The answer to your note of November 27.");
    assertEquals(Link.Status.UNRESOLVED, first(unquoted, carried, elsewhere).status());
  }

  @Test
  void ofSeveralTheOneDatedToTheMinuteIsMeant() {
    Document timed =
        doc(
            "d1",
            DocumentType.TELEGRAM,
            TOKYO,
            STATE,
            "1934-04-30T14:00:00",
            "237",
            Block.Kind.PARAGRAPH,
            "237.");
    Document untimed =
        doc(
            "d2",
            DocumentType.TELEGRAM,
            TOKYO,
            STATE,
            "1934-04-30",
            "237",
            Block.Kind.PARAGRAPH,
            "237.");
    Document citing = wire("d3", STATE, TOKYO, "1934-05-01T12:00:00", "Your 237, April 30, 2 p.m.");
    assertEquals(Optional.of("v/d1"), first(citing, timed, untimed).target());
  }

  @Test
  void ofSeveralTheOneBetweenTheCitingPostsIsMeant() {
    Document ours =
        doc(
            "d1",
            DocumentType.TELEGRAM,
            STATE,
            TOKYO,
            "1934-04-30",
            "12",
            Block.Kind.PARAGRAPH,
            "12.");
    Document theirs =
        doc(
            "d2",
            DocumentType.TELEGRAM,
            STATE,
            MADRID,
            "1934-04-30",
            "12",
            Block.Kind.PARAGRAPH,
            "12.");
    Document citing =
        doc(
            "d3",
            DocumentType.TELEGRAM,
            TOKYO,
            STATE,
            "1934-05-01T12:00:00",
            null,
            Block.Kind.QUOTATION,
            "Referring to telegram 12 of April 30.");
    assertEquals(Optional.of("v/d1"), first(citing, ours, theirs).target());
  }

  @Test
  void theDepartmentsMessageRoutedFromAPlaceIsResolvedWithoutFailing() {
    Document citing =
        wire("d1", TOKYO, STATE, "1934-05-01T12:00:00", "Department’s 143 from Geneva.");
    assertEquals(Link.Status.UNRESOLVED, first(citing).status());
  }

  @Test
  void aMessageRelayedForThePresidentCitesThePresidentsSeries() {
    Party house = Party.of("Special Representative", "House");
    Party wilson = Party.of(null, "President Wilson");
    Document department =
        doc(
            "d1",
            DocumentType.TELEGRAM,
            STATE,
            house,
            "1918-11-02T15:00:00",
            "10",
            Block.Kind.PARAGRAPH,
            "10.");
    Document president =
        doc(
            "d2",
            DocumentType.TELEGRAM,
            wilson,
            house,
            "1918-11-07",
            "10",
            Block.Kind.PARAGRAPH,
            "10. I concur.");
    Document citing =
        doc(
            "d3",
            DocumentType.TELEGRAM,
            house,
            STATE,
            "1918-11-24T12:00:00",
            "159",
            Block.Kind.PARAGRAPH,
            "159. Secret for the President. As to your number 10, I agree.");
    assertEquals(Optional.of("v/d2"), first(citing, department, president).target());
    Document plain =
        doc(
            "d4",
            DocumentType.TELEGRAM,
            house,
            STATE,
            "1918-11-24T12:00:00",
            "160",
            Block.Kind.PARAGRAPH,
            "160. As to your number 10, I agree.");
    assertEquals(Optional.of("v/d1"), first(plain, department, president).target());
  }

  // ---- rules from the chancery's filing and the editors' readings

  private static final Party TEGUCIGALPA = Party.of("Minister in Honduras", "Lay");
  private static final Party MANAGUA = Party.of("Minister in Nicaragua", "Hanna");
  private static final Party SAN_JOSE = Party.of("Minister in Costa Rica", "Eberhardt");
  private static final Party BRITISH = Party.of("British Embassy", null);

  /** {@code d}, filed under the Decimal File number {@code number}. */
  private static Document filed(Document d, String number) {
    FileNumber file = new FileNumber(number, Optional.empty());
    return with(d, List.of(new SourceNote(number, List.of(file))), d.serial());
  }

  /** {@code d}, numbered {@code number}. */
  private static Document serial(Document d, String number) {
    return with(
        d, d.sourceNotes(), Optional.of(new Serial(number, Optional.empty(), Optional.empty())));
  }

  private static Document with(Document d, List<SourceNote> notes, Optional<Serial> serial) {
    return new Document(
        d.volume(),
        d.id(),
        d.n(),
        d.parent(),
        d.startPage(),
        d.type(),
        d.typeInferred(),
        notes,
        d.sender(),
        d.recipient(),
        d.place(),
        d.date(),
        d.printedDate(),
        d.received(),
        serial,
        d.blocks(),
        d.footnotes(),
        d.signature());
  }

  private static Document instruction(String id, Party to, String when, String serial) {
    return doc(id, DocumentType.INSTRUCTION, STATE, to, when, serial, Block.Kind.PARAGRAPH, "Sir:");
  }

  private static final String CITING = "Department’s instruction No. 16, May 21, is received.";

  @Test
  void theDepartmentsCopyOfTheSameDayToAnotherPostStandsForTheOneNotPrinted() {
    Document toHonduras = filed(instruction("d1", TEGUCIGALPA, "1930-05-21", "1"), "715.1715/360");
    Document citing = filed(wire("d2", MANAGUA, STATE, "1930-06-13", CITING), "715.1715/380");
    Link l = first(citing, toHonduras);
    assertEquals(Optional.of("v/d1"), l.target());
    assertEquals(
        "the Department's copy of the same day to another post, filed in the same case",
        l.reason());
  }

  @Test
  void aCopyToAnotherPostNeedsTheSameCaseAndOnlyOneCopy() {
    Document otherCase = filed(instruction("d1", TEGUCIGALPA, "1930-05-21", "1"), "815.00/4500");
    Document citing = filed(wire("d2", MANAGUA, STATE, "1930-06-13", CITING), "715.1715/380");
    assertEquals(Link.Status.UNRESOLVED, first(citing, otherCase).status());

    Document toHonduras = filed(instruction("d1", TEGUCIGALPA, "1930-05-21", "1"), "715.1715/360");
    Document toCostaRica = filed(instruction("d3", SAN_JOSE, "1930-05-21", "7"), "715.1715/361");
    assertEquals(Link.Status.UNRESOLVED, first(citing, toHonduras, toCostaRica).status());
  }

  @Test
  void aPaperCitedByItsDateIsTheOneOfThatDayFiledInTheSameCase() {
    Document memorandum =
        filed(
            doc(
                "d1",
                DocumentType.NOTE,
                STATE,
                BRITISH,
                "1918-10-21",
                null,
                Block.Kind.PARAGRAPH,
                "Memorandum."),
            "861.51/392");
    Document unrelated =
        filed(
            doc(
                "d2",
                DocumentType.NOTE,
                STATE,
                BRITISH,
                "1918-10-21",
                null,
                Block.Kind.PARAGRAPH,
                "Memorandum."),
            "102.1/4");
    Document citing =
        filed(
            wire("d3", LONDON, STATE, "1918-10-29", "The memorandum dated October 21 was shown."),
            "861.51/382");
    Link l = first(citing, memorandum, unrelated);
    assertEquals(Optional.of("v/d1"), l.target());
    assertEquals("a paper of its kind and date, filed in the same case", l.reason());
  }

  @Test
  void aNoteCitedByItsDateIsTheTelegramThatPrintsItsText() {
    // The Bolivian reply reached Washington only inside the Chargé's telegram of February 27.
    Party laPaz = Party.of("Chargé in Bolivia", "Hibbard");
    Document carrier =
        filed(
            document(
                "d1",
                DocumentType.TELEGRAM,
                Optional.of(laPaz),
                Optional.of(STATE),
                "1930-02-27T17:00:00",
                "16",
                List.of(
                    new Block(
                        Block.Kind.PARAGRAPH,
                        0,
                        Optional.empty(),
                        "16. The following is a translation of the reply of the Bolivian"
                            + " Government:",
                        List.of()),
                    new Block(
                        Block.Kind.PARAGRAPH,
                        0,
                        Optional.empty(),
                        "“La Paz, February 25, 1930. Note number 134. Sir: I have the honor.”",
                        List.of())),
                List.of()),
            "724.3415/1010");
    Document citing =
        filed(
            wire(
                "d2",
                STATE,
                laPaz,
                "1930-03-05T17:00:00",
                "16. The penultimate paragraph of the note of February 25 means progress."),
            "724.3415/1016a");
    Link l = first(citing, carrier);
    assertEquals(Optional.of("v/d1"), l.target());
    assertEquals(
        "a paper of its kind and date, filed in the same case, as a message it went out as or"
            + " carries",
        l.reason());
    // Filed in another case, the note is another paper.
    assertEquals(Optional.empty(), first(filed(citing, "823.00/1"), carrier).target());
  }

  @Test
  void theNumberTheEditorsReadOutranksTheOnePrinted() {
    Document n99 = serial(wire("d1", TOKYO, STATE, "1918-11-12T00:00:00", "99."), "99");
    Document n100 = serial(wire("d2", TOKYO, STATE, "1918-11-13T01:00:00", "100."), "100");
    Document citing = wire("d3", TOKYO, STATE, "1918-11-15T13:00:00", "Referring my 100 [99?].");
    Link l = first(citing, n99, n100);
    assertEquals(Optional.of("v/d1"), l.target());
  }

  @Test
  void numberAndDayNameAMessageWhereTheCitingOnesPostsAreUnknown() {
    Document cable = serial(wire("d1", TOKYO, STATE, "1918-11-15T00:00:00", "109."), "109");
    Document citing =
        new Document(
            "v",
            "d2",
            Optional.of("2"),
            Optional.empty(),
            Optional.empty(),
            DocumentType.OTHER,
            false,
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(DocumentDate.parse("1918-11-21")),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(
                new Block(
                    Block.Kind.PARAGRAPH,
                    0,
                    Optional.empty(),
                    "See cable serial number 109 of November 15, 1918.",
                    List.of())),
            List.of(),
            Optional.empty());
    Link l = first(citing, cable);
    assertEquals(Optional.of("v/d1"), l.target());
    assertEquals("number and date; the citing message's posts unknown", l.reason());
  }

  @Test
  void aMessageTheEditorsNoteWasSentOnAnswersToTheNumberItWentOutAs() {
    Party rome = Party.of("Chargé in Italy", "Kirk");
    Party ethiopia = Party.of("Minister Resident in Ethiopia", "Engert");
    String head = "The Chargé in Italy (Kirk) to the Secretary of State";
    Document repeated =
        document(
            "d1",
            DocumentType.TELEGRAM,
            Optional.of(rome),
            Optional.of(STATE),
            "1936-05-20T16:00:00",
            "173",
            List.of(
                new Block(
                    Block.Kind.HEADING,
                    0,
                    Optional.empty(),
                    head,
                    List.of(new FootnoteMarker(head.length(), "49", "d1fn49"))),
                new Block(
                    Block.Kind.PARAGRAPH,
                    0,
                    Optional.empty(),
                    "Italian papers report.",
                    List.of())),
            List.of(
                new Footnote(
                    "49",
                    "d1fn49",
                    "Repeated to the Minister Resident in Ethiopia as Department’s telegram No."
                        + " 242, May 20, 6 p.m.",
                    List.of())));
    Document citing =
        wire(
            "d2",
            ethiopia,
            STATE,
            "1936-06-05T09:00:00",
            "Department’s 242, May 20. It is untrue that airmen are maintaining surveillance.");
    Link l = first(citing, repeated);
    assertEquals(Optional.of("v/d1"), l.target());
    assertEquals("posts, number and date, as a message it went out as or carries", l.reason());

    // Without the note, nothing of Rome's own series 173 answers to the Department's 242.
    Document plain = wire("d1", rome, STATE, "1936-05-20T16:00:00", "Italian papers report.");
    assertEquals(Optional.empty(), first(citing, plain).target());
  }

  @Test
  void aMemorandumByAPersonToNoOneCitesACableByNumberAndDayAlone() {
    Party house = Party.of("Special Representative", "House");
    Document cable =
        doc(
            "d1",
            DocumentType.TELEGRAM,
            house,
            STATE,
            "1918-11-15T00:00:00",
            "109",
            Block.Kind.PARAGRAPH,
            "Following are remarks made by the French Foreign Office.");
    Document memorandum =
        document(
            "d2",
            DocumentType.MEMORANDUM,
            Optional.of(Party.of(null, "Mr. D. H. Miller")),
            Optional.empty(),
            "1918-11-22",
            null,
            List.of(
                new Block(
                    Block.Kind.PARAGRAPH,
                    0,
                    Optional.empty(),
                    "The note was made the subject of cable serial number 109 of November 15, 1918.",
                    List.of())),
            List.of());
    Link l = first(memorandum, cable);
    assertEquals(Optional.of("v/d1"), l.target());
    assertEquals("number and date; the citing message's posts unknown", l.reason());
  }
}
