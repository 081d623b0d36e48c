package org.chancery.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.chancery.model.Document;
import org.chancery.model.SearchText;
import org.chancery.understand.people.VolumeNames;

/** Turns a {@link Document} into the Lucene document that {@link IndexSchema} describes. */
final class LuceneDocuments {
  /** The facet configuration: every facet dimension in the default doc-values field. */
  static final FacetsConfig FACETS = facetsConfig();

  // Stored text is there to be highlighted: it keeps offsets in its postings, so the
  // UnifiedHighlighter needs no re-analysis and no term vectors to find the matches in a snippet.
  // The text itself is the search text that SOURCE begins with (see Snippets), not kept again.
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  /**
   * What a hit shows (key, volume, id, title, ISO date, type, subject), joined by {@link
   * #SEPARATOR} in one binary doc value: a result page reads it without decompressing stored
   * documents. An internal field of this backend, not in {@link IndexSchema#FIELDS}. The subject
   * came last, so a card written before has none.
   */
  static final String HIT_CARD = "_hit";

  static final char SEPARATOR = '\u001f';

  private LuceneDocuments() {}

  // Each dimension in its own doc-values field: counting the volume facet then never walks the
  // ordinals of people and countries, which in 1917-1919 volumes run to dozens a document.
  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (IndexField f : IndexSchema.facets()) {
      config.setIndexFieldName(f.name(), facetField(f.name()));
      if (f.multiValued()) config.setMultiValued(f.name(), true);
      // Filters go to the schema's own fields: terms for drill-down queries would go unused.
      config.setDrillDownTermsIndexing(f.name(), FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }

  /** The doc-values field holding the ordinals of facet dimension {@code dim}. */
  static String facetField(String dim) {
    return "$facet_" + dim;
  }

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /**
   * The Lucene document for {@code d} of the volume titled {@code volumeTitle}, whose documents are
   * {@code names}: the values of {@link DocumentFields}, and {@code order}, its {@link
   * ReadingOrder}.
   */
  static org.apache.lucene.document.Document of(
      Document d, String volumeTitle, VolumeNames names, long order) {
    var doc = new org.apache.lucene.document.Document();
    SearchText text = SearchText.of(d);
    DocumentFields.of(d, volumeTitle, text, names)
        .forEach(
            (field, values) -> {
              if (field.equals(IndexSchema.DATE)) addDate(doc, d);
              else values.forEach(v -> add(doc, field, v));
            });
    doc.add(new SortedDocValuesField(IndexSchema.KEY.name(), new BytesRef(d.key())));
    doc.add(new NumericDocValuesField(IndexSchema.READING_ORDER.name(), order));
    doc.add(new BinaryDocValuesField(HIT_CARD, utf8(hitCard(d))));
    // In doc values, not stored fields: hits and snippets then never decompress the whole
    // documents.
    doc.add(
        new BinaryDocValuesField(
            IndexSchema.SOURCE.name(), new BytesRef(DocumentCodec.encode(d, text))));
    return build(doc);
  }

  /**
   * The words whose meaning a document's vector holds: its heading and body. The editors' notes say
   * where it is filed and whom it names, not what it says.
   */
  static String meaningText(Document d) {
    return d.head() + "\n\n" + d.text();
  }

  /** Adds {@code meaning} to {@code doc} as {@link IndexSchema#MEANING}. */
  static void addMeaning(org.apache.lucene.document.Document doc, float[] meaning) {
    doc.add(
        new KnnFloatVectorField(
            IndexSchema.MEANING, meaning, VectorSimilarityFunction.DOT_PRODUCT));
  }

  /**
   * The text of a binary doc value written here. The JDK's decoder copies ASCII straight into a
   * compact string, where {@link BytesRef#utf8ToString} goes through a char array: snippets of long
   * documents read several times faster.
   */
  static String text(BytesRef value) {
    return new String(value.bytes, value.offset, value.length, StandardCharsets.UTF_8);
  }

  /**
   * {@code value} in UTF-8, as {@link #text} reads it back. The JDK's encoder copies a string of
   * Latin-1 characters in one step, where {@code new BytesRef(CharSequence)} takes them one at a
   * time.
   */
  static BytesRef utf8(String value) {
    return new BytesRef(value.getBytes(StandardCharsets.UTF_8));
  }

  private static org.apache.lucene.document.Document build(
      org.apache.lucene.document.Document doc) {
    try {
      return FACETS.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen: facet fields are built in memory", e);
    }
  }

  private static String hitCard(Document d) {
    String date = d.date().map(x -> x.iso()).orElse("");
    return String.join(
        String.valueOf(SEPARATOR),
        d.key(),
        d.volume(),
        d.id(),
        d.head(),
        date,
        d.type().label(),
        d.subject().orElse(""),
        d.date().isPresent() ? "" : d.printedDate().orElse(""));
  }

  // The day as a point (range filter) and a doc value (sort); the date as printed, stored.
  private static void addDate(org.apache.lucene.document.Document doc, Document d) {
    d.date()
        .ifPresent(
            date -> {
              long day = date.day().toEpochDay();
              doc.add(new LongPoint(IndexSchema.DATE.name(), day));
              doc.add(new NumericDocValuesField(IndexSchema.DATE.name(), day));
              doc.add(new StoredField(IndexSchema.DATE.name(), date.iso()));
            });
  }

  private static void addText(
      org.apache.lucene.document.Document doc, IndexField field, String value) {
    doc.add(
        new Field(
            field.name(), value, field.stored() ? TEXT_WITH_OFFSETS : TextField.TYPE_NOT_STORED));
  }

  /** Adds {@code value} to {@code doc} as {@code field} says; blank values are left out. */
  static void add(org.apache.lucene.document.Document doc, IndexField field, String value) {
    if (value.isBlank()) return;
    String name = field.name();
    switch (field.kind()) {
      case KEYWORD ->
          doc.add(new StringField(name, value, field.stored() ? Field.Store.YES : Field.Store.NO));
      case TEXT -> addText(doc, field, value);
      case STORED -> doc.add(new StoredField(name, value));
      case DATE, LONG ->
          throw new IllegalArgumentException("numeric field '" + name + "' takes a number");
      case BINARY -> throw new IllegalArgumentException("binary field '" + name + "' takes bytes");
    }
    if (field.facet()) doc.add(new SortedSetDocValuesFacetField(name, value));
  }
}
