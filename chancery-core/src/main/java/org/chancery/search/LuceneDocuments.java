package org.chancery.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.chancery.archive.DocumentCodec;
import org.chancery.model.Document;
import org.chancery.understand.DecodedFile;
import org.chancery.understand.Identification;
import org.chancery.understand.Understanding;
import org.chancery.model.Footnote;
import org.chancery.model.Party;
import org.chancery.model.Serial;
import org.chancery.model.SourceNote;

/** Turns a {@link Document} into the Lucene document that {@link IndexSchema} describes. */
final class LuceneDocuments {
  /** The facet configuration: every facet dimension in the default doc-values field. */
  static final FacetsConfig FACETS = facetsConfig();

  private static final Understanding.Understander UNDERSTANDER = new Understanding.Understander();

  // Stored text is there to be highlighted: it keeps offsets in its postings, so the
  // UnifiedHighlighter needs no re-analysis and no term vectors to find the matches in a snippet;
  // the text itself is kept as a binary doc value (see DocValueTexts), not a stored field.
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  /**
   * What a hit shows (key, volume, id, title, ISO date, type), joined by {@link #SEPARATOR} in one
   * binary doc value: a result page reads it without decompressing stored documents. An internal
   * field of this backend, not in {@link IndexSchema#FIELDS}.
   */
  static final String HIT_CARD = "_hit";

  static final char SEPARATOR = '\u001f';

