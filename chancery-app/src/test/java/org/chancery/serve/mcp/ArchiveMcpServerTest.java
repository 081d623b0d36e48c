package org.chancery.serve.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancery.archive.Archive;
import org.chancery.serve.web.AnswerSource;
import org.chancery.serve.web.Answers;
import org.chancery.serve.web.ArchiveLinks;
import org.chancery.serve.web.ReadingRoom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MCP server as an assistant meets it: {@code chancery mcp} started as a separate process and
 * spoken to over stdio by the SDK's client, and {@code serve --mcp}'s endpoint over Streamable
 * HTTP, on two shared volumes.
 */
class ArchiveMcpServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static McpSyncClient stdio;

  @BeforeAll
  static void startServer() {
    List<String> cmd = McpArchive.mcpCommand();
    var params = ServerParameters.builder(cmd.get(0)).args(cmd.subList(1, cmd.size())).build();
    stdio =
        McpClient.sync(new StdioClientTransport(params, McpJsonDefaults.getMapper()))
            .requestTimeout(Duration.ofSeconds(60))
            .initializationTimeout(Duration.ofSeconds(60))
            .build();
    stdio.initialize();
  }

  @AfterAll
  static void stopServer() {
    if (stdio != null) stdio.closeGracefully();
  }

  @Test
  void listsTheArchiveToolsWithDescribedInputs() {
    var tools = stdio.listTools().tools();
    assertEquals(
        Set.of(
            "search",
            "read_document",
            "links",
            "thread",
            "related",
            "person",
            "decode_file_number"),
        tools.stream().map(McpSchema.Tool::name).collect(Collectors.toSet()));
    McpSchema.Tool read =
        tools.stream().filter(t -> t.name().equals("read_document")).findFirst().orElseThrow();
    assertEquals(List.of("document"), read.inputSchema().get("required"));
    assertTrue(
        ((Map<?, ?>) read.inputSchema().get("properties")).containsKey("document"),
        read.inputSchema().toString());
  }

  @Test
  void searchGivesHitsWithCitationUrlAndFacets() throws Exception {
    JsonNode r =
        call(
            stdio,
            "search",
            Map.of("query", "Chaco", "volumes", List.of("frus1934v04"), "limit", 3));
    assertTrue(r.get("total").asInt() > 3, r.toString());
    JsonNode hit = r.get("hits").get(0);
    assertEquals("frus1934v04", hit.get("volume").asText());
    assertEquals(
        "http://localhost:7070/frus1934v04/" + hit.get("id").asText(), hit.get("url").asText());
    assertTrue(
        hit.get("citation").asText().contains("https://history.state.gov/historicaldocuments/"),
        hit.toString());
    assertTrue(r.get("facets").get("year").has("1934"), r.get("facets").toString());
  }

  @Test
  void readsADocumentFollowsItsReferenceAndFindsRelatedOnes() throws Exception {
    JsonNode links = call(stdio, "links", Map.of("document", "frus1934v04/d102"));
    JsonNode cite = links.get("cites").get(0);
    assertEquals("Your 237, April 30, 2 p.m., paragraph 3", cite.get("phrase").asText());
    assertEquals("frus1934v04/d101", cite.get("target").asText());
    JsonNode d = call(stdio, "read_document", Map.of("document", cite.get("target").asText()));
    assertEquals("d101", d.get("id").asText());
    assertTrue(d.get("head").asText().contains("Minister in Switzerland"), d.get("head").asText());
    assertTrue(d.get("citation").asText().contains("document 101"), d.get("citation").asText());
    JsonNode related = call(stdio, "related", Map.of("document", "frus1934v04/d101", "limit", 5));
    assertEquals(5, related.get("related").size());
    assertFalse(related.get("related").get(0).get("shared").isEmpty(), related.toString());
  }

  @Test
  void decodesAFileNumber() throws Exception {
    JsonNode r = call(stdio, "decode_file_number", Map.of("number", "861.20/406"));
    JsonNode decoded = r.get("decoded");
    assertEquals("8", decoded.get("class").asText());
    assertEquals("Internal Affairs of States", decoded.get("className").asText());
    assertTrue(decoded.get("countries").toString().contains("Russia"), decoded.toString());
    assertEquals("Military affairs", decoded.get("subject").asText());
  }

  @Test
  void unknownDocumentsAndBadQueriesAreToolErrorsThatSayWhy() {
    var missing =
        stdio.callTool(
            new McpSchema.CallToolRequest(
                "read_document", Map.of("document", "frus1934v04/d9999")));
    assertTrue(missing.isError());
    assertEquals("no document 'frus1934v04/d9999' in this archive", text(missing));
    var bad =
        stdio.callTool(new McpSchema.CallToolRequest("search", Map.of("query", "\"Chaco war")));
    assertTrue(bad.isError());
    assertTrue(text(bad).contains("no closing quote"), text(bad));
    var notKey =
        stdio.callTool(new McpSchema.CallToolRequest("thread", Map.of("document", "d101")));
    assertTrue(text(notKey).contains("must be volume/id"), text(notKey));
    var noMeanings =
        stdio.callTool(
            new McpSchema.CallToolRequest("search", Map.of("query", "Chaco", "mode", "hybrid")));
    assertTrue(noMeanings.isError());
    assertTrue(text(noMeanings).contains("import it with --embed"), text(noMeanings));
    var badBy =
        stdio.callTool(
            new McpSchema.CallToolRequest(
                "related", Map.of("document", "frus1934v04/d101", "by", "vibes")));
    assertTrue(badBy.isError());
    assertTrue(text(badBy).contains("/by"), text(badBy));
  }

  @Test
  void serveMcpAnswersTheSameToolsOverHttp() throws Exception {
    try (Archive a = Archive.openExisting(McpArchive.dir())) {
      ArchiveLinks links = ArchiveLinks.open(a.dir());
      ArchiveMcpServer server =
          ArchiveMcpServer.http(
              AnswerSource.of(Answers.over(a.search(), links, "http://127.0.0.1:7070")));
      try (ReadingRoom room =
          ReadingRoom.start(
              a.search(),
              "127.0.0.1",
              0,
              10,
              links,
              ReadingRoom.standardSections(a.search(), links),
              Map.of(ArchiveMcpServer.PATH, server.servlet()))) {
        var transport =
            HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + room.port())
                .endpoint(ArchiveMcpServer.PATH)
                .build();
        try (McpSyncClient http =
            McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build()) {
          http.initialize();
          assertEquals(7, http.listTools().tools().size());
          JsonNode r = call(http, "thread", Map.of("document", "frus1934v04/d101"));
          assertEquals("frus1934v04/d101", r.get("key").asText());
          assertTrue(r.get("keys").toString().contains("frus1934v04/d102"), r.toString());
        }
      } finally {
        server.close();
      }
    }
  }

  static JsonNode call(McpSyncClient client, String tool, Map<String, Object> args)
      throws Exception {
    var result = client.callTool(new McpSchema.CallToolRequest(tool, args));
    assertFalse(Boolean.TRUE.equals(result.isError()), tool + ": " + text(result));
    return JSON.readTree(text(result));
  }

  static String text(McpSchema.CallToolResult result) {
    return ((McpSchema.TextContent) result.content().get(0)).text();
  }
}
