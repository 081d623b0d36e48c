package org.chancery.understand.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.Documents;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.Footnote;
import org.chancery.model.FootnoteMarker;
import org.chancery.model.PersonName;
import org.chancery.read.text.PlainTextReader;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
  private static final MentionFinder FINDER = MentionFinder.bundled();

  private static Document seed() throws Exception {
    List<Document> docs = new ArrayList<>();
    new PlainTextReader()
        .read(Path.of(MentionFinderTest.class.getResource("/text/seed.txt").toURI()), docs::add);
    return docs.get(0);
  }

  private static Document oneParagraph(String text, int offset, String note, String iso) {
    Block p =
        new Block(
            Block.Kind.PARAGRAPH,
            0,
            Optional.empty(),
            text,
            List.of(new FootnoteMarker(offset, "5", "d1fn5")));
    return Documents.telegram(
        iso, List.of(p), List.of(new Footnote("5", "d1fn5", note, List.of())));
  }

  private static Document named(String text, String iso, PersonName... names) {
    Block p = new Block(Block.Kind.PARAGRAPH, 0, Optional.empty(), text, List.of(names));
    return Documents.telegram("frus1918Russiav03", "d1", iso, List.of(p), List.of());
  }

  @Test
  void findsTheSeedsAmbassadorAndMinister() throws Exception {
    List<Mention> m = FINDER.find(seed());
    assertEquals(2, m.size(), m.toString());
    assertEquals("The French Ambassador", m.get(0).text());
    assertEquals("d1fn31", m.get(0).footnoteId());
    assertEquals("Robert Coulondre", m.get(0).person());
    assertEquals(Optional.empty(), m.get(0).personId());
    assertEquals("The Lithuanian Minister", m.get(1).text());
    assertEquals("d1fn32", m.get(1).footnoteId());
    assertEquals("Dr. Jurgis Baltrusaitis", m.get(1).person());
  }

  @Test
  void keepsTheSpanOfTheMentionInItsBlock() throws Exception {
    Document d = seed();
    Mention m = FINDER.find(d).get(0);
    assertEquals(m.text(), d.blocks().get(m.block()).text().substring(m.start(), m.end()));
  }

  @Test
  void readsTheDescriptionAndLinksUsOfficialsToPocom() {
    String text = "I discussed this with the Under Secretary and he agreed.";
    Document d =
        oneParagraph(
            text,
            text.indexOf(" and"),
            "William Phillips, Under Secretary of State.",
            "1934-05-02");
    Mention m = FINDER.find(d).get(0);
    assertEquals("the Under Secretary", m.text());
    assertEquals(Optional.of("Under Secretary of State"), m.description());
    assertEquals(Optional.of("phillips-william"), m.personId());
  }

  @Test
  void takesCapitalisedWordsAcrossConnectors() {
    String text = "I saw the Minister of Foreign Affairs yesterday.";
    int at = text.indexOf(" yesterday");
    assertEquals(
        "the Minister of Foreign Affairs", text.substring(MentionFinder.phraseStart(text, at), at));
    String mr = "In a talk with Mr. Litvinov today";
    int end = mr.indexOf(" today");
    assertEquals("Mr. Litvinov", mr.substring(MentionFinder.phraseStart(mr, end), end));
  }

  @Test
  void ignoresReferenceFootnotes() {
    for (String note :
        new String[] {
          "Not printed.",
          "Ante, p. 65.",
          "Foreign Relations, 1930, vol. ii, p. 759.",
          "Rumanian Minister for Foreign Affairs.",
          "See footnote 32, p. 56.",
          "Supra.",
          "Telegraphic instruction No. 19, Nov. 30, 1925; not printed."
        }) {
      assertEquals(
          List.of(), FINDER.find(oneParagraph("Your telegram 12 arrived.", 16, note, null)), note);
    }
  }

  @Test
  void recognisesPersonNotes() {
    assertEquals(
        Optional.of(
            new PersonNote(
                "Robert Coulondre", Optional.of("French Ambassador in the Soviet Union"))),
        PersonNote.parse("Robert Coulondre, French Ambassador in the Soviet Union."));
    assertEquals(
        "James A. Logan, Jr.",
        PersonNote.parse("James A. Logan, Jr., American unofficial representative.")
            .orElseThrow()
            .name());
    assertEquals(
        "Manuel de Freyre y Santander",
        PersonNote.parse("Manuel de Freyre y Santander, Peruvian Ambassador in Washington.")
            .orElseThrow()
            .name());
    assertTrue(PersonNote.parse("J. F. de la Ossa.").isPresent());
    assertTrue(PersonNote.parse("Sir Eric Drummond, British Ambassador in Italy.").isPresent());
  }

  @Test
  void turnsANameTiedToThePersonsListIntoAMentionOfThePersonListed() {
    String text = "Stevens and Francis have left.";
    Document d =
        named(
            text,
            "1917-06-04",
            new PersonName(
                0,
                7,
                "p_SJF1",
                Optional.of("Stevens, John F."),
                Optional.of("chairman of the Advisory Commission of Railway Experts to Russia")),
            new PersonName(
                12,
                19,
                "p_FDR1",
                Optional.of("Francis, David R."),
                Optional.of("Ambassador in Russia")));
    assertEquals(
        List.of(
            new Mention(
                "Stevens",
                Mention.PERSONS_LIST,
                "John F. Stevens",
                Optional.of("chairman of the Advisory Commission of Railway Experts to Russia"),
                // Outside POCOM, listed with initials: the entry's own id, as a sender tied to
                // the entry gets.
                Optional.of("chancery-frus1918russiav03-p-sjf1"),
                0,
                0,
                7),
            new Mention(
                "Francis",
                Mention.PERSONS_LIST,
                "David R. Francis",
                Optional.of("Ambassador in Russia"),
                Optional.of("francis-david-rowland"),
                0,
                12,
                19)),
        FINDER.find(d));
    assertTrue(!FINDER.find(d).get(0).byFootnote());
  }

  // "Arbatov" tied to entry p_AG_1, "Arbatov, Georgii"; {@code sole}: the volume's only entry so.
  private static PersonName arbatov(boolean sole) {
    return new PersonName(
        0,
        7,
        "p_AG_1",
        Optional.of("Arbatov, Georgii"),
        Optional.of("Director, Soviet Institute for U.S.A. and Canada Studies"),
        sole);
  }

  @Test
  void aListedPersonOutsidePocomNamedInFullHasOneIdAcrossVolumes() {
    // As a party tied to the entry: the name in full, no other entry of the volume so.
    assertEquals(
        Optional.of("chancery-person-arbatov-georgii"),
        FINDER.find(named("Arbatov said no.", "1984-09-28", arbatov(true))).get(0).personId());
    // The same name printed for two entries of the volume keeps the entry's own id.
    assertEquals(
        Optional.of("chancery-frus1918russiav03-p-ag-1"),
        FINDER.find(named("Arbatov said no.", "1984-09-28", arbatov(false))).get(0).personId());
    // A name the Office of the Historian's people database records for one person is that person.
    PersonName gromyko =
        new PersonName(
            0,
            7,
            "p_GA_1",
            Optional.of("Gromyko, Andrei"),
            Optional.of("Soviet Foreign Minister"),
            true);
    assertEquals(
        Optional.of("chancery-hsg-105222"),
        FINDER.find(named("Gromyko said no.", "1984-09-28", gromyko)).get(0).personId());
  }

  @Test
  void linksAListedPersonToPocomOnlyWithinAnAppointmentAndWithAgreeingForenames() {
    PersonName lansing =
        new PersonName(
            0, 7, "p_LR1", Optional.of("Lansing, Robert"), Optional.of("Secretary of State"));
    assertEquals(
        Optional.of("lansing-robert"),
        FINDER.find(named("Lansing replied.", "1918-05-01", lansing)).get(0).personId());
    assertEquals(
        Optional.empty(),
        FINDER.find(named("Lansing replied.", "1921-05-01", lansing)).get(0).personId());
    assertEquals(
        Optional.empty(), FINDER.find(named("Lansing replied.", null, lansing)).get(0).personId());
    PersonName long_ =
        new PersonName(
            0,
            4,
            "p_LB1",
            Optional.of("Long, Breckinridge"),
            Optional.of("Third Assistant Secretary of State"));
    // Boaz Walton Long was also in office in 1919; "Breckinridge" agrees only with POCOM's
    // Breckinridge Long.
    assertEquals(
        Optional.of("long-samuel-miller-breckinridge"),
        FINDER.find(named("Long agreed.", "1919-07-01", long_)).get(0).personId());
  }

  @Test
  void leavesNamesTiedToAnotherVolumesListUnmentioned() {
    Document d =
        named(
            "Cecil agreed.",
            "1917-06-01",
            new PersonName(0, 5, "frus1917Supp02v01#p_CLR1", Optional.empty(), Optional.empty()));
    assertEquals(List.of(), FINDER.find(d));
  }

  @Test
  void putsListedNamesInReadingOrder() {
    assertEquals("John F. Stevens", ListedPersons.readingOrder("Stevens, John F."));
    assertEquals("Baron Shimpei Goto", ListedPersons.readingOrder("Goto, Shimpei, Baron"));
    assertEquals(
        "Count Wilhelm von Mirbach", ListedPersons.readingOrder("Mirbach, Wilhelm, Count von"));
    assertEquals("Dr. H. A. van Karnebeek", ListedPersons.readingOrder("Karnebeek, Dr. H. A. van"));
    assertEquals(
        "Maj. Gen. William S. Graves", ListedPersons.readingOrder("Graves, Maj. Gen. William S."));
    assertEquals("Nicholas II", ListedPersons.readingOrder("Nicholas II"));
  }
}
