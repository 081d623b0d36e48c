package org.chancery.read.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.chancery.model.Abbreviation;
import org.chancery.model.Document;
import org.chancery.model.DocumentType;
import org.chancery.model.Party;
import org.chancery.model.PersonName;
import org.chancery.model.Role;
import org.chancery.understand.Understanding;
import org.chancery.understand.people.Participant;
import org.chancery.understand.people.PartyContext;
import org.chancery.understand.people.PartyIdentifier;
import org.chancery.understand.people.Person;
import org.chancery.understand.people.VolumeNames;
import org.chancery.understand.provenance.Classification;
import org.chancery.understand.provenance.Precedence;
import org.chancery.understand.provenance.Provenance;
import org.chancery.understand.references.ReferenceGrammar;
import org.junit.jupiter.api.Test;

/**
 * Each verbatim fixture of tei/modern read whole as a volume (sources in its README): nine volumes
 * of different decades, 1948 to 1981-88, and what the reader and the understanding make of them.
 */
class ModernVolumesTest {
  private static final Understanding.Understander UNDERSTANDER = new Understanding.Understander();
  private static final List<String> VOLUMES =
      List.of(
          "frus1948v05p1",
          "frus1955-57v24",
          "frus1964-68v14",
          "frus1969-76v12",
          "frus1977-80v01",
          "frus1981-88v03",
          "frus1977-80v17p1",
          "frus1977-80v21",
          "frus1981-88v05");

  // A document understood alone, without its volume's other documents.
  private static Understanding understood(Document d) {
    return UNDERSTANDER.of(d, VolumeNames.NONE);
  }

  @Test
  void readsEveryDocumentOfEveryFixture() throws Exception {
    assertEquals(List.of("d2", "d3", "d4", "d5", "d6"), ids("frus1948v05p1"));
    assertEquals(List.of("d190", "d195", "d197", "d201"), ids("frus1955-57v24"));
    assertEquals(List.of("d170", "d171", "d173", "d174", "d178"), ids("frus1964-68v14"));
    assertEquals(List.of("d2", "d4"), ids("frus1969-76v12"));
    assertEquals(List.of("d20", "d21", "d22"), ids("frus1977-80v01"));
    assertEquals(List.of("d1", "d2", "d3"), ids("frus1981-88v03"));
    assertEquals(List.of("d20"), ids("frus1977-80v17p1"));
    assertEquals(List.of("d10", "d9"), ids("frus1977-80v21"));
    assertEquals(List.of("d28", "d5"), ids("frus1981-88v05"));
  }

  @Test
  void readsTheSubjectEachDocumentPrints() throws Exception {
    Map<String, String> subjects = new TreeMap<>();
    for (String volume : VOLUMES) {
      for (Document d : TeiVolumeReaderModernTest.read(volume).values())
        d.subject().ifPresent(s -> subjects.put(d.key(), s));
    }
    assertEquals(
        Map.ofEntries(
            Map.entry(
                "frus1955-57v24/d197",
                "British Request for Information regarding United States Position on Cyprus in"
                    + " the General Assembly"),
            Map.entry("frus1955-57v24/d201", "Cyprus"),
            Map.entry("frus1964-68v14/d178", "Miscellaneous Matters"),
            Map.entry("frus1969-76v12/d4", "Review of the International Situation"),
            Map.entry(
                "frus1977-80v17p1/d20",
                "Meeting of Somali Ambassador Addou with President Carter, Oval Office, 2:00–2:20"
                    + " p.m., 16 June 1977"),
            Map.entry(
                "frus1977-80v21/d9",
                "Report by Clark Clifford on his Mission to the Eastern Mediterranean"),
            Map.entry("frus1981-88v03/d1", "Initial Moscow Views on the U.S. Election"),
            Map.entry(
                "frus1981-88v03/d2",
                "Whether to Receive Ambassador Dobrynin for Delivery of a Message from Gromyko"),
            Map.entry("frus1981-88v03/d3", "Charge’s Courtesy Call on Korniyenko"),
            Map.entry("frus1981-88v05/d5", "Memcon, Gorbachev Meeting of March 13")),
        subjects);
  }

