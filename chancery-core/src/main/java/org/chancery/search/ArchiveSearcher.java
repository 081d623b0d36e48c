package org.chancery.search;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/** An IndexSearcher with the facet ordinals of its reader, built once per opened reader. */
final class ArchiveSearcher extends IndexSearcher {
  private final Optional<SortedSetDocValuesReaderState> facets;

  ArchiveSearcher(IndexReader reader) throws IOException {
    super(reader);
    this.facets = facetState(reader);
  }

  /** The facet ordinals, or empty when no document has a facet value yet. */
  Optional<SortedSetDocValuesReaderState> facets() {
    return facets;
  }

  private static Optional<SortedSetDocValuesReaderState> facetState(IndexReader reader) throws IOException {
    FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    if (info == null) return Optional.empty();
    return Optional.of(new DefaultSortedSetDocValuesReaderState(reader, LuceneDocuments.FACETS));
  }

  /** Opens an ArchiveSearcher for each new reader. */
  static final class Factory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
      return new ArchiveSearcher(reader);
    }
  }
}
