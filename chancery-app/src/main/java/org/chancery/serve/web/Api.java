package org.chancery.serve.web;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.chancery.link.Link;
import org.chancery.model.Document;
import org.chancery.search.CorrespondenceNetwork;
import org.chancery.search.Hit;
import org.chancery.search.VolumeInfo;
import org.chancery.serve.json.DocumentJson;
import org.chancery.serve.json.LinkJson;
import org.chancery.serve.json.NetworkGraphml;
import org.chancery.serve.json.NetworkJson;
import org.chancery.serve.json.PersonJson;
import org.chancery.serve.json.SearchJson;
import org.chancery.understand.Understanding;

/**
 * The JSON API, {@code /api/v1}: search, documents, their links and threads, volumes, people, and
 * its OpenAPI description. Errors are {@code {"status", "message"}} (see {@link Errors}).
 */
final class Api {
  private final Library library;
  private final Understanding.Understander understander;

  /** The longest name {@code /people?name=} takes. */
  static final int MAX_NAME = 100;

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
    String volume = PathParams.volume(ctx);
    String id = PathParams.id(ctx);
    Document d = library.document(volume, id).orElseThrow(() -> Pages.noDocument(volume, id));
    var sections = library.sectionsFor(d);
    var understood = Optional.of(understander.of(d));
    Json.send(
        ctx,
        g -> {
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
    Json.send(
        ctx,
        g -> {
          g.writeStartArray();
          for (VolumeInfo v : volumes) volume(g, v);
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
          for (Hit h : contents) entry(g, h);
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  void links(Context ctx) throws IOException {
    String volume = PathParams.volume(ctx);
    String id = PathParams.id(ctx);
    Document d = library.document(volume, id).orElseThrow(() -> Pages.noDocument(volume, id));
    var cites = library.cites(d.key());
    var citedBy = library.citedBy(d.key());
    Json.send(
        ctx,
        g -> {
          g.writeStartObject();
          g.writeStringField("key", d.key());
          links(g, "cites", cites);
          links(g, "citedBy", citedBy);
          g.writeEndObject();
        });
  }

  void thread(Context ctx) throws IOException {
    String volume = PathParams.volume(ctx);
    String id = PathParams.id(ctx);
    ThreadView t = library.thread(volume, id).orElseThrow(() -> Pages.noDocument(volume, id));
    Json.send(
        ctx,
        g -> {
          g.writeStartObject();
          g.writeStringField("key", t.key());
          g.writeNumberField("size", t.size());
          DocumentJson.strings(
              g, "keys", t.members().stream().map(ThreadView.Member::key).toList());
          g.writeArrayFieldStart("documents");
          for (ThreadView.Member m : t.members()) member(g, m);
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
    var people = library.people(name);
    Json.send(ctx, g -> PersonJson.writeAll(g, people));
  }

  void person(Context ctx) throws IOException {
    String id = PathParams.person(ctx);
    PersonPage p =
        library
            .personPage(id)
            .orElseThrow(
                () ->
                    new NotFoundResponse(
                        "no person '"
                            + id
                            + "' in POCOM, nor by that Chancery id in this archive"));
    Json.send(
        ctx,
        g ->
            PersonJson.write(
                g, p.record(), p.evidence().map(e -> e.basis()), p.years(), p.correspondents()));
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
    DocumentJson.field(g, "date", h.date());
    g.writeStringField("type", h.type());
    g.writeEndObject();
  }

  private static void links(JsonGenerator g, String name, List<Link> links) throws IOException {
    g.writeArrayFieldStart(name);
    for (Link l : links) LinkJson.write(g, l);
    g.writeEndArray();
  }

  private static void member(JsonGenerator g, ThreadView.Member m) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", m.key());
    DocumentJson.field(g, "date", m.date());
    DocumentJson.field(g, "serial", m.serial());
    g.writeStringField("head", m.head());
    DocumentJson.field(g, "from", m.from());
    DocumentJson.field(g, "to", m.to());
    g.writeBooleanField("current", m.current());
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
      if (in == null)
        throw new IllegalStateException(
            "missing resource " + name + " next to " + Api.class.getName());
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
