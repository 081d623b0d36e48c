package org.chancery.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.model.Anchor;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentType;
import org.chancery.model.PageBreak;
import org.chancery.search.TestDocuments;
import org.junit.jupiter.api.Test;

class MemoryCatalogueTest {
  // A document of volume v beginning on page {@code start} with page breaks to {@code pages}.
  private static Document doc(String id, String parent, int start, int... pages) {
    List<Anchor> breaks =
        java.util.Arrays.stream(pages)
            .mapToObj(p -> (Anchor) new PageBreak(0, "" + p, Optional.empty()))
            .toList();
    return new Document(
        "v",
        id,
        Optional.of(id.substring(1)),
        Optional.ofNullable(parent),
        Optional.of("" + start),
        DocumentType.TELEGRAM,
        false,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(new Block(Block.Kind.PARAGRAPH, 0, Optional.empty(), "Text.", breaks)),
        List.of(),
        Optional.empty());
  }

  private static final MemoryCatalogue CATALOGUE =
      MemoryCatalogue.of(
          List.of(
              doc("d1", null, 10),
              doc("d2", null, 10, 11, 12),
              doc("d2a", "d2", 11),
              doc("d3", null, 12)));

  private static List<String> ids(List<Entry> es) {
    return es.stream().map(Entry::id).toList();
  }

  @Test
  void findsDocumentsByThePageTheyBeginOnAndThePagesTheySpan() {
    assertEquals(List.of("d1", "d2"), ids(CATALOGUE.startingOn("v", 10)));
    assertEquals(List.of("d2", "d2a"), ids(CATALOGUE.spanning("v", 11)));
    assertEquals(List.of("d2", "d3"), ids(CATALOGUE.spanning("v", 12)));
    assertEquals(List.of(), CATALOGUE.startingOn("v", 13));
    assertEquals(List.of(), CATALOGUE.spanning("w", 10));
  }

  @Test
  void neighboursSkipNestedDocuments() {
    assertEquals(Optional.of("d3"), CATALOGUE.neighbour("v/d2", 1).map(Entry::id));
    assertEquals(Optional.of("d1"), CATALOGUE.neighbour("v/d2", -1).map(Entry::id));
    assertEquals(Optional.empty(), CATALOGUE.neighbour("v/d3", 1));
    assertEquals(Optional.empty(), CATALOGUE.neighbour("v/d2a", 1));
  }

  @Test
  void findsADocumentByItsPrintedNumber() {
    assertEquals(Optional.of("d3"), CATALOGUE.byN("v", "3").map(Entry::id));
    assertEquals(Optional.empty(), CATALOGUE.byN("v", "4"));
  }

  // Telegram {@code id} numbered {@code serial}, of {@code day} or undated (null).
  private static Document numbered(String id, String serial, LocalDate day) {
    TestDocuments b = TestDocuments.doc("v", id, "Text.").serial(serial);
    return (day == null ? b : b.date(day.toString())).build();
  }

  @Test
  void findsTheBearersOfANumberBetweenTwoDaysAsTheyComeInTheNumbersList() {
    // Number 5 is borne by more documents than are read whole, in no order of date, some undated;
    // number 7 by a few.
    LocalDate start = LocalDate.of(1930, 1, 1);
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      LocalDate day = i % 50 == 0 ? null : start.plusDays((i * 37L) % 400);
      docs.add(numbered("d" + i, i % 20 == 3 ? "7" : "5", day));
    }
    MemoryCatalogue catalogue = MemoryCatalogue.of(docs);
    assertEquals(15, catalogue.byNumber("7").size());
    for (String number : List.of("5", "7", "05", "9")) {
      for (int from = -3; from < 410; from += 17) {
        for (int length : new int[] {-1, 0, 1, 2, 30, 500}) {
          LocalDate first = start.plusDays(from);
          LocalDate last = first.plusDays(length);
          List<Entry> expected =
              catalogue.byNumber(number).stream()
                  .filter(
                      e ->
                          e.day().isEmpty()
                              || (!e.day().get().isBefore(first) && !e.day().get().isAfter(last)))
                  .toList();
          assertEquals(
              ids(expected),
              ids(catalogue.byNumberBetween(number, first, last)),
              number + " " + first + ".." + last);
        }
      }
    }
  }
}
