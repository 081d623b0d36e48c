package org.chancery.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.chancery.search.PinnedCommits;

/**
 * The links of an archive as a small Lucene index in its folder ({@value #DIR}): one record per
 * document, holding its catalogue {@link Card}, its place in its volume, its links, and the
 * catalogue look-ups they rest on ({@link Lookup}). Opening it reads nothing whole: what a document
 * cites and what cites it are looked up by key. What a linking run reads of every record (the card,
 * the counts and the threads' joins) is kept as doc values, not in the compressed stored links.
 *
 * <p>An {@link Update} changes it in one commit, so a reader or a crash sees the links before or
 * after, never half of them.
 */
final class LinkIndex implements LinkStore {
  /** The folder inside an archive. */
  static final String DIR = "links";

  private static final String KEY = "key";
  private static final String VOLUME = "volume";
  private static final String POSITION = "position";
  private static final String CARD = "card";
  private static final String LINKS = "links";
  private static final String LOOKUP = "lookup";
  private static final String TARGET = "target";
  // Per record, as doc values, so that a run reads them for the whole archive without
  // decompressing the stored links: how many links, how many resolved, and the targets of its
  // resolved references (the threads' joins).
  private static final String COUNT = "count";
  private static final String RESOLVED = "resolved";
  private static final String JOINS = "joins";
  // The commit's user data naming the rules its records were made under (Linker.RULES).
  private static final String RULES = "rules";

