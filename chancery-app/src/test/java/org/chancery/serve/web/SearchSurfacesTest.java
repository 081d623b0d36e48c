package org.chancery.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.search.QueryField;
import org.chancery.search.SearchInput.Form;
import org.chancery.serve.cli.InspectCommandTest;
import org.chancery.serve.cli.InspectCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same search through each surface, {@code chancery search}, the search page and the JSON API,
 * finds the same documents in the same order with the same total and the same snippets (the page's
 * escaped exactly once): for every query field and every parameter. And each surface's help names
 * every field.
 */
class SearchSurfacesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TOTAL = Pattern.compile("<strong id=\"total\">(\\d+)</strong>");
  // A hit on the search page: its address and its snippet, if it has one.
  private static final String HIT_HTML =
      "<li class=\"hit\">\\s*<a class=\"title\" href=\"/([^\"]+)\">.*?"
          + "(?:<p class=\"snippet\">(.*?)</p>)?\\s*</li>";
  private static final Pattern HIT = Pattern.compile(HIT_HTML, Pattern.DOTALL);

  private final TestRoom room = TestRoom.get();

  /**
   * What a surface found: the total, the hits' keys in order, and their snippets as the search page
   * shows them.
   */
  private record Found(long total, List<String> keys, List<String> snippets) {}

  // A query with each field that finds something in the test room.
  private static String query(QueryField f) {
    return switch (f) {
      case TEXT -> "army";
      case SENDER -> "sender:Hope";
      case RECIPIENT -> "recipient:Lorry";
      case TYPE -> "type:Telegram";
      case FILE -> "file:861.20*";
      case SERIAL -> "serial:237";
      case PLACE -> "place:Strelsau";
      case VOLUME -> "volume:frus9999";
      case CLASS -> "class:7";
      case COUNTRY -> "country:Russia";
      case SUBJECT -> "subject:military";
      case PERSON -> "person:Lansing";
      case SENT -> "sent:lansing-robert";
      case RECEIVED -> "received:lansing-robert";
      case MENTIONED -> "mentioned:polk-frank-lyon";
      // The test room has no modern source notes; ModernFacetsTest (chancery-core) covers these.
      case CLASSIFICATION, PRECEDENCE, ARCHIVE, PARTICIPANT ->
          throw new IllegalArgumentException("no " + f + " in the test room");
    };
  }

  private static Form form(String q) {
    return new Form(q, List.of(), List.of(), "", "", "", "", "100", "");
  }

  @ParameterizedTest
  @EnumSource(
      value = QueryField.class,
      mode = EnumSource.Mode.EXCLUDE,
      names = {"CLASSIFICATION", "PRECEDENCE", "ARCHIVE", "PARTICIPANT"})
  void everyFieldFindsTheSameInEverySurface(QueryField f) throws Exception {
    Form form = form(query(f));
    Found cli = cli(form);
    assertFalse(cli.keys().isEmpty(), form.q() + " finds nothing");
    assertEquals(cli, api(form), form.q());
    assertEquals(cli, page(form), form.q());
  }

  static List<Form> parameters() {
    return List.of(
        new Form("army", List.of("Telegram"), List.of(), "", "", "", "", "", ""),
        new Form("-zzzz", List.of("editorial-note"), List.of(), "", "", "", "", "100", ""),
        new Form("army", List.of("despatch", "memorandum"), List.of(), "", "", "", "", "", ""),
        new Form("army", List.of(), List.of("frus9998", "seed"), "", "", "", "", "", ""),
        new Form("army", List.of(), List.of(), "1919", "1934-06", "date", "", "", ""),
        new Form("army", List.of(), List.of(), "1918-05-01", "1918-05-31", "Date", "", "", ""),
        new Form("army", List.of(), List.of(), "", "", "date", "1", "2", ""),
        new Form("cabinet OR treaty", List.of(), List.of(), "", "", "relevance", "2", "1", ""),
        new Form("alert OR img", List.of(), List.of(), "", "", "", "", "", ""));
  }

  @ParameterizedTest
  @MethodSource("parameters")
  void everyParameterWorksTheSameInEverySurface(Form form) throws Exception {
    Found cli = cli(form);
    assertEquals(cli, api(form), form.toString());
    assertEquals(cli, page(form), form.toString());
  }

  @Test
  void everySurfaceHelpNamesEveryField() throws Exception {
    String cli = InspectCommandTest.run("help", "search").out();
    String page = room.get("/search?q=army").body() + room.get("/").body();
    String api = room.get("/api/v1/openapi.json").body();
    for (QueryField f : QueryField.named()) {
      assertTrue(cli.contains("  " + f.userName() + ": "), f + " in " + cli);
      assertTrue(cli.contains(f.example()), f + " in " + cli);
      assertTrue(page.contains("<dt><code>" + f.userName() + ":</code></dt>"), f + " in " + page);
      assertTrue(api.contains(" " + f.userName() + ":"), f + " in the OpenAPI q");
    }
    assertEquals(18, QueryField.named().size());
  }

  private Found cli(Form form) throws Exception {
    List<String> args = new ArrayList<>(List.of("search", "--archive", archive(), "--json"));
    form.types().forEach(t -> args.addAll(List.of("--type", t)));
    form.volumes().forEach(v -> args.addAll(List.of("--volume", v)));
    option(args, "--from", form.from());
    option(args, "--to", form.to());
    option(args, "--sort", form.sort());
    option(args, "--offset", form.offset());
    option(args, "--limit", form.limit());
    args.addAll(List.of("--", form.q()));
    Run r = InspectCommandTest.run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    return found(JSON.readTree(r.out()));
  }

  private static void option(List<String> args, String name, String value) {
    if (!value.isEmpty()) args.addAll(List.of(name, value));
  }

  private String archive() {
    return room.archive.dir().toString();
  }

  private Found api(Form form) throws Exception {
    HttpResponse<String> r = room.get("/api/v1/search?" + parameters(form));
    assertEquals(200, r.statusCode(), r.body());
    return found(JSON.readTree(r.body()));
  }

  private Found page(Form form) {
    HttpResponse<String> r = room.get("/search?" + parameters(form));
    assertEquals(200, r.statusCode(), r.body());
    List<String> keys = new ArrayList<>();
    List<String> snippets = new ArrayList<>();
    for (Matcher m = HIT.matcher(r.body()); m.find(); ) {
      keys.add(m.group(1));
      snippets.add(m.group(2) == null ? "" : m.group(2));
    }
    Matcher total = TOTAL.matcher(r.body());
    return new Found(total.find() ? Long.parseLong(total.group(1)) : 0, keys, snippets);
  }

  private static Found found(JsonNode result) {
    List<String> keys = new ArrayList<>();
    List<String> snippets = new ArrayList<>();
    for (JsonNode h : result.get("hits")) {
      keys.add(h.get("volume").asText() + "/" + h.get("id").asText());
      snippets.add(html(h.get("snippet")));
    }
    return new Found(result.get("total").asLong(), keys, snippets);
  }

  // A JSON snippet as HTML: its text escaped once, its highlights in <b>.
  private static String html(JsonNode snippet) {
    String text = snippet.get("text").asText();
    StringBuilder sb = new StringBuilder();
    int pos = 0;
    for (JsonNode h : snippet.get("highlights")) {
      int start = h.get("start").asInt();
      int end = h.get("end").asInt();
      sb.append(escape(text.substring(pos, start)));
      sb.append("<b>").append(escape(text.substring(start, end))).append("</b>");
      pos = end;
    }
    return sb.append(escape(text.substring(pos))).toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&#34;")
        .replace("'", "&#39;");
  }

  // The form as the search page sends it.
  private static String parameters(Form form) {
    StringJoiner j = new StringJoiner("&");
    j.add("q=" + enc(form.q()));
    form.types().forEach(t -> j.add("type=" + enc(t)));
    form.volumes().forEach(v -> j.add("volume=" + enc(v)));
    j.add("from=" + enc(form.from()));
    j.add("to=" + enc(form.to()));
    j.add("sort=" + enc(form.sort()));
    j.add("offset=" + enc(form.offset()));
    j.add("limit=" + enc(form.limit()));
    return j.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
