package org.chancery.solr;

import java.time.ZoneOffset;
import java.util.Date;
import org.apache.solr.common.SolrInputDocument;
import org.chancery.model.Document;
import org.chancery.model.SearchText;
import org.chancery.search.DocumentCodec;
import org.chancery.search.DocumentFields;
import org.chancery.search.IndexField;
import org.chancery.search.IndexSchema;
import org.chancery.search.ReadingOrder;
import org.chancery.understand.people.VolumeNames;

/**
 * Turns a {@link Document} into the Solr document that the generated schema describes: the values
 * of {@link DocumentFields}.
 */
final class SolrDocuments {
  private SolrDocuments() {}

  /**
   * The Solr document for {@code d}, of {@link ReadingOrder} {@code order} in the volume titled
   * {@code volumeTitle}, in the version {@code tag} of its volume, whose documents are {@code
   * names}.
   */
  static SolrInputDocument of(
      Document d, String volumeTitle, long order, String tag, VolumeNames names) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(SolrSchema.ID, d.key() + "@" + tag);
    doc.addField(SolrSchema.TAG, tag);
    SearchText text = SearchText.of(d);
    DocumentFields.of(d, volumeTitle, text, names)
        .forEach(
            (field, values) -> {
              if (field.kind() == IndexField.Kind.DATE) {
                DocumentFields.day(d)
                    .ifPresent(
                        day ->
                            doc.addField(
                                field.name(),
                                Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant())));
                values.forEach(v -> doc.addField(SolrSchema.DATE_PRINTED, v));
              } else {
                values.forEach(v -> doc.addField(field.name(), v));
              }
            });
    doc.addField(IndexSchema.SOURCE.name(), DocumentCodec.encode(d, text));
    doc.addField(IndexSchema.READING_ORDER.name(), order);
    return doc;
  }
}
