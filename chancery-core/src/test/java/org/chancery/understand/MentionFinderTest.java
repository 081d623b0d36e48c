package org.chancery.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.DocumentType;
import org.chancery.model.Footnote;
import org.chancery.model.FootnoteMarker;
import org.chancery.read.text.PlainTextReader;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
  private static final MentionFinder FINDER = MentionFinder.bundled();

  private static Document seed() throws Exception {
    List<Document> docs = new ArrayList<>();
    new PlainTextReader().read(Path.of(MentionFinderTest.class.getResource("/text/seed.txt").toURI()), docs::add);
    return docs.get(0);
  }

  private static Document oneParagraph(String text, int offset, String note, String iso) {
    Block p = new Block(Block.Kind.PARAGRAPH, 0, Optional.empty(), text, List.of(new FootnoteMarker(offset, "5", "d1fn5")));
    return new Document("v", "d1", Optional.empty(), Optional.empty(), Optional.empty(), DocumentType.TELEGRAM, false,
        List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.ofNullable(iso).map(DocumentDate::parse),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(p), List.of(new Footnote("5", "d1fn5", note, List.of())),
        Optional.empty());
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
    Document d = oneParagraph(text, text.indexOf(" and"),
        "William Phillips, Under Secretary of State.", "1934-05-02");
    Mention m = FINDER.find(d).get(0);
    assertEquals("the Under Secretary", m.text());
    assertEquals(Optional.of("Under Secretary of State"), m.description());
    assertEquals(Optional.of("phillips-william"), m.personId());
  }

  @Test
  void takesCapitalisedWordsAcrossConnectors() {
    String text = "I saw the Minister of Foreign Affairs yesterday.";
    int at = text.indexOf(" yesterday");
    assertEquals("the Minister of Foreign Affairs", text.substring(MentionFinder.phraseStart(text, at), at));
    String mr = "In a talk with Mr. Litvinov today";
    int end = mr.indexOf(" today");
    assertEquals("Mr. Litvinov", mr.substring(MentionFinder.phraseStart(mr, end), end));
  }

  @Test
  void ignoresReferenceFootnotes() {
    for (String note : new String[] {"Not printed.", "Ante, p. 65.", "Foreign Relations, 1930, vol. ii, p. 759.",
        "Rumanian Minister for Foreign Affairs.", "See footnote 32, p. 56.", "Supra.", "Telegraphic instruction No. 19, Nov. 30, 1925; not printed."}) {
      assertEquals(List.of(), FINDER.find(oneParagraph("Your telegram 12 arrived.", 16, note, null)), note);
    }
  }

  @Test
  void recognisesPersonNotes() {
    assertEquals(Optional.of(new PersonNote("Robert Coulondre", Optional.of("French Ambassador in the Soviet Union"))),
        PersonNote.parse("Robert Coulondre, French Ambassador in the Soviet Union."));
    assertEquals("James A. Logan, Jr.", PersonNote.parse("James A. Logan, Jr., American unofficial representative.").orElseThrow().name());
    assertEquals("Manuel de Freyre y Santander", PersonNote.parse("Manuel de Freyre y Santander, Peruvian Ambassador in Washington.").orElseThrow().name());
    assertTrue(PersonNote.parse("J. F. de la Ossa.").isPresent());
    assertTrue(PersonNote.parse("Sir Eric Drummond, British Ambassador in Italy.").isPresent());
  }
}
