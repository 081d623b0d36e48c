package org.chancery.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/**
 * Reads a text kept as a binary doc value. Binary doc values are stored uncompressed and memory
 * mapped, so one document's text costs a copy, not the decompression of a block of documents.
 */
final class DocValueTexts {
  private DocValueTexts() {}

  /** The value of {@code field} for the index-wide document number {@code doc}, if it has one. */
  static Optional<String> read(IndexReader reader, String field, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
    if (values == null || !values.advanceExact(doc - leaf.docBase)) return Optional.empty();
    return Optional.of(values.binaryValue().utf8ToString());
  }
}