  /** A card with its document's place among its volume's. */
  record Placed(Card card, int position) {}

  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private LinkIndex(DirectoryReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /** Whether {@code archiveDir} holds a link index. */
  static boolean exists(Path archiveDir) throws IOException {
    Path dir = archiveDir.resolve(DIR);
    if (!Files.isDirectory(dir)) return false;
    try (Directory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    }
  }

  /**
   * The files, relative to {@code archiveDir}, of the link index's commit {@code generation}.
   *
   * @throws IOException if that commit is not there
   */
  static List<String> files(Path archiveDir, long generation) throws IOException {
    Path dir = archiveDir.resolve(DIR);
    if (!Files.isDirectory(dir)) throw new IOException("no link index in " + archiveDir);
    try (Directory d = FSDirectory.open(dir)) {
      return PinnedCommits.find(d, generation).getFileNames().stream()
          .sorted()
          .map(f -> DIR + "/" + f)
          .toList();
    }
  }

  /** The link index of {@code archiveDir}, which must exist ({@link #exists}). */
  static LinkIndex open(Path archiveDir) throws IOException {
    return new LinkIndex(DirectoryReader.open(FSDirectory.open(archiveDir.resolve(DIR))));
  }

  /** The link index of {@code archiveDir} as its commit {@code generation} left it. */
  static LinkIndex open(Path archiveDir, long generation) throws IOException {
    Directory dir = FSDirectory.open(archiveDir.resolve(DIR));
    try {
      return new LinkIndex(DirectoryReader.open(PinnedCommits.find(dir, generation)));
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  @Override
  public List<Link> all() {
    List<Link> all = new ArrayList<>();
    unchecked(() -> forEachLink(reader, all::add));
    return all;
  }

  @Override
  public List<Link> cites(String key) {
    List<Link> out = new ArrayList<>();
    unchecked(() -> forEachHit(new Term(KEY, key), out::addAll));
    return out;
  }

  @Override
  public List<Link> citedBy(String key) {
    List<Link> out = new ArrayList<>();
    unchecked(
        () ->
            forEachHit(
                new Term(TARGET, key),
                links ->
                    links.stream()
                        .filter(l -> l.target().equals(java.util.Optional.of(key)))
                        .forEach(out::add)));
    return out;
  }

  @Override
  public void close() throws IOException {
    Directory d = reader.directory();
    reader.close();
    d.close();
  }

  @FunctionalInterface
  private interface Reading {
    void run() throws IOException;
  }

  private static void unchecked(Reading r) {
    try {
      r.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // The links of each record holding term, in archive order (by volume, then place).
  private void forEachHit(Term term, Consumer<List<Link>> sink) throws IOException {
    record Hit(String volume, int position, List<Link> links) {}
    StoredFields stored = reader.storedFields();
    List<Hit> hits = new ArrayList<>();
    for (ScoreDoc h :
        searcher.search(new TermQuery(term), Math.max(1, reader.maxDoc())).scoreDocs) {
      var fields = stored.document(h.doc, Set.of(VOLUME, POSITION));
      hits.add(
          new Hit(
              fields.get(VOLUME),
              fields.getField(POSITION).numericValue().intValue(),
              links(stored, h.doc)));
    }
    hits.sort(Comparator.comparing(Hit::volume).thenComparingInt(Hit::position));
    hits.forEach(h -> sink.accept(h.links()));
  }

  private static List<Link> links(StoredFields stored, int doc) throws IOException {
    BytesRef b = stored.document(doc, Set.of(LINKS)).getBinaryValue(LINKS);
    return RecordCodec.links(b.bytes, b.offset, b.length);
  }

  /** Every link of {@code reader}'s records, in archive order (by volume, then place). */
  private static void forEachLink(IndexReader reader, Consumer<Link> sink) throws IOException {
    StoredFields stored = reader.storedFields();
    for (int doc : inArchiveOrder(reader)) links(stored, doc).forEach(sink);
  }

  /** Every card of {@code reader}'s records, in archive order. */
  static List<Placed> cards(IndexReader reader) throws IOException {
    Placed[] byDoc = new Placed[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      BinaryDocValues cards = DocValues.getBinary(leaf.reader(), CARD);
      NumericDocValues positions = DocValues.getNumeric(leaf.reader(), POSITION);
      for (int d = cards.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = cards.nextDoc()) {
        if (live != null && !live.get(d)) continue;
        BytesRef b = cards.binaryValue();
        positions.advanceExact(d);
        byDoc[leaf.docBase + d] =
            new Placed(RecordCodec.card(b.bytes, b.offset, b.length), (int) positions.longValue());
      }
    }
    List<Placed> out = new ArrayList<>();
    for (int doc : inArchiveOrder(reader)) out.add(byDoc[doc]);
    return out;
  }

  /** How many links the records of a reader hold, how many resolved, and the references' joins. */
  record Tally(int links, int resolved, List<Threads.Join> joins) {}

  /** What {@code reader}'s records hold, counted, and the joins of their resolved references. */
  static Tally tally(IndexReader reader) throws IOException {
    int links = 0;
    int resolved = 0;
    List<Threads.Join> joins = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      SortedDocValues keys = DocValues.getSorted(leaf.reader(), KEY);
      NumericDocValues counts = DocValues.getNumeric(leaf.reader(), COUNT);
      NumericDocValues resolvedCounts = DocValues.getNumeric(leaf.reader(), RESOLVED);
      SortedSetDocValues targets = DocValues.getSortedSet(leaf.reader(), JOINS);
      for (int d = keys.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = keys.nextDoc()) {
        if (live != null && !live.get(d)) continue;
        if (counts.advanceExact(d)) links += (int) counts.longValue();
        if (resolvedCounts.advanceExact(d)) resolved += (int) resolvedCounts.longValue();
        if (!targets.advanceExact(d)) continue;
        String source = keys.lookupOrd(keys.ordValue()).utf8ToString();
        for (int i = 0; i < targets.docValueCount(); i++)
          joins.add(new Threads.Join(source, targets.lookupOrd(targets.nextOrd()).utf8ToString()));
      }
    }
    return new Tally(links, resolved, joins);
  }

  /** The volumes {@code reader} holds records of. */
  static Set<String> volumes(IndexReader reader) throws IOException {
    Set<String> out = new TreeSet<>();
    Terms terms = MultiTerms.getTerms(reader, VOLUME);
    if (terms == null) return out;
    TermsEnum te = terms.iterator();
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      if (reader.docFreq(new Term(VOLUME, BytesRef.deepCopyOf(t))) > 0) out.add(t.utf8ToString());
    }
    return out;
  }

  /** The keys of the documents whose links rest on a look-up that {@code changed} accepts. */
  static Set<String> asking(IndexReader reader, Predicate<Lookup> changed) throws IOException {
    Set<String> keys = new HashSet<>();
    StoredFields stored = reader.storedFields();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(LOOKUP);
      if (terms == null) continue;
      Bits live = leaf.reader().getLiveDocs();
      TermsEnum te = terms.iterator();
      PostingsEnum p = null;
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        if (!changed.test(Lookup.parse(t.utf8ToString()))) continue;
        p = te.postings(p, PostingsEnum.NONE);
        for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
          if (live == null || live.get(d))
            keys.add(stored.document(leaf.docBase + d, Set.of(KEY)).get(KEY));
        }
      }
    }
    return keys;
  }

