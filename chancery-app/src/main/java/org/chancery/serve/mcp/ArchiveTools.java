package org.chancery.serve.mcp;

import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.chancery.model.DocumentType;
import org.chancery.search.RelatedBy;
import org.chancery.search.SearchInput;
import org.chancery.search.SearchInputException;
import org.chancery.serve.web.AnswerSource;
import org.chancery.serve.web.Answers;

/**
 * The archive's tools: search, read a document, follow its links and thread, find related
 * documents, look up a person, decode a file number. Each returns the web API's answer ({@link
 * Answers}) as JSON text, every document in it with its citation and reading-room URL; a call that
 * cannot be answered (unknown document, bad query) is a tool error saying why.
 */
public final class ArchiveTools {
  private static final String DOCUMENT =
      "A document: volume id, a slash, document id, such as frus1934v04/d101 (search hits give"
          + " them as volume and id)";

  private final AnswerSource answers;

  /** The tools over the answers {@code answers} gives at each call. */
  public ArchiveTools(AnswerSource answers) {
    this.answers = Objects.requireNonNull(answers, "answers");
  }

  /** Every tool, in the order an assistant is shown them. */
  public List<SyncToolSpecification> all() {
    return List.of(
        tool("search", SEARCH, searchSchema(), this::search),
        tool("read_document", READ, documentSchema(), this::read),
        tool("links", LINKS, documentSchema(), this::links),
        tool("thread", THREAD, documentSchema(), this::thread),
        tool("related", RELATED, relatedSchema(), this::related),
        tool("person", PERSON, personSchema(), this::person),
        tool("decode_file_number", DECODE, decodeSchema(), this::decode));
  }

  private static final String SEARCH =
      "Search the archive of Foreign Relations of the United States documents. The query language:"
          + " words, \"phrases\", -excluded, OR, and fields such as sender:Henderson,"
          + " recipient:\"Secretary of State\", file:861.*, person:Coulondre, sent:hull-cordell."
          + " Returns the total, one page of hits (volume, id, title, date, type, snippet, url,"
          + " citation) and counts by type, volume and year.";
  private static final String READ =
      "Read one document whole: heading, date, sender and recipient (identified in the Office of"
          + " the Historian's POCOM where possible), file numbers decoded, footnotes, text, its"
          + " references and related documents, citation and url.";
  private static final String LINKS =
      "The references a document makes (cites: each phrase, the document it resolves to or why"
          + " not, the rule and its grounds) and the resolved references that lead to it (citedBy).";
  private static final String THREAD =
      "The thread a document belongs to: the messages its resolved references join, in time"
          + " order (at most 500).";
  private static final String RELATED =
      "Documents of any volume most related to a document, by the rarer words they share (BM25"
          + " more-like-this, the default), by meaning (where the archive was imported with"
          + " embeddings), or by both fused; each with the words they share and how close in"
          + " meaning it is, as the reason.";
  private static final String PERSON =
      "Look up a person of the Office of the Historian's POCOM by surname, full name or id"
          + " (hull-cordell): roles over time, documents sent, received and named in, and the"
          + " roles they wrote to and heard from.";
  private static final String DECODE =
      "Decode a State Department file number (861.20/406, 711.00111 Armament/1, POL 27 VIET S):"
          + " the scheme, class, country and subject it stands for, and the archive's documents"
          + " filed under it.";

  private Answer search(ToolArguments a) throws IOException {
    SearchInput.Form form =
        new SearchInput.Form(
            a.text("query"),
            a.list("types"),
            a.list("volumes"),
            a.text("from"),
            a.text("to"),
            a.text("sort"),
            a.text("offset"),
            a.text("limit"),
            a.text("mode"));
    return Answer.of(
        answers.answer(
            x -> {
              try {
                return x.search(form);
              } catch (SearchInputException e) {
                throw new ToolException(e.getMessage());
              }
            }));
  }

  private Answer read(ToolArguments a) throws IOException {
    String[] d = a.document("document");
    return Answer.of(answers.answer(x -> x.document(d[0], d[1])), d);
  }

  private Answer links(ToolArguments a) throws IOException {
    String[] d = a.document("document");
    return Answer.of(answers.answer(x -> x.links(d[0], d[1])), d);
  }

  private Answer thread(ToolArguments a) throws IOException {
    String[] d = a.document("document");
    return Answer.of(answers.answer(x -> x.thread(d[0], d[1])), d);
  }

  private Answer related(ToolArguments a) throws IOException {
    String[] d = a.document("document");
    int limit = a.integer("limit").orElse(Answers.RELATED);
    if (limit < 1 || limit > Answers.RELATED)
      throw new ToolException("'limit' must be 1 to " + Answers.RELATED + ", not " + limit);
    String byId = a.text("by").isBlank() ? RelatedBy.WORDS.id() : a.text("by").strip();
    RelatedBy by =
        RelatedBy.of(byId)
            .orElseThrow(
                () -> new ToolException("'by' must be words, meaning or both, not '" + byId + "'"));
    return Answer.of(answers.answer(x -> x.related(d[0], d[1], limit, by)), d);
  }

