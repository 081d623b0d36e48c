package org.chancery.solr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.cloud.ZkStateReader;
import org.apache.solr.common.params.CursorMarkParams;
import org.chancery.model.Document;
import org.chancery.search.DocumentCodec;
import org.chancery.search.Facet;
import org.chancery.search.FacetCount;
import org.chancery.search.Hit;
import org.chancery.search.IndexField;
import org.chancery.search.IndexSchema;
import org.chancery.search.SearchBackend;
import org.chancery.search.SearchRequest;
import org.chancery.search.SearchResult;
import org.chancery.search.Snippet;
import org.chancery.search.VolumeInfo;

/**
 * The SolrCloud search backend over one collection made with the generated configset ({@link
 * SolrSchema}). It answers as the Lucene backend does: the same query language (see {@link
 * SolrQueries}), exact totals, exact facet counts, relevance or date order, ties in reading order.
 *
 * <p>Thread-safe as its client is. Every query sees one version of each volume, whole: those of the
 * collection's last generation at the time of the query ({@link #of}), or those of one generation
 * for the backend's life ({@link #at}); {@link #refresh()} has nothing to do, as a volume's new
 * version is committed before it is published.
 */
public final class SolrSearchBackend implements SearchBackend {
  /** How many documents one page of {@link #forEachDocument} reads. */
  static final int PAGE = 200;

  private static final String HIT_FIELDS =
      String.join(
          ",",
          IndexSchema.KEY.name(),
          IndexSchema.VOLUME.name(),
          IndexSchema.ID.name(),
          IndexSchema.TITLE.name(),
          IndexSchema.PRINTED_SUBJECT.name(),
          SolrSchema.DATE_PRINTED,
          IndexSchema.TYPE.name(),
          SolrSchema.ID,
          "score");

  private final CloudSolrClient client;
  private final String collection;
  private final boolean owned;
  private final Versions versions;
  private final SolrQueries queries = new SolrQueries();

  /** The version tags a query sees. */
  @FunctionalInterface
  private interface Versions {
    Collection<String> tags() throws IOException;
  }

  private SolrSearchBackend(
      CloudSolrClient client, String collection, boolean owned, Versions versions) {
    this.client = Objects.requireNonNull(client, "client");
    this.collection = Objects.requireNonNull(collection, "collection");
    this.owned = owned;
    this.versions = Objects.requireNonNull(versions, "versions");
  }

  /**
   * A backend over {@code collection} through {@code client}, which stays open when the backend is
   * closed; each query sees the generation published when it is made.
   */
  public static SolrSearchBackend of(CloudSolrClient client, String collection) {
    CollectionGenerations generations = new CollectionGenerations(client, collection);
    return new SolrSearchBackend(client, collection, false, () -> generations.published().values());
  }

  /**
   * A backend over the versions {@code volumes} names (tags by volume id, as a {@link
   * org.chancery.archive.Generation} holds them) of {@code collection}, through {@code client},
   * which stays open when the backend is closed: one generation, whatever is published later.
   */
  public static SolrSearchBackend at(
      CloudSolrClient client, String collection, Map<String, String> volumes) {
    List<String> tags = List.copyOf(new TreeSet<>(volumes.values()));
    return new SolrSearchBackend(client, collection, false, () -> tags);
  }

  /**
   * A backend over {@code collection} of the cluster whose ZooKeeper is {@code zkHost} ({@code
   * host:port[/chroot]}), with the credentials and trust store of the environment; each query sees
   * the generation published when it is made.
   *
   * @throws IOException if the credentials or trust store the environment names cannot be used
   */
  public static SolrSearchBackend connect(String zkHost, String collection) throws IOException {
    CloudJdkSolrClient client = CloudJdkSolrClient.connect(zkHost);
    CollectionGenerations generations = new CollectionGenerations(client, collection);
    return new SolrSearchBackend(client, collection, true, () -> generations.published().values());
  }

  /** The filter query that every query adds: the documents of the versions it sees only. */
  private String filter() throws IOException {
    TreeSet<String> tags = new TreeSet<>(versions.tags());
    // A negative query alone matches nothing: no volume is published yet.
    if (tags.isEmpty()) return "-" + SolrQueries.ALL;
    return "{!terms f=" + SolrSchema.TAG + "}" + String.join(",", tags);
  }

  /** The collection searched. */
  public String collection() {
    return collection;
  }