  // The live documents, by volume and then place in the volume.
  private static List<Integer> inArchiveOrder(IndexReader reader) throws IOException {
    record Spot(String volume, long position, int doc) {}
    List<Spot> spots = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      SortedDocValues volumes = leaf.reader().getSortedDocValues(VOLUME);
      NumericDocValues positions = leaf.reader().getNumericDocValues(POSITION);
      if (volumes == null || positions == null) continue;
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        int doc = leaf.docBase + d;
        if (live != null && !live.get(d)) continue;
        if (!volumes.advanceExact(d) || !positions.advanceExact(d)) continue;
        spots.add(
            new Spot(
                volumes.lookupOrd(volumes.ordValue()).utf8ToString(), positions.longValue(), doc));
      }
    }
    spots.sort(Comparator.comparing(Spot::volume).thenComparingLong(Spot::position));
    return spots.stream().map(Spot::doc).toList();
  }

  // The links commit a server may be reading: the last whole generation's.
  static final class Update implements AutoCloseable {
    private final IndexWriter writer;
    private final DirectoryReader before;
    private boolean committed;

    private Update(IndexWriter writer, DirectoryReader before) {
      this.writer = writer;
      this.before = before;
    }

    /**
     * An update of the link index of {@code archiveDir}, created empty if there is none, that keeps
     * the commit {@code published} names besides the newest ({@link PinnedCommits}).
     */
    static Update of(Path archiveDir, LongSupplier published) throws IOException {
      Directory dir = FSDirectory.open(archiveDir.resolve(DIR));
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      config.setIndexDeletionPolicy(new PinnedCommits(published));
      IndexWriter writer = new IndexWriter(dir, config);
      return new Update(writer, DirectoryReader.open(writer));
    }

    /** The index as it was before this update. */
    IndexReader before() {
      return before;
    }

    /** The rules the records before this update were made under; empty for an older index. */
    Optional<String> rules() {
      Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
      if (data == null) return Optional.empty();
      for (Map.Entry<String, String> e : data)
        if (e.getKey().equals(RULES)) return Optional.of(e.getValue());
      return Optional.empty();
    }

    /** Removes every record. */
    void clear() throws IOException {
      writer.deleteAll();
    }

    /** Removes the records of {@code volumes}. */
    void remove(Set<String> volumes) throws IOException {
      for (String v : volumes) writer.deleteDocuments(new Term(VOLUME, v));
    }

    /** Puts the record of a document, replacing the one of its key; thread-safe. */
    void put(Placed placed, List<Link> links, Set<String> lookups) throws IOException {
      String key = placed.card().key();
      org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
      d.add(new StringField(KEY, key, Field.Store.YES));
      d.add(new SortedDocValuesField(KEY, new BytesRef(key)));
      d.add(new StringField(VOLUME, placed.card().entry().volume(), Field.Store.YES));
      d.add(new SortedDocValuesField(VOLUME, new BytesRef(placed.card().entry().volume())));
      d.add(new NumericDocValuesField(POSITION, placed.position()));
      d.add(new StoredField(POSITION, placed.position()));
      d.add(new BinaryDocValuesField(CARD, new BytesRef(RecordCodec.card(placed.card()))));
      d.add(new StoredField(LINKS, RecordCodec.links(links)));
      d.add(new NumericDocValuesField(COUNT, links.size()));
      d.add(
          new NumericDocValuesField(
              RESOLVED, links.stream().filter(l -> l.target().isPresent()).count()));
      Set<String> joined = new TreeSet<>();
      for (Link l : links) if (l.kind() == Link.Kind.REFERENCE) l.target().ifPresent(joined::add);
      for (String t : joined) d.add(new SortedSetDocValuesField(JOINS, new BytesRef(t)));
      for (String l : lookups) d.add(new StringField(LOOKUP, l, Field.Store.NO));
      Set<String> targets = new HashSet<>();
      for (Link l : links) l.target().ifPresent(targets::add);
      for (String t : targets) d.add(new StringField(TARGET, t, Field.Store.NO));
      writer.updateDocument(new Term(KEY, key), d);
    }

    /** The index as this update leaves it, before the commit. */
    DirectoryReader after() throws IOException {
      return DirectoryReader.open(writer);
    }

    /** Makes the changes the index's, at once. */
    long commit() throws IOException {
      writer.setLiveCommitData(Map.of(RULES, Linker.RULES).entrySet());
      writer.commit();
      committed = true;
      return SegmentInfos.getLastCommitGeneration(writer.getDirectory());
    }

    @Override
    public void close() throws IOException {
      before.close();
      if (!committed) writer.rollback();
      else writer.close();
      writer.getDirectory().close();
    }
  }
}
