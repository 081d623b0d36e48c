package org.chancery.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A person outside POCOM whom two volumes' persons lists name in full, each under its own entry:
 * one Chancery id, and one person page over the index with the documents of both volumes.
 */
class AcrossVolumesPersonTest {
  private static final String ID = "chancery-person-zenda-rudolf";
  private static final TestRoom room = TestRoom.start("/web/frus9995.xml", "/web/frus9996.xml");

  @AfterAll
  static void stop() {
    room.room.close();
  }

  @Test
  void bothVolumesLinkTheSenderToOnePersonPage() {
    assertTrue(room.body("/frus9995/d1", 200).contains("<a href=\"/people/" + ID + "\">"));
    assertTrue(room.body("/frus9996/d1", 200).contains("<a href=\"/people/" + ID + "\">"));
  }

  @Test
  void thePersonPageShowsTheDocumentsOfBothVolumes() {
    String html = room.body("/people/" + ID, 200);
    assertTrue(html.contains(">Sent 2 documents</a>"), html);
    assertTrue(html.contains("href=\"/frus9995/d1\""), html);
    assertTrue(html.contains("href=\"/frus9996/d1\""), html);
    assertTrue(html.contains("one id across volumes"), html);
  }

  @Test
  void theApiCountsTheDocumentsOfBothVolumes() throws Exception {
    JsonNode p = new ObjectMapper().readTree(room.body("/api/v1/people/" + ID, 200));
    assertEquals("Rudolf Zenda", p.get("name").asText());
    assertEquals(2, p.get("sent").asInt());
    // "I, Rudolf Zenda, ...": in each volume the name the editors tie to the entry is a mention.
    assertEquals(2, p.get("mentioned").asInt(), p.toString());
    assertEquals(2, p.get("years").size());
  }
}