  private LuceneDocuments() {}

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    IndexSchema.facets().stream().filter(IndexField::multiValued).forEach(f -> config.setMultiValued(f.name(), true));
    return config;
  }

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /** The Lucene document for {@code d} of the volume titled {@code volumeTitle}. */
  static org.apache.lucene.document.Document of(Document d, String volumeTitle) {
    var doc = new org.apache.lucene.document.Document();
    addIdentity(doc, d, volumeTitle);
    add(doc, IndexSchema.TYPE, d.type().label());
    addDate(doc, d);
    add(doc, IndexSchema.TITLE, d.head());
    add(doc, IndexSchema.TEXT, searchText(d));
    addParty(doc, d.sender(), IndexSchema.SENDER, IndexSchema.SENDER_ROLE, IndexSchema.SENDER_NAME);
    addParty(doc, d.recipient(), IndexSchema.RECIPIENT, IndexSchema.RECIPIENT_ROLE, IndexSchema.RECIPIENT_NAME);
    addPlace(doc, d.place());
    d.fileNumbers().forEach(f -> add(doc, IndexSchema.FILE, f.number().toLowerCase(Locale.ROOT)));
    d.serial().stream().flatMap(LuceneDocuments::serials).distinct().forEach(s -> add(doc, IndexSchema.SERIAL, s));
    addUnderstanding(doc, UNDERSTANDER.of(d));
    doc.add(new BinaryDocValuesField(HIT_CARD, new BytesRef(hitCard(d))));
    // In doc values, not stored fields: hits and snippets then never decompress the whole documents.
    doc.add(new BinaryDocValuesField(IndexSchema.SOURCE.name(), new BytesRef(DocumentCodec.encode(d))));
    return build(doc);
  }

  private static void addIdentity(org.apache.lucene.document.Document doc, Document d, String volumeTitle) {
    add(doc, IndexSchema.KEY, d.key());
    doc.add(new SortedDocValuesField(IndexSchema.KEY.name(), new BytesRef(d.key())));
    add(doc, IndexSchema.VOLUME, d.volume());
    add(doc, IndexSchema.VOLUME_TITLE, volumeTitle);
    add(doc, IndexSchema.ID, d.id());
  }

  // What Chancery understands: decoded file numbers and identified people, for facets and fields.
  private static void addUnderstanding(org.apache.lucene.document.Document doc, Understanding u) {
    for (DecodedFile f : u.files()) {
      f.classCode().ifPresent(c -> add(doc, IndexSchema.FILE_CLASS_CODE, c));
      f.classCode().ifPresent(c -> add(doc, IndexSchema.FILE_CLASS, c + " " + f.className().orElse("")));
      f.countries().forEach(c -> add(doc, IndexSchema.FILE_COUNTRY, c));
      f.countries().forEach(c -> add(doc, IndexSchema.COUNTRY, c));
      f.subject().ifPresent(s -> add(doc, IndexSchema.FILE_SUBJECT, s));
      f.subject().ifPresent(s -> add(doc, IndexSchema.SUBJECT, s));
    }
    u.sender().flatMap(Identification::person).ifPresent(p -> add(doc, IndexSchema.SENDER_PERSON, p.id()));
    u.recipient().flatMap(Identification::person).ifPresent(p -> add(doc, IndexSchema.RECIPIENT_PERSON, p.id()));
    // Once per person: a name tied to the List of Principal Persons may be mentioned many times.
    u.mentions().stream().flatMap(m -> m.personId().stream()).distinct().forEach(id -> add(doc, IndexSchema.MENTIONED_PERSON, id));
    people(u).forEach((id, name) -> {
      add(doc, IndexSchema.PERSON, name + " " + id);
      add(doc, IndexSchema.PERSON_NAME, name);
    });
  }

  // Each person once, by POCOM id where known, else by the name the footnote gives.
  private static Map<String, String> people(Understanding u) {
    Map<String, String> people = new LinkedHashMap<>();
    Stream.of(u.sender(), u.recipient()).flatMap(Optional::stream).flatMap(i -> i.person().stream())
        .forEach(p -> people.put(p.id(), p.name()));
    u.mentions().forEach(m -> people.putIfAbsent(m.personId().orElse(m.person()), m.person()));
    return people;
  }

  private static org.apache.lucene.document.Document build(org.apache.lucene.document.Document doc) {
    try {
      return FACETS.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen: facet fields are built in memory", e);
    }
  }

  private static String hitCard(Document d) {
    String date = d.date().map(x -> x.iso()).orElse("");
    return String.join(String.valueOf(SEPARATOR), d.key(), d.volume(), d.id(), d.head(), date, d.type().label());
  }

  /** Everything a reader might search for in the document's own words and its editors' notes. */
  static String searchText(Document d) {
    Stream<String> parts =
        Stream.of(
                Stream.of(d.head(), d.dateline(), d.text()),
                d.footnotes().stream().map(Footnote::text),
                d.sourceNotes().stream().map(SourceNote::text))
            .flatMap(s -> s);
    return parts.filter(s -> !s.isBlank()).collect(Collectors.joining("\n\n"));
  }

  private static Stream<String> serials(Serial s) {
    return Stream.of(Optional.of(s.printed()), s.corrected(), s.series()).flatMap(Optional::stream);
  }

  private static void addDate(org.apache.lucene.document.Document doc, Document d) {
    d.date().ifPresent(date -> {
      long day = date.day().toEpochDay();
      doc.add(new LongPoint(IndexSchema.DATE.name(), day));
      doc.add(new NumericDocValuesField(IndexSchema.DATE.name(), day));
      doc.add(new StoredField(IndexSchema.DATE.name(), date.iso()));
      add(doc, IndexSchema.YEAR, String.valueOf(date.day().getYear()));
    });
  }

  private static void addParty(
      org.apache.lucene.document.Document doc, Optional<Party> party, IndexField text, IndexField role, IndexField name) {
    party.ifPresent(p -> {
      add(doc, text, (p.role().orElse("") + " " + p.name().orElse("")).strip());
      p.role().ifPresent(r -> add(doc, role, r));
      p.name().ifPresent(n -> add(doc, name, n));
    });
  }

  private static void addPlace(org.apache.lucene.document.Document doc, Optional<String> place) {
    place.ifPresent(p -> {
      add(doc, IndexSchema.PLACE, p);
      add(doc, IndexSchema.PLACE_EXACT, p);
    });
  }

  private static void addText(org.apache.lucene.document.Document doc, IndexField field, String value) {
    if (!field.stored()) {
      doc.add(new Field(field.name(), value, TextField.TYPE_NOT_STORED));
      return;
    }
    doc.add(new Field(field.name(), value, TEXT_WITH_OFFSETS));
    doc.add(new BinaryDocValuesField(field.name(), new BytesRef(value)));
  }

  /** Adds {@code value} to {@code doc} as {@code field} says; blank values are left out. */
  static void add(org.apache.lucene.document.Document doc, IndexField field, String value) {
    if (value.isBlank()) return;
    String name = field.name();
    switch (field.kind()) {
      case KEYWORD -> doc.add(new StringField(name, value, field.stored() ? Field.Store.YES : Field.Store.NO));
      case TEXT -> addText(doc, field, value);
      case STORED -> doc.add(new StoredField(name, value));
      case DATE, LONG -> throw new IllegalArgumentException("numeric field '" + name + "' takes a number");
      case BINARY -> throw new IllegalArgumentException("binary field '" + name + "' takes bytes");
    }
    if (field.facet()) doc.add(new SortedSetDocValuesFacetField(name, value));
  }
}
