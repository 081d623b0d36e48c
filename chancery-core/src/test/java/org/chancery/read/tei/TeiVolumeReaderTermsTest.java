package org.chancery.read.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chancery.model.Abbreviation;
import org.chancery.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The reader on a volume with a list of abbreviations and terms grouped by letter, and glosses
 * pointing at it (tei/terms-volume.xml, its two-term item copied from frus1977-80v01).
 */
class TeiVolumeReaderTermsTest {
  private static final String ARA_EXPANSION =
      "Bureau of Inter-American Affairs, Department of State/Bureau for Latin America, Agency for"
          + " International Development";

  @Test
  void carriesEachTermTheDocumentUsesInTheOrderFirstUsedNotesIncluded() throws Exception {
    assertEquals(
        List.of(
            new Abbreviation("t_ARALA_1", "ARA/LA", ARA_EXPANSION),
            new Abbreviation("t_Z_1", "Z", "Zulu Time (Greenwich Mean Time)"),
            new Abbreviation("t_ARA_1", "ARA", ARA_EXPANSION),
            new Abbreviation("t_US_1", "U.S.", "United States")),
        read().get(0).abbreviations());
  }

  @Test
  void leavesOutTermsWithoutExpansionOrEntryAndDocumentsWithoutGlosses() throws Exception {
    assertEquals(List.of(), read().get(1).abbreviations());
    assertEquals(4, read().get(0).abbreviations().size());
  }

  @Test
  void keepsTheGlossedWordsInTheText() throws Exception {
    Document d = read().get(0);
    assertEquals("Memorandum From the ARA/LA Director", d.head());
    assertEquals("1200Z: the ARA and ARA/LA met.", d.text());
  }

  private static List<Document> read() throws Exception {
    List<Document> docs = new ArrayList<>();
    new TeiVolumeReader()
        .read(
            Path.of(TeiVolumeReaderTermsTest.class.getResource("/tei/terms-volume.xml").toURI()),
            docs::add);
    return docs;
  }
}
