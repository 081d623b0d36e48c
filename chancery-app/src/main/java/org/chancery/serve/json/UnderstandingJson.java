package org.chancery.serve.json;

import static org.chancery.serve.json.DocumentJson.field;
import static org.chancery.serve.json.DocumentJson.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Optional;
import org.chancery.understand.Understanding;
import org.chancery.understand.decimal.DecodedFile;
import org.chancery.understand.decimal.PolicyFileNumber;
import org.chancery.understand.decimal.SubjectNumericFile;
import org.chancery.understand.people.Candidate;
import org.chancery.understand.people.Identification;
import org.chancery.understand.people.Mention;
import org.chancery.understand.people.Person;

/** Writes the parts of an {@link Understanding} into a document's JSON object. */
public final class UnderstandingJson {
  private UnderstandingJson() {}

  /** The {@code files}, {@code mentions}, {@code sources} and {@code participants} fields. */
  static void write(JsonGenerator g, Understanding u) throws IOException {
    g.writeArrayFieldStart("files");
    for (DecodedFile f : u.files()) file(g, f);
    g.writeEndArray();
    g.writeArrayFieldStart("mentions");
    for (Mention m : u.mentions()) mention(g, m);
    g.writeEndArray();
    ProvenanceJson.sources(g, u.sources());
    ProvenanceJson.participants(g, u.participants());
  }

  /** The {@code person}, {@code candidates} and {@code basis} fields of a sender or recipient. */
  static void identification(JsonGenerator g, Identification who) throws IOException {
    g.writeFieldName("person");
    person(g, who.person());
    g.writeArrayFieldStart("candidates");
    for (Candidate c : who.candidates()) {
      g.writeStartObject();
      g.writeStringField("id", c.person().id());
      g.writeStringField("name", c.person().name());
      g.writeNumberField("score", c.score());
      g.writeStringField("why", c.why());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("basis", who.basis());
  }

  private static void person(JsonGenerator g, Optional<Person> p) throws IOException {
    if (p.isEmpty()) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("id", p.get().id());
    g.writeStringField("name", p.get().name());
    g.writeEndObject();
  }

  /** Writes {@code f}, a decoded file number, as one JSON object (an element of {@code files}). */
  public static void file(JsonGenerator g, DecodedFile f) throws IOException {
    g.writeStartObject();
    g.writeStringField("number", f.number());
    field(g, "scheme", f.scheme());
    field(g, "class", f.classCode());
    field(g, "className", f.className());
    strings(g, "countries", f.countries());
    field(g, "subject", f.subject());
    g.writeStringField("system", f.system().name().toLowerCase(java.util.Locale.ROOT));
    field(g, "date", f.date().map(java.time.LocalDate::toString));
    if (f.subjectNumeric().isPresent()) subjectNumeric(g, f.subjectNumeric().get());
    if (f.policyFile().isPresent()) policyFile(g, f.policyFile().get());
    strings(g, "unknown", f.unknown());
    field(g, "confidence", f.confidence().map(c -> c.name().toLowerCase(java.util.Locale.ROOT)));
    sources(g, f.sources());
    g.writeEndObject();
  }

  // The table row behind each decoded part, as "tables": {"part", "code", "name", "table", "line",
  // "source"}.
  private static void sources(
      JsonGenerator g, java.util.List<org.chancery.understand.decimal.TableSource> sources)
      throws IOException {
    g.writeArrayFieldStart("tables");
    for (var s : sources) {
      g.writeStartObject();
      g.writeStringField("part", s.part().name().toLowerCase(java.util.Locale.ROOT));
      g.writeStringField("code", s.code());
      g.writeStringField("name", s.name());
      g.writeStringField("table", s.table());
      g.writeNumberField("line", s.line());
      g.writeStringField("source", s.source());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void subjectNumeric(JsonGenerator g, SubjectNumericFile s) throws IOException {
    g.writeObjectFieldStart("subjectNumeric");
    g.writeStringField("subject", s.subject());
    field(g, "subdivision", s.subdivision());
    strings(g, "areas", s.areas());
    g.writeEndObject();
  }

  private static void policyFile(JsonGenerator g, PolicyFileNumber p) throws IOException {
    g.writeObjectFieldStart("policyFile");
    g.writeStringField("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
    g.writeNumberField("year", p.year());
    field(g, "film", p.film());
    field(g, "frame", p.frame());
    field(g, "origin", p.origin());
    field(g, "serial", p.serial());
    g.writeEndObject();
  }

  private static void mention(JsonGenerator g, Mention m) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", m.text());
    // A mention the List of Principal Persons identifies has no footnote: null, like any absent
    // value.
    g.writeStringField("source", m.byFootnote() ? "footnote" : "persons-list");
    field(g, "footnote", Optional.of(m.footnoteId()).filter(f -> m.byFootnote()));
    g.writeStringField("person", m.person());
    field(g, "personId", m.personId());
    field(g, "description", m.description());
    g.writeEndObject();
  }
}
