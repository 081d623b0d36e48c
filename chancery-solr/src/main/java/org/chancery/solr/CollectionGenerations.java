package org.chancery.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.ZkStateReader;
import org.chancery.archive.Generation;
import org.chancery.archive.Generations;

/**
 * The generations of a Solr collection, published in one collection property in ZooKeeper ({@value
 * #PROPERTY}): the version tag of every volume ({@link SolrSchema#TAG}), the link commit and the
 * threads file, so that a server switches the documents, links and threads of all volumes at once.
 *
 * <p>An import writes its volumes under new tags, which no published generation names (staged); the
 * linker reads them through {@link #staging}, and one write publishes them with their links.
 * Readers cache the property and ZooKeeper tells them of a change (a watch).
 */
public final class CollectionGenerations implements Generations {
  /** The collection property holding the last generation, as {@link Generation#text}. */
  static final String PROPERTY = "chancery.generation";

  // Before generations, each volume's live tag was a property of its own; such a collection is
  // read as those tags until its first generation is published.
  private static final String LEGACY_PREFIX = "chancery.live.";

  // Long enough that a busy reader asks ZooKeeper rarely; the watch keeps the copy current.
  private static final long CACHE_MILLIS = 60_000;

  // How long this client may take to hear of its own publish (a ZooKeeper watch: milliseconds).
  private static final long SEEN_WITHIN_NANOS = 30_000_000_000L;

  /**
   * Where the links a generation names are kept before it is published: in a folder and in the
   * cluster.
   */
  record Links(Path dir, LinkFiles cluster) {}

  private static final Logger LOG = Logger.getLogger(CollectionGenerations.class.getName());

  private final CloudSolrClient client;
  private final String collection;
  private final Map<String, String> staged;
  private final Optional<Links> links;

  /** The generations of {@code collection}, through {@code client}, which the caller closes. */
  public CollectionGenerations(CloudSolrClient client, String collection) {
    this(client, collection, Map.of(), Optional.empty());
  }

  private CollectionGenerations(
      CloudSolrClient client,
      String collection,
      Map<String, String> staged,
      Optional<Links> links) {
    this.client = Objects.requireNonNull(client, "client");
    this.collection = Objects.requireNonNull(collection, "collection");
    this.staged = Map.copyOf(staged);
    this.links = links;
  }

  /**
   * These generations, whose next one names the {@code staged} tags (by volume) in place of the
   * published ones, and whose links, made in {@code links.dir()}, go into the cluster before it is
   * published.
   */
  CollectionGenerations staging(Map<String, String> staged, Links links) {
    return new CollectionGenerations(client, collection, staged, Optional.of(links));
  }

  /** A new version tag, unique to one import of one volume. */
  static String newTag() {
    return Long.toString(System.currentTimeMillis(), 36)
        + "-"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  @Override
  public Optional<Generation> last() throws IOException {
    String text = properties().get(PROPERTY);
    if (text == null) return Optional.empty();
    return Optional.of(Generation.parse(text, "Solr collection '" + collection + "'"));
  }

  /** The tag of each volume that the last generation publishes, by volume id. */
  Map<String, String> published() throws IOException {
    Optional<Generation> last = last();
    if (last.isPresent()) return last.get().volumes();
    Map<String, String> tags = new TreeMap<>();
    properties()
        .forEach(
            (name, tag) -> {
              if (name.startsWith(LEGACY_PREFIX))
                tags.put(name.substring(LEGACY_PREFIX.length()), tag);
            });
    return tags;
  }

  /** The tag of each volume that the next generation will publish: the staged over the last. */
  Map<String, String> next() throws IOException {
    Map<String, String> tags = new TreeMap<>(published());
    tags.putAll(staged);
    return tags;
  }

  @Override
  public Generation next(Optional<Generation> last, long linksCommit, String threads)
      throws IOException {
    return Generation.next(last, 0, next(), linksCommit, threads);
  }

  /**
   * Publishes {@code g}: one write, atomic for readers. Returns once this client sees it, so that
   * what reads through it from then on reads {@code g}. Staged generations put their links into the
   * cluster first, and after the write delete those no generation needs any more.
   */
  @Override
  public void publish(Generation g) throws IOException {
    Optional<Generation> before = last();
    if (links.isPresent()) links.get().cluster().store(links.get().dir(), g);
    write(g);
    if (links.isEmpty()) return;
    try {
      links.get().cluster().prune(g, before);
    } catch (IOException e) {
      // g is published whole; what stays is only space, and the next publish deletes it.
      LOG.log(Level.WARNING, "old link files of '" + collection + "' not deleted yet", e);
    }
  }

  private void write(Generation g) throws IOException {
    try {
      // Sent as a form: a generation of the whole FRUS names a thousand versions, longer than a
      // node takes in a URI (HTTP 414).
      var write = CollectionAdminRequest.setCollectionProperty(collection, PROPERTY, g.text());
      write.setMethod(SolrRequest.METHOD.POST);
      write.process(client);
      long deadline = System.nanoTime() + SEEN_WITHIN_NANOS;
      while (!Optional.of(g).equals(last())) {
        if (System.nanoTime() > deadline)
          throw new IOException(
              "Solr collection '"
                  + collection
                  + "': ZooKeeper did not tell of generation "
                  + g.number());
        Thread.sleep(5);
      }
    } catch (SolrServerException e) {
      throw new IOException(
          "Solr collection '" + collection + "': cannot publish generation " + g.number(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while generation " + g.number() + " was published", e);
    }
  }

  private Map<String, String> properties() {
    return ZkStateReader.from(client).getCollectionProperties(collection, CACHE_MILLIS);
  }
}
