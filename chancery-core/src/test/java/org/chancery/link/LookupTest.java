package org.chancery.link;

import static org.chancery.search.TestDocuments.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LookupTest {
  private static final Catalogue ONE =
      MemoryCatalogue.of(
          List.of(
              doc("v", "d1", "Text.")
                  .date("1934-05-02")
                  .parties("Minister in China", "Secretary of State")
                  .serial("237")
                  .build()));

  @Test
  void logsEveryLookupOfTheWorkOnItsThread() {
    LookupLog log = new LookupLog(ONE);
    LookupLog.Logged<Integer> logged =
        log.run(
            () ->
                log.catalogue().byNumber("237").size()
                    + log.catalogue().byDay(LocalDate.of(1934, 5, 2)).size()
                    + (log.catalogue().hasVolume("w") ? 1 : 0));
    assertEquals(2, logged.value());
    assertEquals(
        Set.of("byNumber\u001f237", "byDay\u001f1934-05-02", "hasVolume\u001fw"), logged.lookups());
    // Outside run, nothing is noted.
    assertEquals(1, log.catalogue().byNumber("237").size());
  }

  @Test
  void readsItsTextBackAndAsksAgain() {
    for (String text :
        List.of("byNumber\u001f237", "byDay\u001f1934-05-02", "spanning\u001fv\u001f12")) {
      assertEquals(text, Lookup.parse(text).text());
    }
    assertTrue(Lookup.parse("byNumber\u001f237").answeredBy(ONE));
    assertTrue(Lookup.parse("byDay\u001f1934-05-02").answeredBy(ONE));
    assertTrue(Lookup.parse("hasVolume\u001fv").answeredBy(ONE));
    assertFalse(Lookup.parse("byNumber\u001f238").answeredBy(ONE));
    assertFalse(Lookup.parse("byKey\u001fv/d2").answeredBy(ONE));
    assertFalse(Lookup.parse("hasVolume\u001fw").answeredBy(ONE));
  }

  @Test
  void aNumberAskedForBetweenTwoDaysIsAnsweredOnlyByABearerOfThatTime() {
    // A volume of another time bearing the number leaves a reference's candidates as they were.
    assertTrue(
        Lookup.parse("byNumberBetween\u001f237\u001f1934-05-01\u001f1934-05-03").answeredBy(ONE));
    assertTrue(
        Lookup.parse("byNumberBetween\u001f237\u001f1934-05-02\u001f1934-05-02").answeredBy(ONE));
    assertFalse(
        Lookup.parse("byNumberBetween\u001f237\u001f1918-01-01\u001f1918-12-31").answeredBy(ONE));
    assertFalse(
        Lookup.parse("byNumberBetween\u001f237\u001f1934-05-03\u001f1935-06-07").answeredBy(ONE));
  }

  @Test
  void refusesWhatNamesNoLookup() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Lookup.parse("byColour\u001fred"));
    assertEquals("not a catalogue look-up: 'byColour\u001fred'", e.getMessage());
  }
}