  @Test
  void givesATelegramCarryingAMemorandumTheTelegramsOwnSubject() throws Exception {
    // "3137. S/S only for clearance. Subject: Memcon, Gorbachev Meeting of March 13." opens the
    // telegram; the memorandum it carries prints "Subject: Meeting with General Secretary
    // Gorbachev After Chernenko Funeral" in its fourth paragraph, which is not the telegram's.
    Document d = TeiVolumeReaderModernTest.read("frus1981-88v05").get("d5");
    assertEquals(Optional.of("Memcon, Gorbachev Meeting of March 13"), d.subject());
    assertTrue(d.text().contains("Subject: Meeting with General Secretary Gorbachev After"));
  }

  @Test
  void readsACarterEraMemorandumOfConversationAndItsParticipants() throws Exception {
    // <date when="1977-03-02T09:00:00-05:00" type="conversation-or-meeting-date">
    Document d = TeiVolumeReaderModernTest.read("frus1977-80v21").get("d9");
    assertEquals(DocumentType.MEMORANDUM_OF_CONVERSATION, d.type());
    assertEquals("1977-03-02T09:00", d.date().orElseThrow().iso());
    assertEquals(Optional.of("Washington"), d.place());
    Understanding u = understood(d);
    Provenance p = u.sources().get(0);
    assertEquals(Provenance.Kind.ARCHIVE, p.kind());
    assertEquals(Optional.of("Department of State"), p.repository());
    assertEquals(Optional.of("Lot 84D241"), p.lot());
    assertEquals(Optional.of(Classification.SECRET), p.classification());
    assertEquals(List.of("Nodis"), p.handling());
    assertEquals(List.of("Hopper"), p.drafting().draftedBy());
    assertEquals(List.of("Twaddell"), p.drafting().approvedBy());
    List<Participant> people = u.participants();
    assertEquals(7, people.size(), people.toString());
    assertEquals(Optional.of("The Secretary"), people.get(0).role());
    assertEquals(Optional.of("Mr. Philip Habib"), people.get(2).name());
    assertEquals(Optional.of("Under Secretary for Political Affairs"), people.get(2).role());
    assertEquals(Optional.of("p_HPC_1"), people.get(2).ref());
    assertEquals(
        Optional.of("Special Assistant to the Counselor-designate (Notetaker)"),
        people.get(6).role());
  }

  @Test
  void datesAConversationPrintedAsASpanOfHoursByItsStart() throws Exception {
    // <date from="1977-03-04T14:30:00-05:00" to="1977-03-04T15:20:00-05:00">March 4, 1977,
    // 2:30–3:20 p.m.</date>: the div's doc-dateTime-min and -max give the span, not one moment.
    Document oval = TeiVolumeReaderModernTest.read("frus1977-80v21").get("d10");
    assertEquals("1977-03-04T14:30", oval.date().orElseThrow().iso());
    Provenance carter = understood(oval).sources().get(0);
    assertEquals(Optional.of("Carter Library"), carter.repository());
    assertEquals(Optional.of(Classification.CONFIDENTIAL), carter.classification());
    // from="1977-06-16T14:00:00" without an offset.
    Document record = TeiVolumeReaderModernTest.read("frus1977-80v17p1").get("d20");
    assertEquals(DocumentType.MEMORANDUM, record.type());
    assertEquals("1977-06-16T14:00", record.date().orElseThrow().iso());
    assertEquals(Optional.of("Washington"), record.place());
    // Vienna's local time, 2–8:10 p.m., from="1985-05-14T14:00:00+02:00".
    Document vienna = TeiVolumeReaderModernTest.read("frus1981-88v05").get("d28");
    assertEquals("1985-05-14T14:00", vienna.date().orElseThrow().iso());
    assertEquals(Optional.of("Vienna"), vienna.place());
  }

  @Test
  void readsTheNamesAfterOfficesInACarterEraParticipantsList() throws Exception {
    // <item><persName corresp="#p_VCR_1">Cyrus Vance</persName>, Secretary of State</item> and
    // <item>Ambassador <persName corresp="#p_AAA_1">Addou</persName></item>.
    List<Participant> oval =
        understood(TeiVolumeReaderModernTest.read("frus1977-80v21").get("d10")).participants();
    assertEquals(7, oval.size(), oval.toString());
    assertEquals(Optional.of("Cyrus Vance"), oval.get(2).name());
    assertEquals(Optional.of("Secretary of State"), oval.get(2).role());
    assertEquals(Optional.of("p_VCR_1"), oval.get(2).ref());
    assertEquals(Optional.of("Gregory Treverton"), oval.get(6).name());
    assertEquals(Optional.of("NSC Staff"), oval.get(6).role());
    List<Participant> somali =
        understood(TeiVolumeReaderModernTest.read("frus1977-80v17p1").get("d20")).participants();
    assertEquals(5, somali.size(), somali.toString());
    assertEquals(Optional.of("Addou"), somali.get(1).name());
    assertEquals(Optional.of("Ambassador"), somali.get(1).role());
    assertEquals(Optional.of("Talcott Seelye"), somali.get(3).name());
    assertEquals(
        Optional.of("Deputy Assistant Secretary of State for Africa"), somali.get(3).role());
  }

