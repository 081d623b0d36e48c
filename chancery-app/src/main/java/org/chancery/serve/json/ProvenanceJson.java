package org.chancery.serve.json;

import static org.chancery.serve.json.DocumentJson.field;
import static org.chancery.serve.json.DocumentJson.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.chancery.model.FileNumber;
import org.chancery.understand.people.Participant;
import org.chancery.understand.provenance.Classification;
import org.chancery.understand.provenance.Distribution;
import org.chancery.understand.provenance.Precedence;
import org.chancery.understand.provenance.Provenance;

/** Writes the parts of source notes ({@code sources}) and a conversation's {@code participants}. */
final class ProvenanceJson {
  private ProvenanceJson() {}

  /** The {@code sources} field: one object per source note, its parts read. */
  static void sources(JsonGenerator g, List<Provenance> sources) throws IOException {
    g.writeArrayFieldStart("sources");
    for (Provenance p : sources) {
      g.writeStartObject();
      g.writeStringField("kind", p.kind().name().toLowerCase(Locale.ROOT));
      field(g, "repository", p.repository());
      field(g, "collection", p.collection());
      field(g, "lot", p.lot());
      g.writeArrayFieldStart("fileNumbers");
      for (FileNumber f : p.fileNumbers()) {
        g.writeStartObject();
        g.writeStringField("number", f.cited());
        field(g, "filedOn", f.filedOn().map(Object::toString));
        g.writeEndObject();
      }
      g.writeEndArray();
      field(g, "classification", p.classification().map(Classification::words));
      field(g, "precedence", p.precedence().map(Precedence::words));
      strings(g, "handling", p.handling());
      strings(g, "draftedBy", p.drafting().draftedBy());
      strings(g, "clearedBy", p.drafting().clearedBy());
      strings(g, "approvedBy", p.drafting().approvedBy());
      g.writeArrayFieldStart("distribution");
      for (Distribution d : p.distribution()) {
        g.writeStartObject();
        g.writeStringField("channel", d.channel().name().toLowerCase(Locale.ROOT));
        strings(g, "to", d.to());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The {@code participants} field. */
  static void participants(JsonGenerator g, List<Participant> participants) throws IOException {
    g.writeArrayFieldStart("participants");
    for (Participant p : participants) {
      g.writeStartObject();
      g.writeStringField("printed", p.printed());
      field(g, "name", p.name());
      field(g, "role", p.role());
      field(g, "side", p.side());
      field(g, "ref", p.ref());
      field(g, "person", p.person());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
