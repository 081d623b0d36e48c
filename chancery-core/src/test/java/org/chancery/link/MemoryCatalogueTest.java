package org.chancery.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.chancery.model.Anchor;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentType;
import org.chancery.model.PageBreak;
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
}
