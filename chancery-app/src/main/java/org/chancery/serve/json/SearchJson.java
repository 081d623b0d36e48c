package org.chancery.serve.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chancery.search.Facet;
import org.chancery.search.FacetCount;
import org.chancery.search.Hit;
import org.chancery.search.SearchResult;
import org.chancery.search.Snippet;

/**
 * Writes a {@link SearchResult} as {@code {"total", "tookMs", "hits": [{"volume", "id", "title",
 * "subject", "date", "type", "snippet": {"text", "highlights": [{"start", "end"}]}}], "facets":
 * {"type": {value: count}, "volume": ..., "year": ...}}}, the shape shared by {@code chancery
 * search --json} and the web API. A snippet is plain text; its highlights are offsets into it, in
 * UTF-16 code units as JavaScript indexes strings.
 */
public final class SearchJson {
  private SearchJson() {}

  /** More fields of a hit's object, written after the shared ones (the web API's url). */
  @FunctionalInterface
  public interface HitFields {
    /** Writes more fields of {@code h} into the object {@code g} has open. */
    void write(JsonGenerator g, Hit h) throws IOException;
  }

  /** Writes {@code r} as one JSON object. */
  public static void write(JsonGenerator g, SearchResult r) throws IOException {
    write(g, r, (x, h) -> {});
  }

  /** Writes {@code r} as one JSON object, each hit with {@code more} fields. */
  public static void write(JsonGenerator g, SearchResult r, HitFields more) throws IOException {
    g.writeStartObject();
    g.writeNumberField("total", r.total());
    g.writeNumberField("tookMs", Math.round(r.tookMs() * 100) / 100.0);
    g.writeArrayFieldStart("hits");
    for (Hit h : r.hits()) hit(g, h, more);
    g.writeEndArray();
    g.writeObjectFieldStart("facets");
    for (Map.Entry<Facet, List<FacetCount>> f : r.facets().entrySet()) {
      g.writeObjectFieldStart(name(f.getKey()));
      for (FacetCount c : f.getValue()) g.writeNumberField(c.value(), c.count());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** The JSON name of a facet: {@code type}, {@code senderRole}. */
  public static String name(Facet f) {
    String[] parts = f.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++)
      sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    return sb.toString();
  }

  private static void hit(JsonGenerator g, Hit h, HitFields more) throws IOException {
    g.writeStartObject();
    g.writeStringField("volume", h.volume());
    g.writeStringField("id", h.id());
    g.writeStringField("title", h.title());
    DocumentJson.field(g, "subject", h.subject());
    DocumentJson.field(g, "date", h.date());
    g.writeStringField("type", h.type());
    g.writeFieldName("snippet");
    snippet(g, h.snippet());
    more.write(g, h);
    g.writeEndObject();
  }

  private static void snippet(JsonGenerator g, Snippet s) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", s.text());
    g.writeArrayFieldStart("highlights");
    for (Snippet.Range r : s.highlights()) {
      g.writeStartObject();
      g.writeNumberField("start", r.start());
      g.writeNumberField("end", r.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