  @Test
  void readsAReaganEraParticipantsListGroupedBySide() throws Exception {
    // <list type="participants"><head>PARTICIPANTS</head><item><list><head>U.S.</head>
    // <item>Secretary of State <persName corresp="#p_SGP_1">George P. Shultz</persName></item>...
    Document d = TeiVolumeReaderModernTest.read("frus1981-88v05").get("d28");
    assertEquals(DocumentType.MEMORANDUM_OF_CONVERSATION, d.type());
    Understanding u = understood(d);
    List<Participant> people = u.participants();
    assertEquals(16, people.size(), people.toString());
    Participant shultz = people.get(0);
    assertEquals(Optional.of("George P. Shultz"), shultz.name());
    assertEquals(Optional.of("Secretary of State"), shultz.role());
    assertEquals(Optional.of("U.S."), shultz.side());
    assertEquals(Optional.of("p_SGP_1"), shultz.ref());
    assertEquals(Optional.of("Paul H. Nitze"), people.get(3).name());
    assertEquals(Optional.of("Ambassador"), people.get(3).role());
    assertEquals(Optional.of("R. Mark Palmer"), people.get(6).name());
    assertEquals(Optional.of("Deputy Assistant Secretary"), people.get(6).role());
    assertEquals(8, people.stream().filter(p -> p.side().equals(Optional.of("USSR"))).count());
    // Ambassador Mikhail T. Yefremov, no persName: the given name goes with the initial.
    assertEquals(Optional.of("Mikhail T. Yefremov"), people.get(10).name());
    assertEquals(Optional.of("Ambassador"), people.get(10).role());
    assertEquals(Optional.of("Aleksandr A. Bessmertnykh"), people.get(11).name());
    assertEquals(Optional.of("Chief, USA Dept., MFA"), people.get(11).role());
    Provenance p = u.sources().get(0);
    assertEquals(Optional.of("Department of State"), p.repository());
    assertEquals(Optional.of("Lot 93D188"), p.lot());
    assertEquals(Optional.of(Classification.SECRET), p.classification());
    assertEquals(List.of("Arensburger"), p.drafting().draftedBy());
    assertEquals(List.of("Palmer", "Matlock"), p.drafting().clearedBy());
  }

  @Test
  void keepsAMemorandumOfConversationSentByTelegramATelegram() throws Exception {
    // 1981-88 d5: "Following is draft memcon..." inside telegram 3137 from Moscow.
    Document d = TeiVolumeReaderModernTest.read("frus1981-88v05").get("d5");
    assertEquals(DocumentType.TELEGRAM, d.type());
    assertEquals(Optional.of("Moscow"), d.place());
    assertEquals("1985-03-14T06:37", d.date().orElseThrow().iso());
    assertEquals(Optional.of("Hartman"), d.signature());
    Provenance p = understood(d).sources().get(0);
    assertEquals(Optional.of(Classification.SECRET), p.classification());
    assertEquals(Optional.of(Precedence.IMMEDIATE), p.precedence());
    assertEquals(List.of("Nodis"), p.handling());
  }

  @Test
  void readsTheCarterEraMemorandumAndItsArchive() throws Exception {
    Map<String, Document> v = TeiVolumeReaderModernTest.read("frus1977-80v01");
    Document memo = v.get("d21");
    assertEquals(DocumentType.MEMORANDUM, memo.type());
    assertEquals("1977-02-21", memo.date().orElseThrow().iso());
    assertEquals(Optional.of("White House Press Secretary"), role(memo.sender()));
    assertEquals(Optional.of("Powell"), memo.sender().flatMap(Party::name));
    Provenance p = understood(memo).sources().get(0);
    assertEquals(Provenance.Kind.ARCHIVE, p.kind());
    assertEquals(Optional.of("Carter Library"), p.repository());
    // "No classification marking."
    assertEquals(Optional.empty(), p.classification());
    assertEquals(Provenance.Kind.PUBLICATION, understood(v.get("d22")).sources().get(0).kind());
    assertEquals(DocumentType.EDITORIAL_NOTE, v.get("d20").type());
  }

