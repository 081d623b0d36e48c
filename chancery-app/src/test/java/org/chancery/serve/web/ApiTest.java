package org.chancery.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.chancery.search.QueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON API over HTTP, against the real server: every route, and malformed requests. */
class ApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final TestRoom room = TestRoom.get();

  private JsonNode json(String path, int status) throws Exception {
    HttpResponse<String> r = room.get(path);
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
    return JSON.readTree(r.body());
  }

  private static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("volume").asText() + "/" + h.get("id").asText()));
    return ids;
  }

  @Test
  void searchAnswersInTheShapeOfSearchJson() throws Exception {
    JsonNode r = json("/api/v1/search?q=army", 200);
    assertEquals(5, r.get("total").asInt());
    assertTrue(r.get("tookMs").isNumber());
    JsonNode hit = r.get("hits").get(0);
    for (String f : List.of("volume", "id", "title", "date", "snippet"))
      assertTrue(hit.has(f), f + " in " + hit);
    JsonNode snippet = hit.get("snippet");
    assertFalse(snippet.get("text").asText().contains("<b>"), snippet.toString());
    for (JsonNode h : snippet.get("highlights")) {
      String match =
          snippet.get("text").asText().substring(h.get("start").asInt(), h.get("end").asInt());
      assertEquals("army", match.toLowerCase(java.util.Locale.ROOT), snippet.toString());
    }
    assertFalse(snippet.get("highlights").isEmpty(), snippet.toString());
    assertEquals(4, r.get("facets").get("volume").get("frus9998").asInt());
    assertEquals(3, r.get("facets").get("type").get("telegram").asInt());
    assertEquals(2, r.get("facets").get("year").get("1918").asInt());
  }

  @Test
  void filtersNarrowTheSearch() throws Exception {
    assertEquals(List.of("frus9998/d3"), ids(json("/api/v1/search?q=army&type=despatch", 200)));
    assertEquals(List.of("seed/d1"), ids(json("/api/v1/search?q=army&volume=seed", 200)));
    assertEquals(
        List.of("frus9998/d3", "frus9998/d10"),
        ids(json("/api/v1/search?q=army&from=1919&to=1934-06&sort=date", 200)));
    assertEquals(
        List.of("frus9998/d1", "frus9998/d2"),
        ids(json("/api/v1/search?q=army&from=1918-05-01&to=1918-05-31&sort=date", 200)));
  }

  @Test
  void pagesThroughHits() throws Exception {
    List<String> all = ids(json("/api/v1/search?q=army&sort=date&limit=100", 200));
    assertEquals(
        all.subList(1, 3), ids(json("/api/v1/search?q=army&sort=date&offset=1&limit=2", 200)));
    assertEquals(5, json("/api/v1/search?q=army&offset=4&limit=2", 200).get("total").asInt());
  }

  @Test
  void anEmptyQueryBrowsesByDate() throws Exception {
    JsonNode r = json("/api/v1/search?volume=frus9998", 200);
    assertEquals(List.of("frus9998/d1", "frus9998/d2", "frus9998/d3", "frus9998/d10"), ids(r));
  }

  @Test
  void documentIsTheInspectObjectWithSections() throws Exception {
    JsonNode d = json("/api/v1/documents/frus9998/d1", 200);
    assertEquals("frus9998", d.get("volume").asText());
    assertEquals("d1", d.get("id").asText());
    assertEquals("telegram", d.get("type").asText());
    assertEquals("711.00/12", d.get("fileNumbers").get(0).asText());
    assertEquals(List.of("2"), List.of(d.get("pages").get(0).asText()));
    assertTrue(d.get("text").asText().contains("Red Army"));
    assertEquals("711.00/12", d.get("files").get(0).get("number").asText());
    JsonNode citedBy = d.get("sections").get(3);
    assertEquals("cited-by", citedBy.get("id").asText());
    assertEquals("/frus9998/d2", citedBy.get("entries").get(0).get("href").asText());
  }

  @Test
  void documentListsTheAbbreviationsItsTextUses() throws Exception {
    JsonNode a = json("/api/v1/documents/frus9998/d10", 200).get("abbreviations");
    assertEquals(
        "[{\"term\":\"RFC\",\"expansion\":\"Reconstruction Finance Corporation\","
            + "\"id\":\"t_RFC1\"}]",
        a.toString());
    assertEquals("[]", json("/api/v1/documents/frus9998/d1", 200).get("abbreviations").toString());
  }

  @Test
  void documentAndItsHitGiveTheSubjectItPrints() throws Exception {
    assertEquals(
        "Gold Reserve of the Treasury",
        json("/api/v1/documents/frus9998/d10", 200).get("subject").asText());
    assertTrue(json("/api/v1/documents/frus9998/d1", 200).get("subject").isNull());
    JsonNode r = json("/api/v1/search?q=subject:gold", 200);
    assertEquals(List.of("frus9998/d10"), ids(r));
    assertEquals("Gold Reserve of the Treasury", r.get("hits").get(0).get("subject").asText());
    assertTrue(json("/api/v1/search?q=army", 200).get("hits").get(0).get("subject").isNull());
  }

  @Test
  void linksListWhatADocumentCitesAndWhatCitesIt() throws Exception {
    JsonNode l = json("/api/v1/links/frus9999/d2", 200);
    assertEquals("frus9999/d2", l.get("key").asText());
    JsonNode cite = l.get("cites").get(0);
    assertEquals("Your 237, April 30, 2 p.m.", cite.get("phrase").asText());
    assertEquals("frus9999/d1", cite.get("target").asText());
    assertEquals("resolved", cite.get("status").asText());
    assertEquals("telegraph", cite.get("evidence").asText());
    assertEquals("[\"series\",\"number\",\"date\",\"time\"]", cite.at("/basis/grounds").toString());
    assertEquals("high", cite.at("/basis/confidence").asText());
    assertEquals("frus9999/d3", l.get("citedBy").get(0).get("source").asText());
    assertEquals(1, l.get("citedBy").size());
  }

  @Test
  void linksOfADocumentWithoutAnyAreEmpty() throws Exception {
    JsonNode l = json("/api/v1/links/frus9998/d10", 200);
    assertEquals(0, l.get("cites").size());
    assertEquals(0, l.get("citedBy").size());
  }

  @Test
  void editorialLinksComeFromTheFootnote() throws Exception {
    JsonNode cite = json("/api/v1/links/frus9999/d4", 200).get("cites").get(0);
    assertEquals("editorial", cite.get("kind").asText());
    assertEquals("frus9999/d1", cite.get("target").asText());
  }

  @Test
  void threadListsKeysAndShortRecordsInTimeOrder() throws Exception {
    JsonNode t = json("/api/v1/threads/frus9999/d2", 200);
    assertEquals(3, t.get("size").asInt());
    assertEquals(
        List.of("frus9999/d1", "frus9999/d2", "frus9999/d3"),
        JSON.convertValue(t.get("keys"), List.class));
    JsonNode first = t.get("documents").get(0);
    assertEquals("1919-04-30T14:00", first.get("date").asText());
    assertEquals("237", first.get("serial").asText());
    assertEquals(
        "The Minister in Graustark (Lorry) to the Secretary of State", first.get("head").asText());
    assertFalse(first.get("current").asBoolean());
    assertTrue(t.get("documents").get(1).get("current").asBoolean());
  }

  @Test
  void aDocumentNothingJoinsIsAThreadOfItsOwn() throws Exception {
    JsonNode t = json("/api/v1/threads/frus9998/d10", 200);
    assertEquals(1, t.get("size").asInt());
    assertEquals("frus9998/d10", t.get("keys").get(0).asText());
    assertTrue(t.get("documents").get(0).get("date").isTextual());
  }

  @Test
  void peopleByNameAnswerInTheShapeOfChanceryPeople() throws Exception {
    JsonNode people = json("/api/v1/people?name=Lansing", 200).get("people");
    assertEquals(1, people.size());
    JsonNode p = people.get(0);
    assertEquals("lansing-robert", p.get("id").asText());
    assertEquals("Robert Lansing", p.get("name").asText());
    // d4 of frus9999, "Memorandum by the Secretary of State" (May 6, 1919), is his too.
    assertEquals(3, p.get("sent").asInt());
    assertEquals(4, p.get("received").asInt());
    assertEquals("Secretary of State", p.get("roles").get(2).get("role").asText());
    assertEquals("1915-06-23", p.get("roles").get(2).get("from").asText());
    assertEquals(0, json("/api/v1/people?name=Nobodyatall", 200).get("people").size());
  }

  @Test
  void personByIdIsOneRecord() throws Exception {
    JsonNode p = json("/api/v1/people/lansing-robert", 200);
    assertEquals("Robert Lansing", p.get("name").asText());
    assertEquals(3, p.get("roles").size());
    assertEquals(0, p.get("mentioned").asInt());
  }

  @Test
  void personByIdHasDocumentsPerYearAndCorrespondentsWithCounts() throws Exception {
    JsonNode p = json("/api/v1/people/lansing-robert", 200);
    assertEquals("1918", p.get("years").get(0).get("year").asText());
    assertEquals(2, p.get("years").get(0).get("documents").asInt());
    assertEquals(5, p.get("years").get(1).get("documents").asInt());
    JsonNode c = p.get("correspondents").get(0);
    assertEquals("office:Minister in Graustark", c.get("id").asText());
    assertEquals("office", c.get("kind").asText());
    assertEquals(1, c.get("wroteTo").asInt());
    assertEquals(2, c.get("heardFrom").asInt());
    assertEquals(1, json("/api/v1/people/polk-frank-lyon", 200).get("mentioned").asInt());
  }

  @Test
  void networkOfAVolumeCountsWhoWroteToWhom() throws Exception {
    JsonNode n = json("/api/v1/network?q=&volume=frus9999", 200);
    assertEquals(4, n.get("documents").asInt());
    assertFalse(n.get("capped").asBoolean());
    assertEquals("every sender-recipient pair of 4 documents", n.get("note").asText());
    assertEquals(2, n.get("nodes").size());
    JsonNode lansing = n.get("nodes").get(1);
    assertEquals("person:lansing-robert", lansing.get("id").asText());
    assertEquals("Robert Lansing", lansing.get("label").asText());
    JsonNode busiest = n.get("edges").get(0);
    assertEquals("office:Minister in Graustark", busiest.get("source").asText());
    assertEquals("person:lansing-robert", busiest.get("target").asText());
    assertEquals(2, busiest.get("messages").asInt());
  }

  @Test
  void networkAsGraphmlDeclaresEveryKeyAndJoinsOnlyItsNodes() throws Exception {
    HttpResponse<String> r = room.get("/api/v1/network?q=&format=graphml");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/graphml+xml"));
    var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    org.w3c.dom.Document xml =
        f.newDocumentBuilder()
            .parse(
                new java.io.ByteArrayInputStream(
                    r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    String ns = "http://graphml.graphdrawing.org/xmlns";
    assertEquals(ns, xml.getDocumentElement().getNamespaceURI());
    assertEquals("graphml", xml.getDocumentElement().getLocalName());
    java.util.Set<String> keys = new java.util.HashSet<>();
    var k = xml.getElementsByTagNameNS(ns, "key");
    for (int i = 0; i < k.getLength(); i++)
      keys.add(((org.w3c.dom.Element) k.item(i)).getAttribute("id"));
    var data = xml.getElementsByTagNameNS(ns, "data");
    for (int i = 0; i < data.getLength(); i++)
      assertTrue(keys.contains(((org.w3c.dom.Element) data.item(i)).getAttribute("key")));
    java.util.Set<String> nodes = new java.util.HashSet<>();
    var n = xml.getElementsByTagNameNS(ns, "node");
    for (int i = 0; i < n.getLength(); i++)
      nodes.add(((org.w3c.dom.Element) n.item(i)).getAttribute("id"));
    var e = xml.getElementsByTagNameNS(ns, "edge");
    assertEquals(json("/api/v1/network?q=", 200).get("edges").size(), e.getLength());
    for (int i = 0; i < e.getLength(); i++) {
      assertTrue(nodes.contains(((org.w3c.dom.Element) e.item(i)).getAttribute("source")));
      assertTrue(nodes.contains(((org.w3c.dom.Element) e.item(i)).getAttribute("target")));
    }
    assertEquals(
        "directed",
        ((org.w3c.dom.Element) xml.getElementsByTagNameNS(ns, "graph").item(0))
            .getAttribute("edgedefault"));
  }

  @Test
  void volumesListsEachWithItsCount() throws Exception {
    JsonNode v = json("/api/v1/volumes", 200);
    assertEquals(3, v.size());
    assertEquals("frus9998", v.get(0).get("id").asText());
    assertEquals("Papers Relating to the Reading Room, 1918–1934", v.get(0).get("title").asText());
    assertEquals(4, v.get(0).get("documents").asInt());
  }

  @Test
  void everyAnswerNamesTheGenerationItWasReadFrom() throws Exception {
    // The shared room serves a backend as it was given: no generation to name.
    var r = room.get("/api/v1/volumes");
    assertEquals("none", r.headers().firstValue("X-Chancery-Generation").orElseThrow());
    JsonNode a = json("/api/v1/archive", 200);
    assertTrue(a.get("generation").isNull());
    assertEquals(3, a.get("volumes").asInt());
  }

  @Test
  void volumeListsItsDocumentsInReadingOrder() throws Exception {
    JsonNode v = json("/api/v1/volumes/frus9998", 200);
    List<String> ids = new ArrayList<>();
    v.get("contents").forEach(c -> ids.add(c.get("id").asText()));
    assertEquals(List.of("d1", "d2", "d3", "d10"), ids);
  }

  @Test
  void openApiDescribesExactlyTheRoutesServed() throws Exception {
    JsonNode api = json("/api/v1/openapi.json", 200);
    assertEquals("3.0.3", api.get("openapi").asText());
    List<String> paths = new ArrayList<>();
    api.get("paths").fieldNames().forEachRemaining(paths::add);
    assertEquals(
        List.of(
            "/search",
            "/documents/{volume}/{id}",
            "/documents/{volume}/{id}/related",
            "/links/{volume}/{id}",
            "/threads/{volume}/{id}",
            "/people",
            "/people/{person}",
            "/network",
            "/archive",
            "/volumes",
            "/volumes/{volume}",
            "/openapi.json"),
        paths);
    for (String p : paths) {
      String path =
          "/api/v1"
              + p.replace("{volume}", "frus9998")
                  .replace("{id}", "d1")
                  .replace("{person}", "lansing-robert")
              + (p.equals("/people") ? "?name=Lansing" : "");
      assertEquals(200, room.get(path).statusCode(), path);
    }
    // Every parameter the description names for search is accepted.
    Iterator<JsonNode> params =
        api.get("paths").get("/search").get("get").get("parameters").elements();
    List<String> names = new ArrayList<>();
    params.forEachRemaining(p -> names.add(p.get("name").asText()));
    assertEquals(
        List.of("q", "type", "volume", "from", "to", "sort", "offset", "limit", "mode"), names);
    // The types it offers are every type there is.
    List<String> types = new ArrayList<>();
    api.get("paths")
        .get("/search")
        .get("get")
        .get("parameters")
        .get(1)
        .get("schema")
        .get("items")
        .get("enum")
        .forEach(t -> types.add(t.asText()));
    assertEquals(
        java.util.Arrays.stream(org.chancery.model.DocumentType.values())
            .map(org.chancery.model.DocumentType::label)
            .toList(),
        types);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/search?q=%22Red+Army                 | 400 | q: at 1: ",
        "/api/v1/search?q=army&limit=101              | 400 | limit: must be 1..100",
        "/api/v1/search?q=army&limit=0                | 400 | limit: must be 1..100",
        "/api/v1/search?q=army&limit=ten              | 400 | limit: must be a whole number",
        "/api/v1/search?q=army&offset=10001           | 400 | offset: must be 0..10000",
        "/api/v1/search?q=army&offset=-1              | 400 | offset: must be 0..10000",
        "/api/v1/search?q=army&sort=random            | 400 | sort: expected relevance or date, got 'random'",
        "/api/v1/search?q=army&from=1934-13           | 400 | from: expected 1934, 1934-05 or 1934-05-17, got '1934-13'",
        "/api/v1/search?q=army&to=yesterday           | 400 | to: expected 1934, 1934-05 or 1934-05-17, got 'yesterday'",
        "/api/v1/search?q=army&type=cable             | 400 | type: unknown type 'cable', expected one of telegram, ",
        "/api/v1/search?q=army&volume=..              | 400 | volume: must be 1-100 of A-Z a-z 0-9 _ . -",
        "/api/v1/documents/frus9998/d99               | 404 | no document 'frus9998/d99' in this archive",
        "/api/v1/documents/frus9998/%2E%2E            | 400 | id must be",
        "/api/v1/documents/frus9998/d1%3Cb%3E         | 400 | id must be",
        "/api/v1/documents/frus9998/d1%2F..%2F..      | 400 | id must be",
        "/api/v1/volumes/nosuch                       | 404 | no volume 'nosuch' in this archive",
        "/api/v1/links/frus9998/d99                   | 404 | no document 'frus9998/d99' in this archive",
        "/api/v1/links/frus9998/d1%3Cb%3E             | 400 | id must be",
        "/api/v1/links/..%2F/d1                       | 400 | volume must be",
        "/api/v1/threads/frus9999/d99                 | 404 | no document 'frus9999/d99' in this archive",
        "/api/v1/threads/frus9999/%2E%2E              | 400 | id must be",
        "/api/v1/people                               | 400 | name: required",
        "/api/v1/network?q=&format=gexf               | 400 | format must be json or graphml",
        "/api/v1/people?name=%20                      | 400 | name: required",
        "/api/v1/people/nobody-at-all                 | 404 | no person 'nobody-at-all' in POCOM",
        "/api/v1/people/Lansing                       | 400 | person must be 1-100 of a-z 0-9 -",
        "/api/v1/people/lansing_robert                | 400 | person must be 1-100 of a-z 0-9 -",
        "/api/v1/people/%3Cscript%3E                  | 400 | person must be 1-100 of a-z 0-9 -",
        "/api/v1/volumes/a%20b                        | 400 | volume must be",
        "/api/v1/nothing-here                         | 404 | ''",
      })
  void malformedRequestsGetAMessageAsJson(String path, int status, String message)
      throws Exception {
    HttpResponse<String> r = room.get(path);
    assertEquals(status, r.statusCode(), r.body());
    JsonNode e = JSON.readTree(r.body());
    assertEquals(status, e.get("status").asInt());
    assertTrue(e.get("message").asText().startsWith(message), e.toString());
    assertNoStackTrace(r.body());
  }

  @Test
  void aNameLongerThanTheLimitIsRefused() throws Exception {
    JsonNode e = json("/api/v1/people?name=" + "a".repeat(Api.MAX_NAME + 1), 400);
    assertTrue(e.get("message").asText().startsWith("name: at most 100 characters"), e.toString());
  }

  @Test
  void aPersonIdLongerThanTheLimitIsRefused() throws Exception {
    json("/api/v1/people/" + "a".repeat(101), 400);
  }

  @Test
  void aQueryLongerThanTheLimitIsRefused() throws Exception {
    JsonNode e = json("/api/v1/search?q=" + "a".repeat(QueryParser.MAX_LENGTH + 1), 400);
    assertEquals(
        "q: at 501: query too long: 501 characters, at most 500", e.get("message").asText());
  }

  @Test
  void writingIsNotAllowed() throws Exception {
    HttpResponse<String> r =
        room.send(
            HttpRequest.newBuilder(URI.create(room.url("/api/v1/search?q=army")))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    assertTrue(r.statusCode() == 404 || r.statusCode() == 405, r.statusCode() + " " + r.body());
    assertNoStackTrace(r.body());
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (String path :
        List.of(
            "/api/v1/search?q=army",
            "/api/v1/documents/x/y",
            "/",
            "/frus9998/d1",
            "/nosuch",
            "/static/chancery.css")) {
      HttpResponse<String> r = room.get(path);
      assertEquals(
          ReadingRoom.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""), path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
    }
  }

  static void assertNoStackTrace(String body) {
    assertFalse(
        body.contains("Exception")
            || body.contains("\tat ")
            || body.contains("at org.")
            || body.contains("at io."),
        body);
  }
}
