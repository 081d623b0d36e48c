package org.chancery.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.chancery.model.Document;

/** Reads hits and documents back from the stored fields. */
final class StoredDocuments {
  private StoredDocuments() {}

  /**
   * The whole document {@code doc} as imported, or empty when the archive predates stored
   * documents.
   */
  static Optional<Document> source(IndexSearcher s, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues values = DocValues.getBinary(leaf.reader(), IndexSchema.SOURCE.name());
    if (!values.advanceExact(doc - leaf.docBase)) return Optional.empty();
    return Optional.of(decode(values.binaryValue()));
  }

  // Decoded where the doc value lies: the document is read out before the bytes are reused.
  private static Document decode(BytesRef b) {
    return DocumentCodec.decode(b.bytes, b.offset, b.length);
  }

  /**
   * Passes every live document of {@code s} that has its whole source stored to {@code sink}, leaf
   * by leaf.
   */
  static void forEach(IndexSearcher s, Consumer<Document> sink) throws IOException {
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      new Slice(leaf, 0, leaf.reader().maxDoc()).forEach(sink);
    }
  }

  /**
   * What {@code reader} makes of every document {@link #forEach} passes, in the same order. Slices
   * of the index are decoded and read on every core, and their results joined in order.
   */
  static <T> List<T> map(IndexSearcher s, Function<Document, T> reader) throws IOException {
    List<Slice> slices = new ArrayList<>();
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      int max = leaf.reader().maxDoc();
      for (int from = 0; from < max; from += Slice.DOCS)
        slices.add(new Slice(leaf, from, Math.min(from + Slice.DOCS, max)));
    }
    try {
      List<T> out = new ArrayList<>();
      ParallelInOrder.map(slices, slice -> slice.map(reader)).forEach(out::addAll);
      return out;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * What {@code reader} makes of the documents of {@code volumes}, in index order, read on every
   * core; only the volumes' documents are decoded.
   */
  static <T> List<T> map(IndexSearcher s, Set<String> volumes, Function<Document, T> reader)
      throws IOException {
    List<Integer> docs = new ArrayList<>();
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      List<Integer> inLeaf = new ArrayList<>();
      Bits live = leaf.reader().getLiveDocs();
      for (String v : volumes) {
        PostingsEnum p = leaf.reader().postings(new Term(IndexSchema.VOLUME.name(), v));
        if (p == null) continue;
        for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc())
          if (live == null || live.get(d)) inLeaf.add(leaf.docBase + d);
      }
      inLeaf.sort(null);
      docs.addAll(inLeaf);
    }
    try {
      return ParallelInOrder.map(docs, d -> reader.apply(sourceOf(s, d)));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Document sourceOf(IndexSearcher s, int doc) {
    try {
      return source(s, doc)
          .orElseThrow(() -> new IllegalStateException("document " + doc + " has no source"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Documents {@code from} (inclusive) to {@code to} (exclusive) of one leaf. */
  private record Slice(LeafReaderContext leaf, int from, int to) {
    // Small enough that two threads share out a volume's documents evenly.
    static final int DOCS = 128;

    <T> List<T> map(Function<Document, T> reader) {
      List<T> out = new ArrayList<>(to - from);
      try {
        forEach(d -> out.add(reader.apply(d)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out;
    }

    /** Passes the slice's live documents that have their source stored to {@code sink}. */
    void forEach(Consumer<Document> sink) throws IOException {
      Bits live = leaf.reader().getLiveDocs();
      BinaryDocValues values = DocValues.getBinary(leaf.reader(), IndexSchema.SOURCE.name());
      for (int doc = values.advance(from); doc < to; doc = values.nextDoc()) {
        if (live == null || live.get(doc)) sink.accept(decode(values.binaryValue()));
      }
    }
  }

  /** The hit for {@code sd}, with {@code snippet}, from its hit card. */
  static Hit hit(IndexSearcher s, ScoreDoc sd, Snippet snippet) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
    BinaryDocValues cards = leaf.reader().getBinaryDocValues(LuceneDocuments.HIT_CARD);
    if (cards == null || !cards.advanceExact(sd.doc - leaf.docBase)) {
      throw new IllegalStateException(
          "document " + sd.doc + " has no hit card: index written by another version?");
    }
    String[] c =
        LuceneDocuments.text(cards.binaryValue())
            .split(String.valueOf(LuceneDocuments.SEPARATOR), -1);
    float score = Float.isNaN(sd.score) ? 0f : sd.score;
    return new Hit(
        c[0],
        c[1],
        c[2],
        c[3],
        c.length > 6 ? present(c[6]) : Optional.empty(),
        present(c[4]),
        c.length > 7 ? Optional.of(c[7]) : Optional.empty(),
        c[5],
        score,
        snippet);
  }

  /** The stored title of the volume of document {@code doc}. */
  static String volumeTitle(IndexSearcher s, int doc) throws IOException {
    return orEmpty(
        s.storedFields()
            .document(doc, Set.of(IndexSchema.VOLUME_TITLE.name()))
            .get("volume_title"));
  }

  // A part of a hit card: absent where empty.
  private static Optional<String> present(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
