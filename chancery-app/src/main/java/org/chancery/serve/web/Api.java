package org.chancery.serve.web;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.chancery.model.Document;
import org.chancery.search.Hit;
import org.chancery.search.VolumeInfo;
import org.chancery.serve.json.DocumentJson;
import org.chancery.serve.json.SearchJson;
import org.chancery.understand.Understanding;

/**
 * The JSON API, {@code /api/v1}: search, documents, volumes, and its OpenAPI description. Errors
 * are {@code {"status", "message"}} (see {@link Errors}).
 */
final class Api {
  private final Library library;
  private final Understanding.Understander understander;
  private final byte[] openApi = resource("openapi.json");

  Api(Library library, Understanding.Understander understander) {
    this.library = library;
    this.understander = understander;
  }

  void search(Context ctx) throws IOException {
    var result = library.search(SearchParams.of(ctx).request());
    Json.send(ctx, g -> SearchJson.write(g, result));
  }

  void document(Context ctx) throws IOException {
    String volume = Names.volume(ctx);
    String id = Names.id(ctx);
    Document d = library.document(volume, id)
        .orElseThrow(() -> new NotFoundResponse("no document '" + volume + "/" + id + "' in this archive"));
    var sections = library.sectionsFor(d);
    var understood = Optional.of(understander.of(d));
    Json.send(ctx, g -> {
      g.writeStartObject();
      DocumentJson.writeFields(g, d, understood);
      g.writeArrayFieldStart("sections");
      for (Section s : sections) section(g, s);
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  void volumes(Context ctx) throws IOException {
    var volumes = library.volumes();
    Json.send(ctx, g -> {
      g.writeStartArray();
      for (VolumeInfo v : volumes) volume(g, v);
      g.writeEndArray();
    });
  }

  void volume(Context ctx) throws IOException {
    String id = Names.volume(ctx);
    VolumeInfo v = library.volume(id).orElseThrow(() -> new NotFoundResponse("no volume '" + id + "' in this archive"));
    var contents = library.contents(id);
    Json.send(ctx, g -> {
      g.writeStartObject();
      g.writeStringField("id", v.id());
      g.writeStringField("title", v.title());
      g.writeNumberField("documents", v.documents());
      g.writeArrayFieldStart("contents");
      for (Hit h : contents) entry(g, h);
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  void openApi(Context ctx) {
    ctx.contentType("application/json; charset=utf-8").result(openApi);
  }

  private static void volume(JsonGenerator g, VolumeInfo v) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", v.id());
    g.writeStringField("title", v.title());
    g.writeNumberField("documents", v.documents());
    g.writeEndObject();
  }

  private static void entry(JsonGenerator g, Hit h) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", h.id());
    g.writeStringField("title", h.title());
    if (h.date().isPresent()) g.writeStringField("date", h.date().get());
    else g.writeNullField("date");
    g.writeStringField("type", h.type());
    g.writeEndObject();
  }

  private static void section(JsonGenerator g, Section s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("title", s.title());
    g.writeArrayFieldStart("entries");
    for (Section.Entry e : s.entries()) {
      g.writeStartObject();
      g.writeStringField("text", e.text());
      if (e.href().isPresent()) g.writeStringField("href", e.href().get());
      if (e.note().isPresent()) g.writeStringField("note", e.note().get());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static byte[] resource(String name) {
    try (InputStream in = Api.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name + " next to " + Api.class.getName());
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
