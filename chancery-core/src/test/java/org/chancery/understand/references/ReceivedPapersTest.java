package org.chancery.understand.references;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chancery.Documents;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.junit.jupiter.api.Test;

class ReceivedPapersTest {
  private static Document telegram(String date, String... paragraphs) {
    return Documents.telegram(
        date,
        java.util.Arrays.stream(paragraphs)
            .map(p -> new Block(Block.Kind.PARAGRAPH, 0, Optional.empty(), p, List.of()))
            .toList(),
        List.of());
  }

  private static Optional<ReceivedPapers.Received> received(MessageKind kind, String day) {
    return Optional.of(new ReceivedPapers.Received(kind, LocalDate.parse(day)));
  }

  @Test
  void aQuotedPaperBearsTheDateItOpensWithNotADateTheAnnouncementGivesAnotherPaper() {
    Document d =
        telegram(
            "1930-02-27",
            "16. The following is a translation of the reply of the Bolivian Government to the"
                + " note of the neutral Governments dated January 9:",
            "“La Paz, February 25, 1930. Note number 134.",
            "Sir: I have the Honor to acknowledge receipt of your esteemed note.");
    assertEquals(received(MessageKind.NOTE, "1930-02-25"), ReceivedPapers.of(d));
  }

  @Test
  void aPaperDatedTodayBearsTheDayOfTheMessageThatCarriesIt() {
    Document d =
        telegram(
            "1936-05-06",
            "298. Have just received call from member of the Marshal’s staff who handed me a note"
                + " verbale in Italian dated today of which substance is as follows:",
            "High Commissioner has assumed all military and civil powers.");
    assertEquals(received(MessageKind.NOTE, "1936-05-06"), ReceivedPapers.of(d));
    Document memo =
        telegram(
            "1925-04-30",
            "In a memorandum dated yesterday, Foreign Office addressed the Embassy as follows:",
            "“The Government of His Majesty agrees.”");
    assertEquals(received(MessageKind.MEMORANDUM, "1925-04-29"), ReceivedPapers.of(memo));
  }

  @Test
  void aPaperWithoutItsOwnDateIsNotOneTheCatalogueCanFind() {
    // The announcement dates another paper; the text gives none of its own.
    Document d =
        telegram(
            "1930-02-27",
            "The following is the text of the reply to the Department's note of February 20:",
            "“The Government accepts the proposal.”");
    assertEquals(Optional.empty(), ReceivedPapers.of(d));
    // A paper named in passing is not announced.
    assertEquals(
        Optional.empty(),
        ReceivedPapers.of(
            telegram("1930-02-27", "I delivered the note dated today. The Minister was pleased.")));
  }
}
