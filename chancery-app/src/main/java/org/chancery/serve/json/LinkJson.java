package org.chancery.serve.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.chancery.link.Basis;
import org.chancery.link.Link;

/**
 * Writes a {@link Link} as {@code {"source", "phrase", "target", "status", "evidence",
 * "candidates", "kind", "item", "reason", "basis": {"grounds", "confidence"}}}, the shape of {@code
 * chancery links --json}.
 */
public final class LinkJson {
  private LinkJson() {}

  /** Writes {@code l} as one JSON object. */
  public static void write(JsonGenerator g, Link l) throws IOException {
    g.writeStartObject();
    writeFields(g, l);
    g.writeEndObject();
  }

  /** Writes the fields of {@code l}'s object into the object {@code g} has open. */
  public static void writeFields(JsonGenerator g, Link l) throws IOException {
    g.writeStringField("source", l.source());
    g.writeStringField("phrase", l.phrase());
    DocumentJson.field(g, "target", l.target());
    g.writeStringField("status", l.status().label());
    g.writeStringField("evidence", l.evidence().label());
    DocumentJson.strings(g, "candidates", l.candidates());
    g.writeStringField("kind", l.kind().label());
    g.writeNumberField("item", l.item());
    g.writeStringField("reason", l.reason());
    g.writeObjectFieldStart("basis");
    g.writeArrayFieldStart("grounds");
    for (Basis.Ground ground : l.basis().ordered()) g.writeString(ground.label());
    g.writeEndArray();
    g.writeStringField("confidence", l.basis().confidence().label());
    g.writeEndObject();
  }
}
