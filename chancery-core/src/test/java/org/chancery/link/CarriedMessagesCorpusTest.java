package org.chancery.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.Corpus;
import org.chancery.model.Document;
import org.chancery.read.ReadException;
import org.chancery.read.formats.Readers;
import org.chancery.understand.references.Forwarding;
import org.chancery.understand.references.Forwardings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Messages a telegram carries ("The following telegram was sent to Nicaragua: “June 27, 4 p.m.
 * ...”") on two real volumes, without the editors' footnotes: a reply to the carried message finds
 * the telegram that carries it, and what the carried message cites is read between its writer and
 * the office it went to.
 */
class CarriedMessagesCorpusTest {
  private static final Map<String, Document> documents = new HashMap<>();
  private static final List<Link> links = new ArrayList<>();

  @BeforeAll
  static void link() throws IOException, ReadException {
    for (String volume : List.of("frus1934v04", "frus1930v01")) {
      Path v = Corpus.volume(volume);
      List<Document> docs = new ArrayList<>();
      Readers.forFile(v).read(v, docs::add);
      docs.forEach(d -> documents.put(d.key(), d));
      Linker linker = new Linker(MemoryCatalogue.of(docs), Linker.Options.NO_FOOTNOTES);
      docs.forEach(d -> links.addAll(linker.link(d)));
    }
  }

  private static Link link(String source, String phrase) {
    return links.stream()
        .filter(l -> l.source().equals(source) && l.phrase().equals(phrase))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no link from " + source + " '" + phrase + "'"));
  }

  @Test
  void readsTheCarriedMessageItsOfficeAndItsOwnDateLine() {
    // "Today I have notified the Secretary of State at Santiago as follows:" ends its paragraph;
    // the message, with no quotation marks, runs to the end of the telegram's own text.
    Forwarding notified = Forwardings.of(documents.get("frus1934v04/d55")).orElseThrow();
    assertEquals("the Secretary of State at Santiago", notified.to());
    assertEquals(Optional.of(LocalDate.of(1934, 1, 4)), notified.date());
    assertEquals(Optional.of(LocalTime.of(15, 0)), notified.time());
    assertEquals(3, notified.block());
    // "The following telegram was sent to Nicaragua:", then one quotation: its marks left out.
    Document d335 = documents.get("frus1930v01/d335");
    Forwarding sent = Forwardings.of(d335).orElseThrow();
    assertEquals("Nicaragua", sent.to());
    assertEquals(Optional.of(LocalDate.of(1930, 6, 27)), sent.date());
    String text = d335.blocks().get(sent.block()).text();
    assertTrue(text.substring(sent.start()).startsWith("June 27, 4 p.m."), text);
    assertEquals('”', text.charAt(sent.end()));
    // A telegram that announces nothing carries nothing.
    assertEquals(Optional.empty(), Forwardings.of(documents.get("frus1934v04/d54")));
  }

  @Test
  void aReplyToTheCarriedMessageFindsTheTelegramThatCarriesIt() {
    // "Referring to my telegram January 4, 3 p.m." and "This and my January 4, 3 p.m. repeated to
    // Department": the message Buenos Aires sent the Secretary at Santiago, which d55 carries; the
    // Ambassador's despatch of January 4 (d54) is not it.
    assertEquals(
        Optional.of("frus1934v04/d55"),
        link("frus1934v04/d56", "my telegram January 4, 3 p.m.").target());
    assertEquals(
        Optional.of("frus1934v04/d55"), link("frus1934v04/d56", "my January 4, 3 p.m.").target());
  }

  @Test
  void theCarriedMessageCitesBetweenItsWriterAndItsOffice() {
    // Honduras to Nicaragua: "your June 25, 3 p.m." is Managua's, not the Bolivian telegram that
    // reached the Department at that minute; Managua's of that minute is not printed.
    Link yours = link("frus1930v01/d335", "your June 25, 3 p.m.");
    assertEquals(Optional.empty(), yours.target());
    assertEquals(Link.Status.UNRESOLVED, yours.status());
    // El Salvador to "the Legation in Managua": Managua's March 3, 3 p.m., printed as sent to the
    // Department.
    assertEquals(
        Optional.of("frus1934v04/d528"), link("frus1934v04/d534", "Your March 3, 3 p.m.").target());
  }
}
