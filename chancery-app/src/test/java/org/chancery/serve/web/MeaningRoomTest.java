package org.chancery.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Related documents by meaning and hybrid search in the API and the reading room, over the test
 * volumes imported with their meanings (the real model), and what a room without meanings says.
 */
class MeaningRoomTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TestRoom room =
      TestRoom.startWithMeanings("/seed.txt", "/web/frus9998.xml", "/web/frus9999.xml");

  @AfterAll
  static void stop() {
    room.room.close();
  }

  private static JsonNode json(TestRoom r, String path, int status) throws Exception {
    HttpResponse<String> response = r.get(path);
    assertEquals(status, response.statusCode(), path + ": " + response.body());
    return JSON.readTree(response.body());
  }

  private static List<String> keys(JsonNode result) {
    List<String> keys = new ArrayList<>();
    result
        .get("hits")
        .forEach(h -> keys.add(h.get("volume").asText() + "/" + h.get("id").asText()));
    return keys;
  }

  @Test
  void relatedByMeaningSaysHowCloseEachIs() throws Exception {
    JsonNode r = json(room, "/api/v1/documents/frus9999/d1/related?by=meaning", 200);
    assertEquals("meaning", r.get("by").asText());
    JsonNode related = r.get("related");
    assertFalse(related.isEmpty(), r.toString());
    double last = 1;
    for (JsonNode d : related) {
      assertFalse(d.get("key").asText().equals("frus9999/d1"), "never itself");
      double c = d.get("closeness").asDouble();
      assertTrue(c <= last + 1e-9, "nearest first: " + r);
      last = c;
    }
  }

  @Test
  void relatedByWordsIsTheDefaultAndTheDocumentPageListsBothWithWhy() throws Exception {
    assertEquals(
        "words", json(room, "/api/v1/documents/frus9999/d1/related", 200).get("by").asText());
    JsonNode both = json(room, "/api/v1/documents/frus9999/d1/related?by=both", 200);
    assertEquals("both", both.get("by").asText());
    HttpResponse<String> page = room.get("/frus9999/d1");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Close in meaning"), "a list by meaning");
    assertTrue(page.body().contains("close in meaning 0."), "the page says how close");
    String plain = TestRoom.get().get("/frus9999/d1").body();
    assertFalse(plain.contains("Close in meaning"), "none without meanings");
    assertEquals(400, room.get("/api/v1/documents/frus9999/d1/related?by=vibes").statusCode());
  }

  @Test
  void hybridSearchFindsWhatKeywordSearchFindsAndMore() throws Exception {
    JsonNode keyword = json(room, "/api/v1/search?q=army&limit=100", 200);
    JsonNode hybrid = json(room, "/api/v1/search?q=army&limit=100&mode=hybrid", 200);
    assertTrue(keys(hybrid).containsAll(keys(keyword)), keys(hybrid) + " ⊇ " + keys(keyword));
    assertTrue(hybrid.get("total").asInt() >= keyword.get("total").asInt());
    assertEquals(hybrid.get("total").asInt(), keys(hybrid).size(), "one page holds them all");
  }

  @Test
  void theSearchPageOffersMeaningOnlyWhereTheArchiveHoldsIt() throws Exception {
    String withMeanings = room.get("/search?q=army").body();
    assertTrue(withMeanings.contains("name=\"mode\" value=\"hybrid\""), "the switch is offered");
    String checked = room.get("/search?q=army&mode=hybrid").body();
    assertTrue(checked.contains("mode=hybrid"), "links keep the mode");
    String without = TestRoom.get().get("/search?q=army").body();
    assertFalse(without.contains("name=\"mode\""), "no switch without meanings");
  }

  @Test
  void anArchiveWithoutMeaningsRefusesHybridSearchAndSaysWhy() throws Exception {
    JsonNode error = json(TestRoom.get(), "/api/v1/search?q=army&mode=hybrid", 400);
    assertTrue(error.toString().contains("import it with --embed"), error.toString());
    assertEquals(400, TestRoom.get().get("/search?q=army&mode=hybrid").statusCode());
    assertEquals(400, room.get("/api/v1/search?q=army&mode=semantic").statusCode());
  }
}