  @Test
  void splitsAReaganEraTelegramSourceNote() throws Exception {
    Map<String, Document> v = TeiVolumeReaderModernTest.read("frus1981-88v03");
    Document telegram = v.get("d3");
    assertEquals(DocumentType.TELEGRAM, telegram.type());
    assertEquals(Optional.of("Moscow"), telegram.place());
    // <date when="1981-01-22T18:14:00+00:00">January 22, 1981, 1814Z</date>
    assertEquals("1981-01-22T18:14", telegram.date().orElseThrow().iso());
    assertEquals(Optional.of("Embassy in the Soviet Union"), role(telegram.sender()));
    Provenance p = understood(telegram).sources().get(0);
    assertEquals(Optional.of("Department of State"), p.repository());
    assertEquals(Optional.of("Central Foreign Policy File"), p.collection());
    assertEquals("D810033–0452", p.fileNumbers().get(0).number());
    assertEquals(Optional.of(Classification.SECRET), p.classification());
    assertEquals(Optional.of(Precedence.IMMEDIATE), p.precedence());
    assertEquals(List.of("Exdis"), p.handling());
    Provenance memo = understood(v.get("d2")).sources().get(0);
    assertEquals("P810013–0964", memo.fileNumbers().get(0).number());
    assertEquals(Optional.of(Classification.CONFIDENTIAL), memo.classification());
    assertEquals(List.of("German"), memo.drafting().draftedBy());
    assertEquals(Optional.of("Vest"), v.get("d2").sender().flatMap(Party::name));
  }

  @Test
  void readsEveryEntryOfAPersonsListGroupedByLetter() throws Exception {
    // 1981-88: <item><list><item>Watson...</item><item>Weinberger...</item></list></item>.
    Document d = TeiVolumeReaderModernTest.read("frus1981-88v03").get("d1");
    PersonName watson = listed(d, "p_WT_1");
    assertEquals(Optional.of("Watson, Thomas"), watson.listed());
    assertEquals(
        Optional.of("Ambassador to the Soviet Union until January 15, 1981"), watson.description());
    Document carter = TeiVolumeReaderModernTest.read("frus1977-80v01").get("d21");
    assertEquals(
        Optional.of("Soviet Ambassador to the United States"),
        listed(carter, "p_DAF_1").description());
  }

  @Test
  void carriesTheCarterEraAbbreviationsToTheDocumentsThatUseThem() throws Exception {
    Map<String, Document> v = TeiVolumeReaderModernTest.read("frus1977-80v01");
    assertEquals(
        List.of(new Abbreviation("t_AP_1", "AP", "Associated Press")),
        v.get("d20").abbreviations());
    // P.L. is glossed too, but its entry is not among those the fixture keeps.
    assertEquals(
        List.of(new Abbreviation("t_AID_1", "AID", "Agency for International Development")),
        v.get("d22").abbreviations());
    assertEquals(List.of(), v.get("d21").abbreviations());
  }

  @Test
  void readsAnAbbreviationsListGroupedByLetter() throws Exception {
    // 1981-88: <item><list><item><hi><term xml:id="t_NATO_1">NATO</term>,</hi> North Atlantic
    // Treaty Organization</item>...</list></item>; NATO is glossed in a footnote of the heading.
    Document d = TeiVolumeReaderModernTest.read("frus1981-88v03").get("d1");
    assertEquals(
        List.of(
            new Abbreviation("t_NATO_1", "NATO", "North Atlantic Treaty Organization"),
            new Abbreviation("t_ICA_1", "ICA", "International Communication Agency")),
        d.abbreviations());
  }

  @Test
  void readsThe1948TypesDatesAndPlaces() throws Exception {
    Map<String, Document> v = TeiVolumeReaderModernTest.read("frus1948v05p1");
    Document telegram = v.get("d4");
    assertEquals(DocumentType.TELEGRAM, telegram.type());
    assertEquals(Optional.of("Cairo"), telegram.place());
    // frus:doc-dateTime-min 1948-02-25T10:00:00-05:00 is the dateline's 5 p.m. in Cairo.
    assertEquals("1948-02-25T10:00", telegram.date().orElseThrow().iso());
    assertEquals(Optional.of("Ambassador in Egypt"), role(telegram.sender()));
    assertEquals(Optional.of("Tuck"), telegram.sender().flatMap(Party::name));
    assertEquals(DocumentType.LETTER, v.get("d5").type());
    assertEquals(DocumentType.EDITORIAL_NOTE, v.get("d6").type());
    assertEquals(Optional.empty(), v.get("d6").date());
    assertEquals(Optional.of("Washington"), v.get("d2").place());
  }

