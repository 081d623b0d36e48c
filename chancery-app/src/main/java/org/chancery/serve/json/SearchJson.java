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

/**
 * Writes a {@link SearchResult} as the JSON object of the {@code search --json} contract:
 * {@code {"total", "tookMs", "hits": [{"volume", "id", "title", "date", "snippet"}], "facets":
 * {"type": {value: count}, "volume": {...}, "year": {...}}}}. Facets keep the result's order (most
 * frequent first); an undated hit's date is null; snippets are HTML, text escaped, matches in
 * {@code <b>}.
 */
public final class SearchJson {
  private SearchJson() {}

  /** Writes {@code r} as one JSON object. */
  public static void write(JsonGenerator g, SearchResult r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("total", r.total());
    g.writeNumberField("tookMs", Math.round(r.tookMs() * 100) / 100.0);
    g.writeArrayFieldStart("hits");
    for (Hit h : r.hits()) hit(g, h);
    g.writeEndArray();
    g.writeObjectFieldStart("facets");
    for (Map.Entry<Facet, List<FacetCount>> f : r.facets().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      g.writeObjectFieldStart(name(f.getKey()));
      for (FacetCount c : f.getValue()) g.writeNumberField(c.value(), c.count());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** The facet's name in JSON: {@code type}, {@code volume}, {@code year}, {@code sender_role}. */
  public static String name(Facet f) {
    return f.name().toLowerCase(Locale.ROOT);
  }

  private static void hit(JsonGenerator g, Hit h) throws IOException {
    g.writeStartObject();
    g.writeStringField("volume", h.volume());
    g.writeStringField("id", h.id());
    g.writeStringField("title", h.title());
    if (h.date().isPresent()) g.writeStringField("date", h.date().get());
    else g.writeNullField("date");
    g.writeStringField("snippet", h.snippet());
    g.writeEndObject();
  }
}