  @Override
  public SearchResult search(SearchRequest r) throws IOException {
    long start = System.nanoTime();
    Optional<Map<String, Object>> q = queries.toJson(r.query());
    if (q.isEmpty())
      return new SearchResult(0, List.of(), noFacets(r), (System.nanoTime() - start) / 1e6);
    JsonQueryRequest req = new JsonQueryRequest().setQuery(q.get()).withFilter(filter());
    SolrRequests.filters(r).forEach(f -> SolrRequests.filter(req, f));
    req.setOffset(r.offset())
        .setLimit(r.limit())
        .setSort(SolrRequests.sort(r.sort()))
        .returnFields(HIT_FIELDS);
    for (Facet f : r.facets()) req.withFacet(f.name(), SolrRequests.facet(f));
    if (r.snippets() && r.limit() > 0) SolrSnippets.PARAMS.forEach(req::withParam);
    QueryResponse rsp = process(req);
    List<Hit> hits = new ArrayList<>();
    for (SolrDocument d : rsp.getResults())
      hits.add(hit(d, r.snippets() ? SolrSnippets.of(rsp, d) : Snippet.NONE));
    return new SearchResult(
        rsp.getResults().getNumFound(),
        hits,
        SolrRequests.facets(rsp, r.facets()),
        (System.nanoTime() - start) / 1e6);
  }

  private static Map<Facet, List<FacetCount>> noFacets(SearchRequest r) {
    Map<Facet, List<FacetCount>> none = new EnumMap<>(Facet.class);
    r.facets().forEach(f -> none.put(f, List.of()));
    return none;
  }

  private static Hit hit(SolrDocument d, Snippet snippet) {
    Object score = d.getFieldValue("score");
    return new Hit(
        key(d),
        text(d, IndexSchema.VOLUME),
        text(d, IndexSchema.ID),
        text(d, IndexSchema.TITLE),
        Optional.ofNullable((String) d.getFirstValue(IndexSchema.PRINTED_SUBJECT.name())),
        Optional.ofNullable((String) d.getFirstValue(SolrSchema.DATE_PRINTED)),
        Optional.empty(),
        text(d, IndexSchema.TYPE),
        score == null ? 0f : ((Number) score).floatValue(),
        snippet);
  }

  private static String key(SolrDocument d) {
    return text(d, IndexSchema.KEY);
  }

  private static String text(SolrDocument d, IndexField f) {
    Object v = d.getFirstValue(f.name());
    return v == null ? "" : v.toString();
  }

  @Override
  public Optional<Document> document(String key) throws IOException {
    SolrQuery q =
        new SolrQuery(SolrRequests.term(IndexSchema.KEY, key))
            .setFields(IndexSchema.SOURCE.name())
            .setRows(1);
    var found = query(q).getResults();
    return found.isEmpty() ? Optional.empty() : source(found.get(0));
  }

  // A request names at most this many keys: a few hundred whole documents in one answer.
  private static final int KEYS_A_REQUEST = 200;

  @Override
  public Map<String, Document> documents(Collection<String> keys) throws IOException {
    Map<String, Document> out = new HashMap<>();
    List<String> batch = new ArrayList<>();
    for (String k : new LinkedHashSet<>(keys)) {
      // The terms parser splits its list at commas; a key holding one is asked for alone.
      if (k.indexOf(',') >= 0) document(k).ifPresent(d -> out.put(k, d));
      else batch.add(k);
      if (batch.size() == KEYS_A_REQUEST) fetch(batch, out);
    }
    fetch(batch, out);
    return out;
  }

  // The documents of the keys in batch, into out; empties batch.
  private void fetch(List<String> batch, Map<String, Document> out) throws IOException {
    if (batch.isEmpty()) return;
    SolrQuery q =
        new SolrQuery("{!terms f=" + IndexSchema.KEY.name() + "}" + String.join(",", batch))
            .setFields(IndexSchema.SOURCE.name())
            .setRows(batch.size());
    for (SolrDocument d : query(q).getResults())
      source(d).ifPresent(doc -> out.put(doc.key(), doc));
    batch.clear();
  }

  private static Optional<Document> source(SolrDocument d) {
    Object v = d.getFieldValue(IndexSchema.SOURCE.name());
    if (v == null) return Optional.empty();
    return Optional.of(DocumentCodec.decode(bytes(v)));
  }

  // javabin gives bytes; the text formats give base64.
  private static byte[] bytes(Object v) {
    if (v instanceof byte[] b) return b;
    if (v instanceof ByteBuffer buf) {
      byte[] b = new byte[buf.remaining()];
      buf.duplicate().get(b);
      return b;
    }
    return Base64.getDecoder().decode(v.toString());
  }

