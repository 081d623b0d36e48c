package org.chancery.read.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chancery.model.Document;
import org.chancery.model.DocumentType;
import org.chancery.model.Party;
import org.chancery.model.PersonName;
import org.chancery.model.Role;
import org.junit.jupiter.api.Test;

/**
 * The reader on verbatim excerpts of Cold War volumes (tei/modern, sources in its README): headings
 * of the modern form, the encoded date-times, the start page and the persons list.
 */
class TeiVolumeReaderModernTest {

  static Map<String, Document> read(String volume) throws Exception {
    List<Document> docs = new ArrayList<>();
    new TeiVolumeReader().read(fixture(volume), docs::add);
    return docs.stream().collect(Collectors.toMap(Document::id, Function.identity()));
  }

  static Path fixture(String volume) throws URISyntaxException {
    return Path.of(
        TeiVolumeReaderModernTest.class.getResource("modern/" + volume + ".xml").toURI());
  }

  private static Optional<String> role(Optional<Party> p) {
    return p.flatMap(Party::role).map(Role::printed);
  }

  @Test
  void splitsATelegramHeadingIntoSenderAndRecipientRoles() throws Exception {
    Document d = read("frus1955-57v24").get("d190");
    assertEquals(DocumentType.TELEGRAM, d.type());
    assertFalse(d.typeInferred());
    assertEquals(Optional.of("Embassy in Greece"), role(d.sender()));
    assertEquals(Optional.empty(), d.sender().flatMap(Party::name));
    assertEquals(Optional.of("Department of State"), role(d.recipient()));
    assertEquals("1956-08-28T21:00", d.date().orElseThrow().iso());
  }

  @Test
  void readsMemorandaAndLettersWithTheNameInParentheses() throws Exception {
    Map<String, Document> v = read("frus1964-68v14");
    Document memo = v.get("d170");
    assertEquals(DocumentType.MEMORANDUM, memo.type());
    assertEquals(
        Optional.of("Director of the Bureau of Intelligence and Research"), role(memo.sender()));
    assertEquals(Optional.of("Hughes"), memo.sender().flatMap(Party::name));
    assertEquals(Optional.of("President's Special Assistant"), role(memo.recipient()));
    assertEquals(Optional.of("Rostow"), memo.recipient().flatMap(Party::name));
    Document letter = v.get("d171");
    assertEquals(DocumentType.LETTER, letter.type());
    assertFalse(letter.typeInferred());
    assertEquals(Optional.of("Vance"), letter.recipient().flatMap(Party::name));
  }

  @Test
  void knowsEditorialNotesAndMemorandaOfConversation() throws Exception {
    Map<String, Document> v = read("frus1955-57v24");
    assertEquals(DocumentType.EDITORIAL_NOTE, v.get("d195").type());
    assertFalse(v.get("d195").typeInferred());
    Document conversation = v.get("d197");
    assertEquals(DocumentType.MEMORANDUM_OF_CONVERSATION, conversation.type());
    assertEquals(Optional.empty(), conversation.sender());
    assertEquals(
        DocumentType.MEMORANDUM_OF_CONVERSATION, read("frus1964-68v14").get("d178").type());
  }

  @Test
  void takesTheDateTimeFromTheDivAndTheDatelineWhereTheDivHasNone() throws Exception {
    // The 1955-57 divs carry frus:doc-dateTime-min/max; the 1964-68 excerpt only datelines.
    Document timed = read("frus1955-57v24").get("d201");
    assertEquals("1956-10-07T19:30", timed.date().orElseThrow().iso());
    Document dated = read("frus1964-68v14").get("d173");
    assertEquals("1966-09-13T21:55", dated.date().orElseThrow().iso());
    assertEquals(Optional.empty(), read("frus1955-57v24").get("d195").date());
  }

  @Test
  void aDocumentNeverStartsOnAFrontMatterPage() throws Exception {
    // The excerpt kept no page break between the front matter (p. XX) and d190, whose text
    // runs onto p. 395: it began on p. 394.
    assertEquals(Optional.of("394"), read("frus1955-57v24").get("d190").startPage());
    assertEquals(Optional.of("411"), read("frus1964-68v14").get("d170").startPage());
  }

  @Test
  void tiesNamesToTheModernPersonsList() throws Exception {
    // <item><hi rend="strong"><persName xml:id="p_GAA1">Gromyko, Andrei A.</persName>,</hi>
    // Soviet Foreign Minister</item>, pointed to by persName/@corresp in d173.
    Document d = read("frus1964-68v14").get("d173");
    PersonName gromyko =
        d.blocks().stream()
            .flatMap(b -> b.anchors().stream())
            .filter(a -> a instanceof PersonName p && p.ref().equals("p_GAA1"))
            .map(a -> (PersonName) a)
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.of("Gromyko, Andrei A."), gromyko.listed());
    assertEquals(Optional.of("Soviet Foreign Minister"), gromyko.description());
    assertTrue(d.blocks().stream().anyMatch(b -> b.text().contains("I saw Gromyko today")));
  }
}
