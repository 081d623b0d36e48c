package org.chancery.serve.web;

import static org.chancery.serve.web.ApiTest.assertNoStackTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The HTML pages over HTTP: what they show, that document text is escaped, and their errors. */
class PagesTest {
  private final TestRoom room = TestRoom.get();

  private String page(String path) {
    HttpResponse<String> r = room.get(path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
    return r.body();
  }

  @Test
  void documentTextThatLooksLikeMarkupIsShownAsText() {
    String html = page("/frus9998/d2");
    assertFalse(html.contains("<script>alert"), html);
    assertFalse(html.contains("<img src=x"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;"), html);
  }

  @Test
  void searchResultsEscapeTitlesAndSnippets() {
    String html = page("/search?q=alert");
    assertFalse(html.contains("<script>alert"), html);
    assertTrue(html.contains("&lt;script&gt;"), html);
    assertTrue(html.contains("<b>alert</b>"), html);
  }

  @Test
  void theQueryIsEscapedWhereThePageRepeatsIt() {
    String html = page("/search?q=%3Cscript%3Ealert(3)%3C%2Fscript%3E");
    assertFalse(html.contains("<script>alert(3)"), html);
    assertTrue(html.contains("value=\"&lt;script>alert(3)&lt;/script>\""), html);
    HttpResponse<String> refused = room.get("/search?q=%22%3E%3Cscript%3Ealert(3)%3C%2Fscript%3E");
    assertEquals(400, refused.statusCode());
    assertFalse(refused.body().contains("<script>alert(3)"), refused.body());
  }

  @Test
  void documentPageShowsHeadDatelineFileNumberPagesFootnotesAndCitation() {
    String html = page("/frus9998/d1");
    assertTrue(html.contains("The Minister in Ruritania (Hope) to the Secretary of State"), html);
    assertTrue(html.contains("Strelsau"), html);
    assertTrue(html.contains("[Received May 3—8 a.m.]"), html);
    assertTrue(html.contains("File 711.00/12"), html);
    assertTrue(html.contains("<span class=\"pb\" id=\"pg_2\">[Page 2]</span>"), html);
    assertTrue(html.contains("<li id=\"fn1\" value=\"1\">Not printed.</li>"), html);
    assertTrue(html.contains("<a href=\"#fn1\">1</a>"), html);
    assertTrue(html.contains("<i>Papers Relating to the Reading Room, 1918–1934</i>, document 1."), html);
    assertTrue(html.contains("href=\"/frus9998/d2\""), html);
    assertTrue(html.contains("Cited by"), html);
    assertTrue(html.contains("<section class=\"extra\" id=\"file-numbers\">"), html);
    assertTrue(html.contains("href=\"/search?q=file%3A711.00%2F*\""), html);
  }

  @Test
  void neighboursFollowTheVolumeOrder() {
    String html = page("/frus9998/d3");
    assertTrue(html.contains("id=\"previous\" href=\"/frus9998/d2\""), html);
    assertTrue(html.contains("id=\"next\" href=\"/frus9998/d10\""), html);
    assertTrue(html.contains("Document 3 of 4"), html);
  }

  @Test
  void citationsDownloadAsBibtexAndRis() {
    HttpResponse<String> bib = room.get("/frus9998/d1/citation.bib");
    assertEquals(200, bib.statusCode());
    assertEquals("attachment; filename=\"frus9998_d1.bib\"", bib.headers().firstValue("Content-Disposition").orElse(""));
    assertTrue(bib.body().startsWith("@misc{frus9998_d1,\n"), bib.body());
    assertTrue(bib.body().contains("  url = {https://history.state.gov/historicaldocuments/frus9998/d1},\n"), bib.body());
    HttpResponse<String> ris = room.get("/frus9998/d1/citation.ris");
    assertTrue(ris.body().startsWith("TY  - GOVDOC\r\n"), ris.body());
    assertTrue(ris.body().contains("DA  - 1918/05/02/\r\n"), ris.body());
    assertTrue(ris.body().endsWith("ER  - \r\n"), ris.body());
  }

  @Test
  void volumePageListsDocumentsInOrder() {
    String html = page("/frus9998");
    assertTrue(html.indexOf("/frus9998/d3\"") < html.indexOf("/frus9998/d10\""), html);
    assertTrue(html.contains("4 documents"), html);
  }

  @Test
  void searchPageShowsFacetsThatNarrowAndAChart() {
    String html = page("/search?q=army");
    assertTrue(html.contains("<strong id=\"total\">5</strong>"), html);
    assertTrue(html.contains("href=\"/search?q=army&amp;type=despatch\""), html);
    assertTrue(html.contains("<svg"), html);
    assertTrue(html.contains("<title>1918: 2 documents</title>"), html);
    String narrowed = page("/search?q=army&type=despatch");
    assertTrue(narrowed.contains("<strong id=\"total\">1</strong>"), narrowed);
  }

  @Test
  void frontPageListsVolumes() {
    String html = page("/");
    assertTrue(html.contains("href=\"/frus9998\""), html);
    assertTrue(html.contains("2 volumes, 5 documents"), html);
  }

  @Test
  void errorsAreHtmlPagesWithAMessage() {
    HttpResponse<String> missing = room.get("/frus9998/d99");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("no document &#39;frus9998/d99&#39; in this archive")
        || missing.body().contains("no document 'frus9998/d99' in this archive"), missing.body());
    HttpResponse<String> bad = room.get("/search?q=army&limit=1000");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("limit: must be 1..100"), bad.body());
    assertNoStackTrace(missing.body() + bad.body());
  }

  @Test
  void malformedAddressesGetA4xxWithoutStackTrace() {
    for (String path : new String[] {"/%zz", "/frus9998/%C0%AE%C0%AE", "/frus9998/d1/%2e%2e/%2e%2e/etc/passwd", "/static/..%2Fopenapi.json"}) {
      String r = room.raw(path);
      assertTrue(r.startsWith("HTTP/1.1 4"), path + ": " + r);
      assertNoStackTrace(r);
    }
  }
}
