package org.chancery.search;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An IndexSearcher with what is built once per opened reader: the facet ordinals, and the
 * highlighter.
 */
final class ArchiveSearcher extends IndexSearcher {
  private final Optional<SortedSetDocValuesReaderState> facets;
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

  /** The facet ordinals, or empty when no document has a facet value yet. */
  Optional<SortedSetDocValuesReaderState> facets() {
    return facets;
  }

  private static Optional<SortedSetDocValuesReaderState> facetState(IndexReader reader)
      throws IOException {
    FieldInfo info =
        FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    if (info == null) return Optional.empty();
    return Optional.of(new DefaultSortedSetDocValuesReaderState(reader, LuceneDocuments.FACETS));
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
}