  @Test
  void decodesThe1948SourceNotesInThe1910To49Scheme() throws Exception {
    Document d = TeiVolumeReaderModernTest.read("frus1948v05p1").get("d3");
    Provenance p = understood(d).sources().get(0);
    assertEquals(Provenance.Kind.DECIMAL_FILE, p.kind());
    assertEquals("891.6363 AIOC/1–2948", p.fileNumbers().get(0).number());
    assertEquals(
        Optional.of("Persia (Iran)"),
        understood(d).files().get(0).countries().stream().findFirst());
  }

  @Test
  void givesThe1948SourceTheClassificationPrintedInTheOpener() throws Exception {
    // <opener><seg rendition="#left"><hi rend="smallcaps">confidential</hi></seg><dateline>...;
    // the source note, "891.6363 AIOC/1–2948", says nothing of it.
    Map<String, Document> v = TeiVolumeReaderModernTest.read("frus1948v05p1");
    for (String id : List.of("d3", "d4")) {
      assertEquals(
          Optional.of(Classification.CONFIDENTIAL),
          understood(v.get(id)).sources().get(0).classification(),
          id);
    }
    assertEquals(Optional.empty(), understood(v.get("d5")).sources().get(0).classification());
  }

  @Test
  void readsParticipantsPrintedAsATable() throws Exception {
    // 1948: <table><row><cell>Participants:</cell><cell>Messrs. [James] Terry Duce ...</cell>.
    Document d = TeiVolumeReaderModernTest.read("frus1948v05p1").get("d2");
    List<Participant> people = understood(d).participants();
    assertEquals(5, people.size(), people.toString());
    assertEquals(Optional.of("Mr. Sanger"), people.get(2).name());
    assertEquals(Optional.of("NE"), people.get(2).role());
    assertEquals(Optional.of("PED"), people.get(4).role());
  }

  @Test
  void readsAnOfficesTitleBeforeAParticipantsNameAsHisRole() throws Exception {
    // 1964-68 d178: "Ambassador Dobrynin" among "Mr. Gromyko" and "Llewellyn E. Thompson".
    Document d = TeiVolumeReaderModernTest.read("frus1964-68v14").get("d178");
    List<Participant> people = understood(d).participants();
    Participant dobrynin =
        people.stream()
            .filter(p -> p.printed().startsWith("Ambassador Dobrynin"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(people.toString()));
    assertEquals(Optional.of("Dobrynin"), dobrynin.name());
    assertEquals(Optional.of("Ambassador"), dobrynin.role());
    assertTrue(
        people.stream().anyMatch(p -> p.name().equals(Optional.of("Mr. Gromyko"))),
        people.toString());
  }

  @Test
  void readsTheRecipientsOfficeBeforeHisNameInAReaganEraHeading() throws Exception {
    // "Action Memorandum From ... (Vest) to Secretary of State Haig"
    Document d = TeiVolumeReaderModernTest.read("frus1981-88v03").get("d2");
    assertEquals(Optional.of("Secretary of State"), role(d.recipient()));
    assertEquals(Optional.of("Haig"), d.recipient().flatMap(Party::name));
    assertEquals(
        "haig-alexander-meigs",
        understood(d).recipient().flatMap(i -> i.person()).orElseThrow().id());
  }

  @Test
  void findsTheTelegramsA1948TelegramCites() throws Exception {
    // "(mytel 184, February 23)": the sender's own earlier telegram.
    Document d = TeiVolumeReaderModernTest.read("frus1948v05p1").get("d4");
    assertTrue(
        ReferenceGrammar.find(d).stream()
            .anyMatch(r -> r.items().stream().anyMatch(i -> i.number().equals(Optional.of("184")))),
        ReferenceGrammar.find(d).toString());
  }

  @Test
  void splitsANixonEraSourceNote() throws Exception {
    Document d = TeiVolumeReaderModernTest.read("frus1969-76v12").get("d2");
    assertEquals(DocumentType.PAPER, d.type());
    assertEquals("1969-01-14", d.date().orElseThrow().iso());
    Provenance p = understood(d).sources().get(0);
    assertEquals(Provenance.Kind.ARCHIVE, p.kind());
    assertEquals(Optional.of("National Archives"), p.repository());
    assertEquals(Optional.of(Classification.CONFIDENTIAL), p.classification());
    assertEquals(List.of("Sonnenfeldt"), p.drafting().draftedBy());
    Provenance secret =
        understood(TeiVolumeReaderModernTest.read("frus1969-76v12").get("d4")).sources().get(0);
    assertEquals(Optional.of(Classification.SECRET), secret.classification());
  }

  @Test
  void tiesNixonEraNamesToThePersonsList() throws Exception {
    // <persName xml:id="p_SHH1">Sonnenfeldt, Helmut</persName>,</hi> Member of the National
    // Security Council Staff from January 1969
    Document d = TeiVolumeReaderModernTest.read("frus1969-76v12").get("d4");
    PersonName kissinger =
        d.blocks().stream()
            .flatMap(b -> b.anchors().stream())
            .filter(a -> a instanceof PersonName p && p.ref().equals("p_KHA1"))
            .map(a -> (PersonName) a)
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.of("Kissinger, Henry A."), kissinger.listed());
    assertTrue(kissinger.description().orElseThrow().startsWith("Assistant to the President"));
    assertEquals(Optional.of("Henry A. Kissinger"), d.signature());
  }

