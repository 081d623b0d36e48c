package org.chancery.serve.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chancery.search.CorrespondenceNetwork;
import org.chancery.search.FacetCount;
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

  /**
   * Writes into the object {@code g} has open whether POCOM has the person ({@code "inPocom"}), for
   * one outside it the evidence that made their Chancery id ({@code "evidence"}), their documents
   * per year ({@code "years": [{"year", "documents"}]}) and correspondents ({@code
   * "correspondents": [{"id", "kind", "key", "label", "wroteTo", "heardFrom"}]}, ids as in the
   * network's JSON).
   */
  public static void writeActivity(
      JsonGenerator g,
      PersonRecord p,
      Optional<String> evidence,
      List<FacetCount> years,
      List<CorrespondenceNetwork.Tie> correspondents)
      throws IOException {
    g.writeBooleanField("inPocom", p.person().inPocom());
    DocumentJson.field(g, "evidence", evidence);
    g.writeArrayFieldStart("years");
    for (FacetCount y : years.stream().sorted(Comparator.comparing(FacetCount::value)).toList()) {
      g.writeStartObject();
      g.writeStringField("year", y.value());
      g.writeNumberField("documents", y.count());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("correspondents");
    for (CorrespondenceNetwork.Tie t : correspondents) {
      g.writeStartObject();
      g.writeStringField("id", NetworkJson.id(t.who().who()));
      g.writeStringField("kind", t.who().who().kind().name().toLowerCase(Locale.ROOT));
      g.writeStringField("key", t.who().who().key());
      g.writeStringField("label", t.who().label());
      g.writeNumberField("wroteTo", t.wroteTo());
      g.writeNumberField("heardFrom", t.heardFrom());
      g.writeEndObject();
    }
    g.writeEndArray();
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
