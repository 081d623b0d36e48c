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
    assertTrue(html.contains("File <a href=\"/files/711.00\">711.00/12</a>"), html);
    assertTrue(html.contains("<span class=\"pb\" id=\"pg_2\">[Page 2]</span>"), html);
    assertTrue(html.contains("<li id=\"fn1\" value=\"1\">Not printed.</li>"), html);
    assertTrue(html.contains("<a href=\"#fn1\">1</a>"), html);
    assertTrue(
        html.contains("<i>Papers Relating to the Reading Room, 1918–1934</i>, document 1."), html);
    assertTrue(html.contains("href=\"/frus9998/d2\""), html);
    assertTrue(html.contains("Cited by"), html);
    assertTrue(html.contains("<section class=\"extra\" id=\"file-numbers\">"), html);
    assertTrue(html.contains("<li><a href=\"/files/711.00\">711.00/12</a>"), html);
  }

  @Test
  void documentPageListsTheAbbreviationsItsTextUses() {
    String html = page("/frus9998/d10");
    assertTrue(html.contains("<section class=\"extra abbreviations\" id=\"abbreviations\">"), html);
    assertTrue(
        html.contains(
            "<li><abbr title=\"Reconstruction Finance Corporation\">RFC</abbr> —"
                + " Reconstruction Finance Corporation</li>"),
        html);
    // SecState is listed but not used here; d1 uses no term at all.
    assertFalse(html.contains("SecState"), html);
    assertFalse(page("/frus9998/d1").contains("id=\"abbreviations\""));
  }

  @Test
  void documentPageShowsTheSubjectTheDocumentPrints() {
    assertTrue(
        page("/frus9998/d10")
            .contains(
                "<p class=\"subject\" id=\"subject\"><span class=\"label\">Subject:</span>"
                    + " Gold Reserve of the Treasury</p>"));
    assertFalse(page("/frus9998/d1").contains("id=\"subject\""));
    // And each search hit shows it under its title.
    String hits = page("/search?q=gold+reserve");
    assertTrue(
        hits.contains(
            "<div class=\"subject\"><span class=\"label\">Subject:</span> Gold Reserve of the"
                + " Treasury</div>"),
        hits);
  }

  @Test
  void aResolvedReferenceInTheBodyLinksExactlyItsPhrase() {
    String html = page("/frus9999/d2");
    assertTrue(
        html.contains(
            "<p class=\"paragraph\">88. <a class=\"ref\" href=\"/frus9999/d1\" title=\"frus9999/d1: posts, number and date;"
                + " grounds series number date time; high confidence\">"
                + "Your 237, April 30, 2 p.m.</a> Report at once"),
        html);
  }

  @Test
  void aLinkedPhraseInEscapedTextStaysEscaped() {
    String html = page("/frus9998/d2");
    assertTrue(
        html.contains(
            "12. <a class=\"ref\" href=\"/frus9998/d1\" title=\"frus9998/d1: posts, number and date;"
                + " grounds series number; medium confidence\">Your 45</a>. The army question: "
                + "&lt;script&gt;alert(1)&lt;/script&gt;"),
        html);
  }

  @Test
  void anEditorialLinkAttachesToItsFootnote() {
    String html = page("/frus9999/d4");
    assertTrue(
        html.contains(
            "<li id=\"fn1\" value=\"1\">See document 1. <a class=\"note-target\" href=\"/frus9999/d1\">→ frus9999/d1</a></li>"),
        html);
    assertTrue(
        html.contains("crisis<sup class=\"fn\"><a href=\"#fn1\">1</a></sup> was read"), html);
  }

  @Test
  void documentPageListsItsThreadWithItselfMarked() {
    String section =
        part(page("/frus9999/d2"), "<nav class=\"extra thread\" id=\"thread\"", "</nav>");
    assertTrue(
        section.indexOf("href=\"/frus9999/d1\"") < section.indexOf("aria-current=\"page\""),
        section);
    assertTrue(
        section.indexOf("aria-current=\"page\"") < section.indexOf("href=\"/frus9999/d3\""),
        section);
    assertTrue(section.contains("1919-05-02T18:00</span> · No. 88"), section);
    assertTrue(
        section.contains(
            "<a id=\"thread-page\" href=\"/thread/frus9999/d2\">The whole thread (3 documents)</a>"),
        section);
    assertFalse(page("/frus9998/d10").contains("id=\"thread\""));
  }

  @Test
  void threadPageListsTheChainInTimeOrder() {
    String html = page("/thread/frus9999/d3");
    assertTrue(html.contains("3 documents joined by resolved references, in time order."), html);
    int d1 = html.indexOf("<td>1919-04-30T14:00</td>");
    int d2 = html.indexOf("<td>1919-05-02T18:00</td>");
    int d3 = html.indexOf("<td>1919-05-04T11:00</td>");
    assertTrue(0 < d1 && d1 < d2 && d2 < d3, html);
    assertTrue(html.contains("<td>237</td>"), html);
    assertTrue(
        html.contains(
            "<a href=\"/frus9999/d3\">The Minister in Graustark (Lorry) to the Secretary of State</a> "
                + "<span class=\"meta\">frus9999/d3</span> <strong class=\"here\">(this document)</strong>"),
        html);
  }

  // The part of {@code html} from {@code start} to the next {@code end}; it must be there.
  private static String part(String html, String start, String end) {
    int at = html.indexOf(start);
    assertTrue(at > 0, html);
    return html.substring(at, html.indexOf(end, at));
  }

  @Test
  void threadPageDrawsWhoWroteToWhomWhen() {
    String picture = part(page("/thread/frus9999/d3"), "<svg role=\"img\"", "</svg>");
    // One column per post, named as a reader would; one arrow or dot per message, this one marked.
    assertTrue(picture.contains(">Graustark</text>"), picture);
    assertTrue(picture.contains(">Department of State</text>"), picture);
    assertEquals(3, picture.split("<g class=\"message").length - 1, picture);
    assertEquals(1, picture.split("<g class=\"message current\"").length - 1, picture);
    assertTrue(picture.contains("1919-04-30 14:00 · No. 237"), picture);
    assertTrue(picture.contains("<a href=\"/frus9999/d1\">"), picture);
  }

  @Test
  void threadPageEscapesHeads() {
    String html = page("/thread/frus9998/d1");
    assertFalse(html.contains("<script>alert"), html);
    assertTrue(html.contains("Ruritania &lt;script&gt;alert(1)&lt;/script&gt;</a>"), html);
    assertTrue(
        page("/thread/frus9998/d10")
            .contains("No resolved reference joins this document to another."));
  }

  @Test
  void peopleLinkToTheirPersonPage() {
    assertTrue(
        page("/frus9999/d2")
            .contains("<a href=\"/people/lansing-robert\">From: Robert Lansing</a>"));
  }

  @Test
  void personPageShowsRolesCountsAndSearches() {
    String html = page("/people/lansing-robert");
    assertTrue(html.contains("<h1>Robert Lansing</h1>"), html);
    assertTrue(
        html.contains(
            "<tr><td>1915-06-23</td><td>1920-02-13</td><td>Secretary of State</td><td>Secretary of State</td></tr>"),
        html);
    assertTrue(
        html.contains(
            "<a id=\"sent\" href=\"/search?q=sent%3Alansing-robert&amp;sort=date\">Sent 3 documents</a>"),
        html);
    assertTrue(
        html.contains(
            "<a id=\"received\" href=\"/search?q=received%3Alansing-robert&amp;sort=date\">Received 4 documents</a>"),
        html);
    assertTrue(
        html.contains(
            "<a id=\"all\" href=\"/search?q=sent%3Alansing-robert+OR+received%3Alansing-robert"
                + "+OR+mentioned%3Alansing-robert&amp;sort=date\">"),
        html);
    String sent = page("/search?q=sent%3Alansing-robert&sort=date");
    assertTrue(sent.contains("<strong id=\"total\">3</strong>"), sent);
  }

  @Test
  void personPageShowsCorrespondentsEachALinkAndDocumentsPerYear() {
    String html = page("/people/lansing-robert");
    assertTrue(
        html.contains("aria-label=\"Documents sent, received or named in, per year\""), html);
    assertTrue(html.contains("<title>1919: 5 documents</title>"), html);
    assertTrue(
        html.contains(
            "<td><a href=\"/search?q=received%3Alansing-robert+sender%3A%22Minister+in+Graustark%22"
                + "&amp;sort=date\">2</a></td>"),
        html);
    String heard = page("/search?q=received%3Alansing-robert+sender%3A%22Minister+in+Graustark%22");
    assertTrue(heard.contains("<strong id=\"total\">2</strong>"), heard);
    assertTrue(html.contains("<a class=\"title\" href=\"/frus9998/d1\">"), html);
    assertTrue(page("/people/polk-frank-lyon").contains(">Named in 1 document</a>"));
  }

  @Test
  void networkPageDrawsWhoWroteToWhomWithItsDownloads() {
    String html = page("/network?q=&volume=frus9999");
    assertTrue(html.contains("every sender-recipient pair of 4 documents"), html);
    assertTrue(html.contains("<line class=\"edge\""), html);
    assertTrue(html.contains("<a href=\"/people/lansing-robert\"><g class=\"node\">"), html);
    assertTrue(
        html.contains("href=\"/api/v1/network?q=&amp;volume=frus9999&amp;format=graphml\""), html);
    assertTrue(
        page("/frus9999").contains("<a id=\"network\" href=\"/network?q=&amp;volume=frus9999\">"));
    assertTrue(page("/search?q=army").contains("<a id=\"network\" href=\"/network?q=army\">"));
    assertTrue(page("/network?q=zzzzunfound").contains("has both its sender and its recipient"));
  }

  @Test
  void filePageDecodesTheNumberAndPagesThroughItsDocuments() {
    String html = page("/files/861.20");
    assertTrue(
        html.contains("All documents filed under 861.20: <strong id=\"total\">5</strong>"), html);
    assertTrue(html.contains("Class 8: Internal Affairs of States"), html);
    assertTrue(html.contains("Military affairs"), html);
    assertTrue(
        html.contains(
            "<li>subject .20 (Military affairs): table <code>subjects.csv:50</code>, after"),
        html);
    assertTrue(html.contains("table <code>countries.csv:216</code>"), html);
    assertTrue(html.indexOf("href=\"/frus9999/d1\"") < html.indexOf("href=\"/frus9999/d2\""), html);
    assertTrue(html.contains("href=\"/search?q=file%3A861.20*&amp;sort=date\""), html);
    String second = page("/files/861.20?offset=2&limit=2");
    assertTrue(second.contains("<a rel=\"prev\" href=\"/files/861.20\">"), second);
    assertTrue(second.contains("<a rel=\"next\" href=\"/files/861.20?offset=4\">"), second);
    assertTrue(second.contains("href=\"/frus9999/d3\""), second);
    assertFalse(second.contains("href=\"/frus9999/d1\""), second);
  }

  @Test
  void filePageOfANumberWithoutDocumentsSaysSo() {
    String html = page("/files/999.99");
    assertTrue(html.contains("<strong id=\"total\">0</strong>"), html);
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
    assertEquals(
        "attachment; filename=\"frus9998_d1.bib\"",
        bib.headers().firstValue("Content-Disposition").orElse(""));
    assertTrue(bib.body().startsWith("@misc{frus9998_d1,\n"), bib.body());
    assertTrue(
        bib.body()
            .contains("  url = {https://history.state.gov/historicaldocuments/frus9998/d1},\n"),
        bib.body());
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
    assertTrue(html.contains("<strong id=\"total\">5</strong> documents match;"), html);
    assertTrue(html.contains("href=\"/search?q=army&amp;type=despatch\""), html);
    assertTrue(html.contains("<svg"), html);
    assertTrue(html.contains("<title>1918: 2 documents</title>"), html);
    String narrowed = page("/search?q=army&type=despatch");
    assertTrue(narrowed.contains("<strong id=\"total\">1</strong> document matches;"), narrowed);
  }

  @Test
  void frontPageListsVolumes() {
    String html = page("/");
    assertTrue(html.contains("href=\"/frus9998\""), html);
    assertTrue(html.contains("3 volumes, 9 documents"), html);
  }

  @Test
  void frontPageShelvesVolumesByAdministrationWithAYearChart() {
    String html = page("/");
    assertTrue(html.contains("href=\"/eras/1913-1920\">1913–1920: Wilson</a>"), html);
    assertTrue(html.contains("Documents per year across the archive"), html);
    assertTrue(html.contains("href=\"/search?q=&amp;from=1918&amp;to=1918\""), html);
  }

  @Test
  void eraPageListsItsVolumesByPrincipalYear() {
    String html = page("/eras/1913-1920");
    assertTrue(html.contains("<h1>1913–1920: Wilson</h1>"), html);
    assertTrue(html.contains("href=\"/frus9998\""), html);
    assertTrue(html.contains("href=\"/frus9999\""), html);
    assertEquals(404, room.get("/eras/1700-1800").statusCode());
    assertEquals(400, room.get("/eras/1913-1920?offset=-1").statusCode());
  }

  @Test
  void errorsAreHtmlPagesWithAMessage() {
    HttpResponse<String> missing = room.get("/frus9998/d99");
    assertEquals(404, missing.statusCode());
    assertTrue(
        missing.body().contains("no document &#39;frus9998/d99&#39; in this archive")
            || missing.body().contains("no document 'frus9998/d99' in this archive"),
        missing.body());
    HttpResponse<String> bad = room.get("/search?q=army&limit=1000");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("limit: must be 1..100"), bad.body());
    assertNoStackTrace(missing.body() + bad.body());
  }

  @Test
  void newPagesCheckTheirParameters() {
    String[][] cases = {
      {"/thread/frus9998/d99", "404", "no document"},
      {"/thread/frus9998/d1%3Cb%3E", "400", "id must be"},
      {"/people/nobody-at-all", "404", "no person"},
      {"/people/Robert%20Lansing", "400", "person must be"},
      {"/files/-861", "400", "file number must be"},
      {"/files/8", "400", "file number must be"},
      {"/files/861%22%3E%3Cscript%3E", "400", "file number must be"},
      {"/files/" + "8".repeat(61), "400", "file number must be"},
      {"/files/861.20?offset=-1", "400", "offset: must be"},
      {"/files/861.20?limit=1000", "400", "limit: must be"},
    };
    for (String[] c : cases) {
      HttpResponse<String> r = room.get(c[0]);
      assertEquals(Integer.parseInt(c[1]), r.statusCode(), c[0] + ": " + r.body());
      assertTrue(r.body().contains(c[2]), c[0] + ": " + r.body());
      assertFalse(r.body().contains("<script>"), r.body());
      assertNoStackTrace(r.body());
    }
  }

  @Test
  void malformedAddressesGetA4xxWithoutStackTrace() {
    for (String path :
        new String[] {
          "/%zz",
          "/frus9998/%C0%AE%C0%AE",
          "/frus9998/d1/%2e%2e/%2e%2e/etc/passwd",
          "/static/..%2Fopenapi.json",
          "/people/%2e%2e",
          "/files/%2e%2e",
          "/thread/frus9998/%2e%2e"
        }) {
      String r = room.raw(path);
      assertTrue(r.startsWith("HTTP/1.1 4"), path + ": " + r);
      assertNoStackTrace(r);
    }
  }
}
