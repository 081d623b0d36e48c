package org.chancery.serve.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.chancery.model.Abbreviation;
import org.chancery.model.Document;
import org.chancery.model.FileNumber;
import org.chancery.model.Footnote;
import org.chancery.model.Party;
import org.chancery.model.Role;
import org.chancery.model.Serial;
import org.chancery.model.SourceNote;
import org.chancery.understand.Understanding;
import org.chancery.understand.people.Identification;

/**
 * Writes a {@link Document} as the JSON object of the {@code inspect} contract: volume, id, n,
 * type, typeInferred, fileNumbers, sender, recipient, place, date, datePrecision, received, serial,
 * serialCorrected, pages, footnotes, signature, text, plus head, subject (as the document prints
 * it), parent, startPage, printedDate, sourceNotes and abbreviations (each term the text points at
 * in the volume's list, with its expansion and the entry's id); and, when an {@link Understanding}
 * is given, what Chancery understands: {@code files} (decoded file numbers), {@code sender.person}
 * / {@code recipient.person} with {@code candidates}, and {@code mentions}. Absent values are null,
 * absent lists empty.
 */
public final class DocumentJson {
  private DocumentJson() {}

  /** Writes {@code d} as one JSON object. */
  public static void write(JsonGenerator g, Document d) throws IOException {
    write(g, d, Optional.empty());
  }

  /** Writes {@code d} and what is understood of it as one JSON object. */
  public static void write(JsonGenerator g, Document d, Optional<Understanding> u)
      throws IOException {
    g.writeStartObject();
    writeFields(g, d, u);
    g.writeEndObject();
  }

  /**
   * Writes the fields of {@code d}'s object (and what is understood of it) into the object {@code
   * g} has open, so callers can add their own.
   */
  public static void writeFields(JsonGenerator g, Document d, Optional<Understanding> u)
      throws IOException {
    g.writeStringField("volume", d.volume());
    g.writeStringField("id", d.id());
    field(g, "n", d.n());
    g.writeStringField("head", d.head());
    field(g, "subject", d.subject());
    g.writeStringField("type", d.type().label());
    g.writeBooleanField("typeInferred", d.typeInferred());
    strings(g, "fileNumbers", d.fileNumbers().stream().map(FileNumber::cited).toList());
    party(g, "sender", d.sender(), u.flatMap(Understanding::sender));
    party(g, "recipient", d.recipient(), u.flatMap(Understanding::recipient));
    field(g, "place", d.place());
    field(g, "date", d.date().map(x -> x.iso()));
    field(
        g,
        "datePrecision",
        d.date().map(x -> x.precision().name().toLowerCase(java.util.Locale.ROOT)));
    field(g, "printedDate", d.printedDate());
    field(g, "received", d.received());
    field(g, "serial", d.serial().map(Serial::printed));
    field(g, "serialCorrected", d.serial().flatMap(Serial::corrected));
    field(g, "serialSeries", d.serial().flatMap(Serial::series));
    field(g, "parent", d.parent());
    field(g, "startPage", d.startPage());
    strings(g, "pages", d.pages());
    strings(g, "sourceNotes", d.sourceNotes().stream().map(SourceNote::text).toList());
    footnotes(g, d.footnotes());
    field(g, "signature", d.signature());
    abbreviations(g, d.abbreviations());
    g.writeStringField("text", d.text());
    if (u.isPresent()) UnderstandingJson.write(g, u.get());
  }

  private static void party(
      JsonGenerator g, String name, Optional<Party> party, Optional<Identification> who)
      throws IOException {
    if (party.isEmpty()) {
      g.writeNullField(name);
      return;
    }
    g.writeObjectFieldStart(name);
    field(g, "role", party.get().role().map(Role::printed));
    field(g, "name", party.get().name());
    field(g, "ref", party.get().ref());
    if (who.isPresent()) UnderstandingJson.identification(g, who.get());
    g.writeEndObject();
  }

  private static void footnotes(JsonGenerator g, List<Footnote> footnotes) throws IOException {
    g.writeArrayFieldStart("footnotes");
    for (Footnote f : footnotes) {
      g.writeStartObject();
      g.writeStringField("n", f.n());
      g.writeStringField("id", f.id());
      g.writeStringField("text", f.text());
      strings(g, "targets", f.targets());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void abbreviations(JsonGenerator g, List<Abbreviation> abbreviations)
      throws IOException {
    g.writeArrayFieldStart("abbreviations");
    for (Abbreviation a : abbreviations) {
      g.writeStartObject();
      g.writeStringField("term", a.term());
      g.writeStringField("expansion", a.expansion());
      g.writeStringField("id", a.id());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Writes field {@code name} as {@code value}, or null when absent. */
  public static void field(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) g.writeStringField(name, value.get());
    else g.writeNullField(name);
  }

  /** Writes field {@code name} as an array of {@code values}. */
  public static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) g.writeString(v);
    g.writeEndArray();
  }
}
