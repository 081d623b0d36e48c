package org.chancery.serve.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.chancery.archive.Generation;
import org.chancery.search.CorrespondenceNetwork;
import org.chancery.search.Hit;
import org.chancery.search.RelatedBy;
import org.chancery.search.VolumeInfo;
import org.chancery.serve.json.DocumentJson;
import org.chancery.serve.json.NetworkGraphml;
import org.chancery.serve.json.NetworkJson;

/**
 * The JSON API, {@code /api/v1}: search, documents, their links, threads and related documents,
 * volumes, people, and its OpenAPI description. The answers are {@link Answers}' (the MCP tools
 * give the same); errors are {@code {"status", "message"}} (see {@link Errors}).
 */
final class Api {
  private final Library library;
  private final Answers answers;

  /** The longest name {@code /people?name=} takes. */
  static final int MAX_NAME = 100;

  private final byte[] openApi = resource("openapi.json");

  private final Optional<Generation> generation;

  Api(Library library, Answers answers, Optional<Generation> generation) {
    this.library = library;
    this.answers = answers;
    this.generation = generation;
  }

  /** The archive served: its generation, when that was committed, and its counts. */
  void archive(Context ctx) throws IOException {
    var volumes = library.volumes();
    Json.send(
        ctx,
        g -> {
          g.writeStartObject();
          if (generation.isPresent()) {
            g.writeNumberField("generation", generation.get().number());
            g.writeStringField("committed", generation.get().committed().toString());
          } else {
            g.writeNullField("generation");
            g.writeNullField("committed");
          }
          g.writeNumberField("volumes", volumes.size());
          g.writeNumberField("documents", volumes.stream().mapToInt(VolumeInfo::documents).sum());
          g.writeEndObject();
        });
  }

  void search(Context ctx) throws IOException {
    send(ctx, answers.searchJson(SearchParams.of(ctx, library)));
  }

  void document(Context ctx) throws IOException {
    String volume = PathParams.volume(ctx);
    String id = PathParams.id(ctx);
    send(ctx, found(answers.document(volume, id), volume, id));
  }

  void links(Context ctx) throws IOException {
    String volume = PathParams.volume(ctx);
    String id = PathParams.id(ctx);
    send(ctx, found(answers.links(volume, id), volume, id));
  }

  void thread(Context ctx) throws IOException {
    String volume = PathParams.volume(ctx);
    String id = PathParams.id(ctx);
    send(ctx, found(answers.thread(volume, id), volume, id));
  }

  void related(Context ctx) throws IOException {
    String volume = PathParams.volume(ctx);
    String id = PathParams.id(ctx);
    int limit =
        ctx.queryParamAsClass("limit", Integer.class)
            .check(n -> n == null || n >= 1 && n <= Answers.RELATED, "1 to " + Answers.RELATED)
            .getOrDefault(Answers.RELATED);
    RelatedBy by =
        RelatedBy.of(
                ctx.queryParamAsClass("by", String.class)
                    .check(v -> v == null || RelatedBy.of(v).isPresent(), "words, meaning or both")
                    .getOrDefault(RelatedBy.WORDS.id()))
            .orElseThrow();
    send(ctx, found(answers.related(volume, id, limit, by), volume, id));
  }

  void volumes(Context ctx) throws IOException {
    var volumes = library.volumes();
    Json.send(
        ctx,
        g -> {
          g.writeStartArray();
          for (VolumeInfo v : volumes) {
            g.writeStartObject();
            g.writeStringField("id", v.id());
            g.writeStringField("title", v.title());
            g.writeNumberField("documents", v.documents());
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  void volume(Context ctx) throws IOException {
    String id = PathParams.volume(ctx);
    VolumeInfo v =
        library
            .volume(id)
            .orElseThrow(() -> new NotFoundResponse("no volume '" + id + "' in this archive"));
    var contents = library.contents(id);
    Json.send(
        ctx,
        g -> {
          g.writeStartObject();
          g.writeStringField("id", v.id());
          g.writeStringField("title", v.title());
          g.writeNumberField("documents", v.documents());
          g.writeArrayFieldStart("contents");
          for (Hit h : contents) {
            g.writeStartObject();
            g.writeStringField("id", h.id());
            g.writeStringField("title", h.title());
            DocumentJson.field(g, "date", h.date());
            g.writeStringField("type", h.type());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  void people(Context ctx) throws IOException {
    String name =
        ctx.queryParamAsClass("name", String.class)
            .check(n -> n != null && !n.isBlank(), "required, a surname, full name or POCOM id")
            .check(n -> n == null || n.length() <= MAX_NAME, "at most " + MAX_NAME + " characters")
            .get();
    send(ctx, answers.people(name));
  }

  void person(Context ctx) throws IOException {
    String id = PathParams.person(ctx);
    send(
        ctx,
        answers
            .person(id)
            .orElseThrow(
                () ->
                    new NotFoundResponse(
                        "no person '"
                            + id
                            + "' in POCOM, nor by that Chancery id in this archive")));
  }

  void network(Context ctx) throws IOException {
    String format = Objects.requireNonNullElse(ctx.queryParam("format"), "json");
    if (!format.equals("json") && !format.equals("graphml"))
      throw new BadRequestResponse("format must be json or graphml: '" + Text.clip(format) + "'");
    CorrespondenceNetwork n = library.network(SearchParams.of(ctx).request());
    if (format.equals("json")) {
      Json.send(ctx, g -> NetworkJson.write(g, n));
      return;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      NetworkGraphml.write(out, n);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot happen: GraphML is written to memory", e);
    }
    ctx.contentType("application/graphml+xml; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"correspondence.graphml\"")
        .result(out.toByteArray());
  }

  void openApi(Context ctx) {
    ctx.contentType("application/json; charset=utf-8").result(openApi);
  }

  private static String found(Optional<String> answer, String volume, String id) {
    return answer.orElseThrow(() -> Pages.noDocument(volume, id));
  }

  private static void send(Context ctx, String json) {
    send(ctx, json.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(Context ctx, byte[] json) {
    ctx.contentType("application/json; charset=utf-8").result(json);
  }

  static byte[] resource(String name) {
    try (InputStream in = Api.class.getResourceAsStream(name)) {
      if (in == null)
        throw new IllegalStateException(
            "missing resource " + name + " next to " + Api.class.getName());
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