  private Answer person(ToolArguments a) throws IOException {
    String name = a.required("name");
    if (name.length() > 100) throw new ToolException("'name' must be at most 100 characters");
    return Answer.of(answers.answer(x -> x.people(name)));
  }

  private Answer decode(ToolArguments a) throws IOException {
    try {
      String number = a.required("number");
      return Answer.of(answers.answer(x -> x.decode(number, a.integer("year"))));
    } catch (IllegalArgumentException e) {
      throw new ToolException(e.getMessage());
    }
  }

  /** A tool's JSON answer. */
  record Answer(String json) {
    static Answer of(String json) {
      return new Answer(json);
    }

    static Answer of(Optional<String> json, String[] document) {
      return new Answer(
          json.orElseThrow(
              () ->
                  new ToolException(
                      "no document '" + document[0] + "/" + document[1] + "' in this archive")));
    }
  }

  @FunctionalInterface
  private interface Call {
    Answer answer(ToolArguments a) throws IOException;
  }

  private static SyncToolSpecification tool(
      String name, String description, Map<String, Object> schema, Call call) {
    McpSchema.Tool tool =
        McpSchema.Tool.builder()
            .name(name)
            .description(description)
            .inputSchema(schema)
            .annotations(new McpSchema.ToolAnnotations(null, true, false, true, false, null))
            .build();
    return SyncToolSpecification.builder()
        .tool(tool)
        .callHandler((exchange, request) -> call(call, request.arguments()))
        .build();
  }

  // A tool error is a result the assistant reads, not a protocol error: it can correct the call.
  static McpSchema.CallToolResult call(Call call, Map<String, Object> arguments) {
    try {
      String json = call.answer(new ToolArguments(arguments)).json();
      return McpSchema.CallToolResult.builder().addTextContent(json).isError(false).build();
    } catch (ToolException e) {
      return error(e.getMessage());
    } catch (IOException e) {
      return error("the archive could not be read: " + e.getMessage());
    }
  }

  private static McpSchema.CallToolResult error(String message) {
    return McpSchema.CallToolResult.builder().addTextContent(message).isError(true).build();
  }

  private static Map<String, Object> searchSchema() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("query", string("The query; empty for every document (then sorted by date)"));
    p.put("types", strings("Only documents of these types, any of them: " + DocumentType.labels()));
    p.put("volumes", strings("Only documents of these volumes, any of them (frus1934v04)"));
    p.put("from", string("The earliest date: 1934, 1934-05 or 1934-05-17"));
    p.put("to", string("The latest date, inclusive: 1934, 1934-05 or 1934-05-17"));
    p.put(
        "sort",
        Map.of(
            "type",
            "string",
            "enum",
            List.of("relevance", "date"),
            "description",
            "Unless given, relevance for a query and date for browsing"));
    p.put(
        "mode",
        Map.of(
            "type",
            "string",
            "enum",
            List.of("keyword", "hybrid"),
            "description",
            "keyword (default): documents holding the words; hybrid: those and the documents"
                + " nearest in meaning, fused (where the archive was imported with embeddings)"));
    p.put("offset", integer("How many hits to skip (paging), 0 to 10000", 0, 10_000));
    p.put("limit", integer("How many hits to return, 1 to 100 (default 20)", 1, 100));
    return object(p, List.of());
  }

  private static Map<String, Object> documentSchema() {
    return object(Map.of("document", string(DOCUMENT)), List.of("document"));
  }

  private static Map<String, Object> relatedSchema() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("document", string(DOCUMENT));
    p.put("limit", integer("How many related documents, 1 to 10 (default 10)", 1, 10));
    p.put(
        "by",
        Map.of(
            "type",
            "string",
            "enum",
            List.of("words", "meaning", "both"),
            "description",
            "How to relate: shared words (the default), meaning, or both fused"));
    return object(p, List.of("document"));
  }

  private static Map<String, Object> personSchema() {
    return object(
        Map.of("name", string("A surname (Bullitt), full name (William C. Bullitt) or POCOM id")),
        List.of("name"));
  }

  private static Map<String, Object> decodeSchema() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("number", string("The file number as printed: 861.20/406, 793.94/5972, POL 27 VIET S"));
    p.put(
        "year",
        integer(
            "The year of the document that cites it, which picks the scheme (optional)",
            1789,
            2100));
    return object(p, List.of("number"));
  }

  private static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
    return Map.of(
        "type",
        "object",
        "properties",
        properties,
        "required",
        required,
        "additionalProperties",
        false);
  }

  private static Map<String, Object> string(String description) {
    return Map.of("type", "string", "description", description);
  }

  private static Map<String, Object> strings(String description) {
    return Map.of("type", "array", "items", Map.of("type", "string"), "description", description);
  }

  private static Map<String, Object> integer(String description, int min, int max) {
    return Map.of("type", "integer", "minimum", min, "maximum", max, "description", description);
  }
}
