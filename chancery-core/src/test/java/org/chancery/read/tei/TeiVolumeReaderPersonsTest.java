package org.chancery.read.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.FootnoteMarker;
import org.chancery.model.PageBreak;
import org.chancery.model.Party;
import org.chancery.model.PersonName;
import org.chancery.model.Role;
import org.chancery.read.ReadSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reader on a volume with a List of Principal Persons and names tied to it
 * (tei/persons-volume.xml).
 */
class TeiVolumeReaderPersonsTest {
  private static final Optional<String> STEVENS = Optional.of("Stevens, John F.");
  private static final Optional<String> CHAIRMAN =
      Optional.of("chairman of the Advisory Commission of Railway Experts to Russia");

  private static ReadSummary summary;
  private static Document d1;

  @BeforeAll
  static void read() throws Exception {
    List<Document> docs = new ArrayList<>();
    summary =
        new TeiVolumeReader()
            .read(
                Path.of(
                    TeiVolumeReaderPersonsTest.class
                        .getResource("/tei/persons-volume.xml")
                        .toURI()),
                docs::add);
    d1 = docs.get(0);
  }

  @Test
  void marksANameInTheHeadingWithItsEntryAndKeepsTheSender() {
    Block head = d1.blocks().get(0);
    assertEquals("The Chairman (Stevens) to the Secretary of State", head.text());
    assertEquals(
        List.of(new PersonName(14, 21, "p_SJF1", STEVENS, CHAIRMAN, true)), head.anchors());
    assertEquals(
        Optional.of(
            new Party(
                Optional.of(Role.of("Chairman")), Optional.of("Stevens"), Optional.of("p_SJF1"))),
        d1.sender());
  }

  @Test
  void marksNamesInTheTextAmongPageBreaksAndFootnoteMarkers() {
    Block p = d1.blocks().get(2);
    assertEquals("I saw Baron Goto and Nicholas II. Then Smith and left.", p.text());
    assertEquals(
        List.of(
            new PersonName(
                6,
                16,
                "p_GSB1",
                Optional.of("Goto, Shimpei, Baron"),
                Optional.of("Japanese Minister of Foreign Affairs; aide to Stevens"),
                true),
            new PersonName(21, 32, "p_N2", Optional.of("Nicholas II"), Optional.empty(), true),
            new PageBreak(30, "9", Optional.of("pg_9")),
            new FootnoteMarker(33, "1", "d1fn1"),
            new PersonName(39, 44, "frus9997#p_X1", Optional.empty(), Optional.empty())),
        p.anchors());
  }

  @Test
  void leavesNamesInFootnotesAndEmptyNamesUnmarked() {
    assertEquals("Not Stevens.", d1.footnotes().get(0).text());
    assertEquals(5, d1.blocks().get(2).anchors().size());
  }

  @Test
  void readsTheListWithoutProblems() {
    assertEquals(List.of(), summary.problems());
    assertEquals(1, summary.documents());
  }
}