  /**
   * Passes every document to {@code sink}, volume by volume, each in reading order, one page at a
   * time (a cursor, so any size works).
   */
  @Override
  public void forEachDocument(Consumer<Document> sink) throws IOException {
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery q =
          new SolrQuery(SolrQueries.ALL)
              .setFields(IndexSchema.SOURCE.name())
              .setRows(PAGE)
              .addSort(IndexSchema.VOLUME.name(), SolrQuery.ORDER.asc)
              .addSort(IndexSchema.READING_ORDER.name(), SolrQuery.ORDER.asc)
              .addSort(SolrSchema.ID, SolrQuery.ORDER.asc);
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse rsp = query(q);
      for (SolrDocument d : rsp.getResults()) source(d).ifPresent(sink);
      if (cursor.equals(rsp.getNextCursorMark())) return;
      cursor = rsp.getNextCursorMark();
    }
  }

  @Override
  public List<VolumeInfo> volumes() throws IOException {
    JsonQueryRequest req =
        new JsonQueryRequest()
            .setQuery(SolrQueries.ALL)
            .withFilter(filter())
            .setLimit(0)
            .withFacet(
                "volumes",
                Map.of(
                    "type",
                    "terms",
                    "field",
                    IndexSchema.VOLUME.name(),
                    "limit",
                    -1,
                    "sort",
                    "index asc"));
    List<FacetCount> counts = SolrRequests.buckets(process(req), "volumes");
    Map<String, String> titles = titles(counts.size());
    List<VolumeInfo> volumes = new ArrayList<>();
    for (FacetCount c : counts)
      volumes.add(new VolumeInfo(c.value(), titles.getOrDefault(c.value(), ""), c.count()));
    return volumes;
  }

  // Every volume's title in one request, a document of each (collapsed on the volume in each
  // shard): a query per volume took 15 s for the whole FRUS.
  private Map<String, String> titles(int volumes) throws IOException {
    int shards =
        ZkStateReader.from(client).getClusterState().getCollection(collection).getSlices().size();
    SolrQuery q =
        new SolrQuery(SolrQueries.ALL)
            .addFilterQuery("{!collapse field=" + IndexSchema.VOLUME.name() + "}")
            .setFields(IndexSchema.VOLUME.name(), IndexSchema.VOLUME_TITLE.name())
            .setRows(Math.max(1, volumes * shards));
    Map<String, String> titles = new HashMap<>();
    for (SolrDocument d : query(q).getResults())
      titles.putIfAbsent(text(d, IndexSchema.VOLUME), text(d, IndexSchema.VOLUME_TITLE));
    return titles;
  }

  @Override
  public int count() throws IOException {
    return (int) query(new SolrQuery(SolrQueries.ALL).setRows(0)).getResults().getNumFound();
  }

  @Override
  public int count(IndexField field, String value) throws IOException {
    if (field.kind() != IndexField.Kind.KEYWORD)
      throw new IllegalArgumentException("'" + field.name() + "' is not a keyword field");
    return (int)
        query(new SolrQuery(SolrRequests.term(field, value)).setRows(0)).getResults().getNumFound();
  }

  @Override
  public List<String> keys(IndexField field, String value, int limit) throws IOException {
    if (field.kind() != IndexField.Kind.KEYWORD)
      throw new IllegalArgumentException("'" + field.name() + "' is not a keyword field");
    SolrQuery q =
        new SolrQuery(SolrRequests.term(field, value))
            .setFields(IndexSchema.KEY.name())
            .setRows(limit);
    List<String> out = new ArrayList<>();
    for (SolrDocument d : query(q).getResults())
      out.add(String.valueOf(d.getFieldValue(IndexSchema.KEY.name())));
    return out;
  }

  @Override
  public void refresh() {
    // Solr opens a new searcher on each commit.
  }

  // Every query sees the versions of its generation only. Sent as a form, not in the address: the
  // filter names every volume's version, which for the whole FRUS (a thousand volumes) is longer
  // than a node takes in a URI (HTTP 414).
  private QueryResponse query(SolrQuery q) throws IOException {
    q.addFilterQuery(filter());
    try {
      return client.query(collection, q, SolrRequest.METHOD.POST);
    } catch (SolrServerException e) {
      throw new IOException("Solr collection '" + collection + "': " + e.getMessage(), e);
    }
  }

  private QueryResponse process(JsonQueryRequest req) throws IOException {
    try {
      return req.process(client, collection);
    } catch (SolrServerException e) {
      throw new IOException("Solr collection '" + collection + "': " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    if (owned) client.close();
  }
}
