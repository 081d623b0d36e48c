package org.chancery.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.chancery.archive.DocumentCodec;
import org.chancery.model.Document;

/** Reads hits and documents back from the stored fields. */
final class StoredDocuments {
  private static final Set<String> HIT_FIELDS =
      Set.of(IndexSchema.KEY.name(), IndexSchema.VOLUME.name(), IndexSchema.ID.name(), IndexSchema.TITLE.name(),
          IndexSchema.DATE.name(), IndexSchema.TYPE.name());

  private StoredDocuments() {}

  /** The whole document {@code doc} as imported, or empty when the archive predates stored documents. */
  static Optional<Document> source(IndexSearcher s, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues values = DocValues.getBinary(leaf.reader(), IndexSchema.SOURCE.name());
    if (!values.advanceExact(doc - leaf.docBase)) return Optional.empty();
    return Optional.of(DocumentCodec.decode(BytesRef.deepCopyOf(values.binaryValue()).bytes));
  }

  /** The hit for {@code sd}, with {@code snippet}. */
  static Hit hit(IndexSearcher s, ScoreDoc sd, String snippet) throws IOException {
    var d = s.storedFields().document(sd.doc, HIT_FIELDS);
    float score = Float.isNaN(sd.score) ? 0f : sd.score;
    return new Hit(d.get("key"), d.get("volume"), d.get("id"), orEmpty(d.get("title")),
        Optional.ofNullable(d.get("date")), d.get("type"), score, snippet);
  }

  /** The whole stored document {@code doc}. */
  static IndexedDocument document(IndexSearcher s, int doc) throws IOException {
    var d = s.storedFields().document(doc);
    return new IndexedDocument(d.get("key"), d.get("volume"), d.get("id"), orEmpty(d.get("title")),
        opt(d.get("date")), d.get("type"), opt(d.get("sender_role")), opt(d.get("sender_name")),
        opt(d.get("recipient_role")), opt(d.get("recipient_name")), opt(d.get("place_exact")),
        List.copyOf(Arrays.asList(d.getValues("file"))), List.copyOf(Arrays.asList(d.getValues("serial"))),
        orEmpty(d.get("text")));
  }

  /** The stored title of the volume of document {@code doc}. */
  static String volumeTitle(IndexSearcher s, int doc) throws IOException {
    return orEmpty(s.storedFields().document(doc, Set.of(IndexSchema.VOLUME_TITLE.name())).get("volume_title"));
  }

  private static Optional<String> opt(String s) {
    return Optional.ofNullable(s);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
