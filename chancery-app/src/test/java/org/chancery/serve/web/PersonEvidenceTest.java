package org.chancery.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The person page and API of a person outside POCOM, by the Chancery id the head's foreign office
 * and name give them: the evidence, their documents and their correspondents.
 */
class PersonEvidenceTest {
  private static final String ID = "chancery-ruritanian-ambassador-sapt";
  private static final TestRoom room = TestRoom.start("/web/frus9997.xml");

  @AfterAll
  static void stop() {
    room.room.close();
  }

  @Test
  void theDocumentPageLinksTheSenderToTheirPersonPage() {
    String html = room.body("/frus9997/d1", 200);
    assertTrue(html.contains("<a href=\"/people/" + ID + "\">From: Sapt</a>"), html);
  }

  @Test
  void thePersonPageShowsTheEvidenceDocumentsAndCorrespondents() {
    String html = room.body("/people/" + ID, 200);
    assertTrue(html.contains("<h1>Sapt</h1>"), html);
    assertTrue(html.contains("Chancery id (outside POCOM) " + ID), html);
    assertTrue(
        html.contains(
            "<span id=\"basis\">the head prints a foreign office (Ruritanian Ambassador) and the"
                + " name; one person for the office and the name as printed</span>"),
        html);
    assertTrue(html.contains("<a id=\"evidence-document\" href=\"/frus9997/d1\">"), html);
    assertTrue(html.contains(">Sent 2 documents</a>"), html);
    assertTrue(html.contains(">Received 1 document</a>"), html);
    assertTrue(html.contains("<title>1925: 2 documents</title>"), html);
    assertTrue(html.contains("<a href=\"/people/kellogg-frank-billings\">"), html);
    assertFalse(html.contains("id=\"roles\""), html);
  }

  @Test
  void theApiGivesTheEvidenceAndCounts() throws Exception {
    JsonNode p = new ObjectMapper().readTree(room.body("/api/v1/people/" + ID, 200));
    assertEquals("Sapt", p.get("name").asText());
    assertFalse(p.get("inPocom").asBoolean());
    assertTrue(p.get("evidence").asText().startsWith("the head prints a foreign office"), p + "");
    assertEquals(2, p.get("sent").asInt());
    assertEquals(1, p.get("received").asInt());
    assertEquals(2, p.get("years").size());
    assertEquals(
        "person:kellogg-frank-billings", p.get("correspondents").get(0).get("id").asText());
  }

  @Test
  void aChanceryIdNoDocumentGivesIsNotFound() {
    assertTrue(
        room.body("/api/v1/people/chancery-ruritanian-ambassador-nobody", 404)
            .contains("nor by that Chancery id in this archive"));
  }

  @Test
  void aPresidentOutsidePocomHasHisTermsForRoles() {
    String html = room.body("/people/chancery-president-johnson-lyndon-b", 200);
    assertTrue(
        html.contains("Chancery id (outside POCOM) chancery-president-johnson-lyndon-b"), html);
    assertTrue(html.contains("id=\"roles\""), html);
    assertTrue(
        html.contains(
            "<td>1963-11-22</td><td>1969-01-20</td><td>President of the United States</td>"),
        html);
    assertTrue(
        html.contains(
            "<td>1961-01-20</td><td>1963-11-22</td><td>Vice President of the United States</td>"),
        html);
  }
}
