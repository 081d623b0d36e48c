package org.chancery.search;

import static org.chancery.search.TestDocuments.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.chancery.understand.people.VolumeNames;
import org.junit.jupiter.api.Test;

class LuceneDocumentsTest {
  @Test
  void textReadsBackWhatWasWrittenCharacterForCharacter() {
    for (String s :
        List.of(
            "Reference my 117, June 13, 11 p.m.",
            "The Chargé d’Affaires — Litvinov’s note",
            "Tokyo 東京 and a sign \uD83D\uDCDC")) {
      assertEquals(s, LuceneDocuments.text(LuceneDocuments.utf8(s)));
    }
    String lone = "a\uD800b";
    assertEquals("a?b", LuceneDocuments.text(LuceneDocuments.utf8(lone)));
  }

  @Test
  void facetValuesAreDocValuesOnlyWithNoDrillDownTerms() {
    var built =
        LuceneDocuments.of(
            doc("frus1934v04", "d1", "Text of d1").build(), "Volume IV", VolumeNames.NONE, 0);
    List<IndexableField> volumeFacet =
        built.getFields().stream()
            .filter(f -> f.name().equals(LuceneDocuments.facetField(IndexSchema.VOLUME.name())))
            .toList();
    assertEquals(1, volumeFacet.size(), "the volume's ordinal, once");
    assertEquals(IndexOptions.NONE, volumeFacet.get(0).fieldType().indexOptions());
  }
}
