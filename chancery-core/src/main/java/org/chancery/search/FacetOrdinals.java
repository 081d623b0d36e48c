package org.chancery.search;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.util.LongValues;

/**
 * One facet dimension's values over the segments of one reader: their ordinals across the reader,
 * and the label of each value, read from the index the first time it is shown.
 *
 * <p>Opening the dimension's values over every segment costs a lookup per segment, so it is done
 * once per reader rather than once per search.
 */
final class FacetOrdinals {
  private final SortedSetDocValuesReaderState state;
  private final OrdinalMap map; // null where the reader has one segment: its ordinals are global
  private final ConcurrentHashMap<Integer, String> labels = new ConcurrentHashMap<>();

  FacetOrdinals(SortedSetDocValuesReaderState state) throws IOException {
    this.state = state;
    this.map =
        state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
            ? multi.mapping
            : null;
  }

  /** The reader's ordinals of the dimension, with the range each dimension takes. */
  SortedSetDocValuesReaderState state() {
    return state;
  }

  /** Maps the ordinals of segment {@code leafOrd} to the reader's. */
  LongValues toGlobal(int leafOrd) {
    return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leafOrd);
  }

  /** The value of ordinal {@code ord}: the last part of its facet path. */
  String label(int ord) throws IOException {
    String label = labels.get(ord);
    if (label == null) {
      String[] path = FacetsConfig.stringToPath(state.getDocValues().lookupOrd(ord).utf8ToString());
      label = path[path.length - 1];
      labels.put(ord, label);
    }
    return label;
  }
}
