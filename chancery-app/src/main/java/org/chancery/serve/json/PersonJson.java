package org.chancery.serve.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.chancery.search.PersonRecord;
import org.chancery.understand.people.Appointment;

/**
 * Writes a {@link PersonRecord} as {@code {"id", "name", "roles": [{"role", "post", "from", "to"}],
 * "sent", "received", "mentioned"}}.
 */
public final class PersonJson {
  private PersonJson() {}

  /**
   * Writes {@code people} as {@code {"people": [...]}}, the shape of {@code chancery people
   * --json}.
   */
  public static void writeAll(JsonGenerator g, java.util.List<PersonRecord> people)
      throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("people");
    for (PersonRecord p : people) write(g, p);
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes {@code p} as one JSON object. */
  public static void write(JsonGenerator g, PersonRecord p) throws IOException {
    g.writeStartObject();
    writeFields(g, p);
    g.writeEndObject();
  }

  /** Writes the fields of {@code p}'s object into the object {@code g} has open. */
  public static void writeFields(JsonGenerator g, PersonRecord p) throws IOException {
    g.writeStringField("id", p.person().id());
    g.writeStringField("name", p.person().name());
    g.writeArrayFieldStart("roles");
    for (Appointment a : p.roles()) {
      g.writeStartObject();
      g.writeStringField("role", a.roleTitle());
      g.writeStringField("post", a.postName());
      DocumentJson.field(g, "from", a.from().map(Object::toString));
      DocumentJson.field(g, "to", a.to().map(Object::toString));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("sent", p.sent());
    g.writeNumberField("received", p.received());
    g.writeNumberField("mentioned", p.mentioned());
  }
}
