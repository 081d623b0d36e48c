package org.chancery.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.util.BytesRef;

/**
 * An IndexSearcher with what is built once per opened reader: the facet ordinals, and the
 * highlighter.
 */
final class ArchiveSearcher extends IndexSearcher {
  private final Map<String, FacetOrdinals> facets;
  private final Snippets snippets;

  ArchiveSearcher(IndexReader reader, Analyzer analyzer) throws IOException {
    super(reader);
    this.facets = facetState(reader);
    this.snippets = new Snippets(this, analyzer);
  }

  /** The highlighter for this searcher. */
  Snippets snippets() {
    return snippets;
  }

  /**
   * The ordinals of facet dimension {@code dim}, or empty when no document has a value for it yet.
   */
  Optional<FacetOrdinals> facets(String dim) {
    return Optional.ofNullable(facets.get(dim));
  }

  private static Map<String, FacetOrdinals> facetState(IndexReader reader) throws IOException {
    FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
    Map<String, FacetOrdinals> states = new HashMap<>();
    for (IndexField f : IndexSchema.facets()) {
      String field = LuceneDocuments.facetField(f.name());
      if (infos.fieldInfo(field) == null) continue;
      states.put(
          f.name(),
          new FacetOrdinals(
              new DefaultSortedSetDocValuesReaderState(reader, field, LuceneDocuments.FACETS)));
    }
    return Map.copyOf(states);
  }

  /** Opens an ArchiveSearcher for each new reader. */
  static final class Factory extends SearcherFactory {
    private final Analyzer analyzer;

    Factory(Analyzer analyzer) {
      this.analyzer = analyzer;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
      return new ArchiveSearcher(reader, analyzer);
    }
  }

  /** The key of document {@code doc} of {@code s}. */
  static BytesRef key(IndexSearcher s, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues keys = leaf.reader().getSortedDocValues(IndexSchema.KEY.name());
    if (keys == null || !keys.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("document " + doc + " has no key");
    }
    return BytesRef.deepCopyOf(keys.lookupOrd(keys.ordValue()));
  }
}
