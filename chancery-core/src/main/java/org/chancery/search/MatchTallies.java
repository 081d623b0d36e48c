package org.chancery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.LongValues;

/**
 * Counts a query's matches and their facet values segment by segment, and remembers each segment's
 * counts across requests and searcher refreshes.
 *
 * <p>A segment never changes once written, and a new set of deletions gives it a new cache key, so
 * a count remembered for it stays exact. Counting is what makes a search of many matches slow
 * (every match is visited, for each facet); a page of hits, read in a second pass, needs only the
 * best few. Once counted, the next page, another sort or a reload of the same search costs only
 * that second pass, and an import that adds segments recounts only those. Counts are kept by
 * segment ordinal, not label, and merged through the reader's ordinal map, so they hold about one
 * number pair per facet value present in the segment's matches. The least recently used are dropped
 * past {@code capacity} pairs.
 */
final class MatchTallies {
  /** Enough for some thousand searches of a full-size archive, within a few tens of megabytes. */
  static final long DEFAULT_CAPACITY = 2_000_000;

  private final long capacity;
  private final LinkedHashMap<Key, SegmentCount> remembered = new LinkedHashMap<>(256, 0.75f, true);
  private long held;

  /** Remembers at most {@code capacity} counted values; 0 remembers nothing. */
  MatchTallies(long capacity) {
    if (capacity < 0)
      throw new IllegalArgumentException("capacity must not be negative: " + capacity);
    this.capacity = capacity;
  }

  /** The exact number of matches of {@code q} and the counts of their values for {@code facets}. */
  Counted count(ArchiveSearcher s, Query q, List<Facet> facets) throws IOException {
    List<Facet> counted = new ArrayList<>();
    List<FacetOrdinals> ordinals = new ArrayList<>();
    for (Facet f : facets) {
      Optional<FacetOrdinals> o = s.facets(f.dim());
      if (o.isPresent()) {
        counted.add(f);
        ordinals.add(o.get());
      }
    }
    Weight weight = null;
    long total = 0;
    int[][] global = new int[counted.size()][];
    for (int i = 0; i < global.length; i++) global[i] = new int[ordinals.get(i).state().getSize()];
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
      Key key = helper == null ? null : new Key(helper.getKey(), q, counted);
      SegmentCount c = key == null ? null : recall(key);
      if (c == null) {
        if (weight == null) weight = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        c = countSegment(weight, leaf, counted);
        if (key != null) remember(key, c);
      }
      total += c.matches();
      for (int i = 0; i < global.length; i++) {
        LongValues toGlobal = ordinals.get(i).toGlobal(leaf.ord);
        int[] ords = c.ords()[i];
        int[] counts = c.counts()[i];
        for (int j = 0; j < ords.length; j++) global[i][(int) toGlobal.get(ords[j])] += counts[j];
      }
    }
    Map<Facet, List<FacetCount>> values = new EnumMap<>(Facet.class);
    for (Facet f : facets) values.put(f, List.of());
    for (int i = 0; i < global.length; i++)
      values.put(counted.get(i), top(ordinals.get(i), counted.get(i).dim(), global[i]));
    return new Counted(total, values);
  }

  /** A query's matches counted over the whole index. */
  record Counted(long total, Map<Facet, List<FacetCount>> facets) {}

  private synchronized SegmentCount recall(Key key) {
    return remembered.get(key);
  }

  private synchronized void remember(Key key, SegmentCount c) {
    if (capacity == 0 || c.size() > capacity) return;
    SegmentCount old = remembered.put(key, c);
    held += c.size() - (old == null ? 0 : old.size());
    var eldest = remembered.entrySet().iterator();
    while (held > capacity && eldest.hasNext()) {
      held -= eldest.next().getValue().size();
      eldest.remove();
    }
  }

  private static SegmentCount countSegment(Weight w, LeafReaderContext leaf, List<Facet> facets)
      throws IOException {
    SortedSetDocValues[] values = new SortedSetDocValues[facets.size()];
    int[][] byOrd = new int[facets.size()][];
    for (int i = 0; i < values.length; i++) {
      String field = LuceneDocuments.facetField(facets.get(i).dim());
      values[i] = DocValues.getSortedSet(leaf.reader(), field);
      byOrd[i] = new int[Math.toIntExact(values[i].getValueCount())];
    }
    int[] matches = {0};
    if (values.length == 0 && w.count(leaf) >= 0) {
      matches[0] = w.count(leaf);
    } else {
      BulkScorer scorer = w.bulkScorer(leaf);
      if (scorer != null)
        scorer.score(
            new LeafCollector() {
              @Override
              public void setScorer(Scorable scorer) {}

              @Override
              public void collect(int doc) throws IOException {
                matches[0]++;
                for (int i = 0; i < values.length; i++) {
                  SortedSetDocValues v = values[i];
                  if (!v.advanceExact(doc)) continue;
                  for (int k = v.docValueCount(); k > 0; k--) byOrd[i][(int) v.nextOrd()]++;
                }
              }
            },
            leaf.reader().getLiveDocs());
    }
    int[][] ords = new int[values.length][];
    int[][] counts = new int[values.length][];
    for (int i = 0; i < values.length; i++) {
      int n = 0;
      for (int c : byOrd[i]) if (c > 0) n++;
      ords[i] = new int[n];
      counts[i] = new int[n];
      for (int ord = 0, j = 0; ord < byOrd[i].length; ord++) {
        if (byOrd[i][ord] == 0) continue;
        ords[i][j] = ord;
        counts[i][j++] = byOrd[i][ord];
      }
    }
    return new SegmentCount(matches[0], ords, counts);
  }

  // The most frequent values, ties in the order of their labels (as Lucene's facet counts give
  // them).
  private static List<FacetCount> top(FacetOrdinals ordinals, String dim, int[] counts)
      throws IOException {
    var range = ordinals.state().getOrdRange(dim);
    if (range == null) return List.of();
    List<int[]> found = new ArrayList<>();
    for (int ord = range.start; ord <= range.end; ord++)
      if (counts[ord] > 0) found.add(new int[] {ord, counts[ord]});
    found.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
    List<FacetCount> top = new ArrayList<>();
    for (int[] oc : found.subList(0, Math.min(found.size(), LuceneSearchBackend.FACET_VALUES)))
      top.add(new FacetCount(ordinals.label(oc[0]), oc[1]));
    return top;
  }

  private record Key(IndexReader.CacheKey segment, Query query, List<Facet> facets) {}

  // One segment's matches, and per facet the ordinals found among them with their counts.
  private record SegmentCount(int matches, int[][] ords, int[][] counts) {
    long size() {
      return 1 + Arrays.stream(ords).mapToLong(o -> o.length).sum();
    }
  }
}
