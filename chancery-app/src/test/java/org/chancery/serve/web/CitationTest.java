package org.chancery.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.DocumentType;
import org.junit.jupiter.api.Test;

class CitationTest {
  private static Document doc(String head, String date) {
    return new Document(
        "frus1934v04",
        "d101",
        Optional.of("101"),
        Optional.empty(),
        Optional.empty(),
        DocumentType.TELEGRAM,
        false,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(date).map(DocumentDate::parse),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(new Block(Block.Kind.HEADING, 0, Optional.empty(), head, List.of())),
        List.of(),
        Optional.empty());
  }

  @Test
  void chicagoNamesTheDocumentDateVolumeNumberAndAddress() {
    Citation c =
        Citation.of(
            doc(
                "The Minister in Switzerland (Wilson) to the Secretary of State",
                "1934-04-30T14:00"),
            "FRUS, 1934, Vol. IV");
    assertEquals(
        "United States Department of State. \u201CThe Minister in Switzerland (Wilson) to the Secretary of State.\u201D "
            + "April 30, 1934. In FRUS, 1934, Vol. IV, document 101. Washington, DC: Government Printing Office. "
            + "https://history.state.gov/historicaldocuments/frus1934v04/d101.",
        c.chicago());
  }

  @Test
  void aSentenceThatEndsInAStopIsNotGivenASecond() {
    String c = Citation.of(doc("Who Signed the Treaty?", null), "V").chicago();
    assertTrue(c.contains("\u201CWho Signed the Treaty?\u201D n.d. In V, document 101."), c);
  }

  @Test
  void aHeadingPrintedOverLinesIsCitedOnOne() {
    assertEquals(
        "The Minister in Switzerland (Wilson) to the Secretary of State",
        Citation.of(
                doc(
                    " The Minister in\n  Switzerland (Wilson)\tto the  Secretary of State\r\n",
                    null),
                "V")
            .title());
    assertEquals(
        "The Minister (Wilson)", Citation.of(doc(" The Minister (Wilson) ", null), "V").title());
  }

  @Test
  void bibtexEscapesWhatTexWouldRead() {
    Citation c = Citation.of(doc("Profits of 50% & more_{x}", null), "Vol. #4");
    assertEquals(
        "@misc{frus1934v04_d101,\n"
            + "  author = {{United States Department of State}},\n"
            + "  title = {Profits of 50\\% \\& more\\_\\{x\\}},\n"
            + "  howpublished = {Vol. \\#4},\n"
            + "  publisher = {Government Printing Office},\n"
            + "  address = {Washington, DC},\n"
            + "  note = {Document 101},\n"
            + "  url = {https://history.state.gov/historicaldocuments/frus1934v04/d101},\n"
            + "}\n",
        c.bibtex());
  }

  @Test
  void risGivesTheDateAsPreciselyAsKnown() {
    assertTrue(Citation.of(doc("H", "1934-05"), "V").ris().contains("DA  - 1934/05//\r\n"));
    assertTrue(Citation.of(doc("H", "1934"), "V").ris().contains("DA  - 1934///\r\n"));
  }

  @Test
  void aHitIsCitedAsItsDocumentIsWhereItHoldsWhatTheCitationTakes() throws Exception {
    TestRoom t = TestRoom.get();
    var result =
        t.archive
            .search()
            .search(
                org.chancery.search.SearchRequest.of(org.chancery.search.QueryParser.parse(""))
                    .page(0, 1000));
    int cited = 0;
    int undated = 0;
    for (org.chancery.search.Hit h : result.hits()) {
      Document d = t.archive.search().document(h.key()).orElseThrow();
      Optional<Citation> fromHit = Citation.of(h, "Volume");
      if (fromHit.isEmpty()) continue;
      cited++;
      if (h.date().isEmpty()) undated++;
      assertEquals(Citation.of(d, "Volume").chicago(), fromHit.get().chicago(), h.key());
    }
    assertTrue(cited >= 5, "hits cited from the hit: " + cited);
    assertTrue(undated >= 1, "hits cited from the date they print: " + undated);
  }
}
