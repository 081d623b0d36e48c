package org.chancery.serve.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.chancery.archive.Archive;
import org.chancery.archive.Generation;
import org.chancery.link.LinkStore;
import org.chancery.search.SearchBackend;
import org.chancery.solr.CloudJdkSolrClient;
import org.chancery.solr.CollectionGenerations;
import org.chancery.solr.LinkFiles;
import org.chancery.solr.SolrSearchBackend;

/**
 * What a command reads: the documents (an archive folder's index, or a SolrCloud collection), the
 * folder their links and threads are kept in, a name to print, and the collection if it is one.
 */
record ArchiveSource(
    SearchBackend search,
    Path linksDir,
    String name,
    Optional<Collection> collection,
    Closeable resource)
    implements Closeable {
  /**
   * A SolrCloud collection, through a client the source closes, and the links and threads the
   * cluster keeps for it.
   */
  record Collection(CloudSolrClient client, String name, LinkFiles links) {
    Collection(CloudSolrClient client, String name) {
      this(client, name, new LinkFiles(client, name));
    }

    /** Its generations, as published in ZooKeeper. */
    CollectionGenerations generations() {
      return new CollectionGenerations(client, name);
    }
  }

  ArchiveSource {
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(linksDir, "linksDir");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(resource, "resource");
  }

  /** An archive folder: its index and its links. */
  static ArchiveSource of(Archive a) throws IOException {
    return new ArchiveSource(a.search(), a.dir(), a.dir().toString(), Optional.empty(), a);
  }

  /**
   * A collection of the cluster at {@code zkHost}, its links kept in {@code linksDir}.
   *
   * @throws IOException if the Solr credentials or trust store of the environment cannot be used
   */
  static ArchiveSource solr(String zkHost, String collection, Path linksDir) throws IOException {
    CloudJdkSolrClient client = CloudJdkSolrClient.connect(zkHost);
    return new ArchiveSource(
        SolrSearchBackend.of(client, collection),
        linksDir,
        "Solr collection " + collection + " at " + zkHost,
        Optional.of(new Collection(client, collection)),
        client);
  }

  /**
   * The generation published last: the threads and links it names are those to read, in {@link
   * #linksDir}. A collection's are fetched there from the cluster where the folder lacks them.
   */
  Optional<Generation> generation() throws IOException {
    if (collection.isEmpty()) return Generation.read(linksDir);
    Optional<Generation> g = collection.get().generations().last();
    if (g.isPresent()) collection.get().links().fetch(linksDir, g.get());
    return g;
  }

  /** The links of the generation published last ({@link #generation}); none before the first. */
  LinkStore links() throws IOException {
    Optional<Generation> g = generation();
    return g.isPresent() ? LinkStore.open(linksDir, g.get()) : LinkStore.open(linksDir);
  }

  @Override
  public void close() throws IOException {
    resource.close();
  }
}