  // The Office of the Historian's people database ties entries of three volumes that spell the name
  // three ways to one person: frus1964-68v14 "Gromyko, Andrei A." (p_GAA1), frus1981-88v03
  // "Gromyko,\n Andrei" (p_GA_1); frus1981-88v05 (p_GA_1), which the bundled records do not
  // cover, lists "Gromyko, Andrei", a name the database records for him alone. Dobrynin is
  // "Anatoli F." in frus1964-68v14 and "Anatoly F." in frus1977-80v01.
  @Test
  void onePersonHasOneIdInEveryVolumeHoweverTheListSpellsTheName() throws Exception {
    Document v03 = TeiVolumeReaderModernTest.read("frus1981-88v03").get("d2");
    Document v05 = TeiVolumeReaderModernTest.read("frus1981-88v05").get("d28");
    Document v14 = TeiVolumeReaderModernTest.read("frus1964-68v14").get("d173");
    Document v01 = TeiVolumeReaderModernTest.read("frus1977-80v01").get("d21");
    assertTrue(listed(v05, "p_GA_1").sole());
    assertEquals("chancery-hsg-105222", listedPersonId(v03, "p_GA_1"));
    assertEquals("chancery-hsg-105222", listedPersonId(v05, "p_GA_1"));
    assertEquals("chancery-hsg-105222", listedPersonId(v14, "p_GAA1"));
    assertEquals(
        "chancery-hsg-103539",
        listedPersonId(TeiVolumeReaderModernTest.read("frus1964-68v14").get("d178"), "p_DAF1"));
    assertEquals("chancery-hsg-103539", listedPersonId(v01, "p_DAF_1"));
  }

  // The id the person the document's name is tied to gets, as its sender would.
  private static String listedPersonId(Document d, String ref) {
    PersonName n = listed(d, ref);
    String printed =
        d.blocks().stream()
            .filter(b -> b.anchors().contains(n))
            .map(b -> b.text().substring(n.offset(), n.end()))
            .findFirst()
            .orElseThrow();
    return PartyIdentifier.bundled()
        .identify(
            Party.of(null, printed).withRef(ref),
            d.date(),
            new PartyContext(
                PartyContext.Side.SENDER,
                Optional.empty(),
                Optional.empty(),
                Optional.of(d.volume()),
                Optional.of(n)))
        .person()
        .map(Person::id)
        .orElseThrow();
  }

  private static PersonName listed(Document d, String ref) {
    return d.blocks().stream()
        .flatMap(b -> b.anchors().stream())
        .filter(a -> a instanceof PersonName p && p.ref().equals(ref))
        .map(a -> (PersonName) a)
        .findFirst()
        .orElseThrow();
  }

  private static List<String> ids(String volume) throws Exception {
    return TeiVolumeReaderModernTest.read(volume).keySet().stream().sorted().toList();
  }

  private static Optional<String> role(Optional<Party> p) {
    return p.flatMap(Party::role).map(Role::printed);
  }
}
