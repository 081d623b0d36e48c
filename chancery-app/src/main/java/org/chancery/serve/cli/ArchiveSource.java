package org.chancery.serve.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.chancery.archive.Archive;
import org.chancery.search.SearchBackend;
import org.chancery.solr.SolrSearchBackend;

/**
 * What a command reads: the documents (an archive folder's index, or a SolrCloud collection), the
 * folder their links and threads are kept in, and a name to print.
 */
record ArchiveSource(SearchBackend search, Path linksDir, String name, Closeable resource)
    implements Closeable {
  ArchiveSource {
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(linksDir, "linksDir");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(resource, "resource");
  }

  /** An archive folder: its index and its links. */
  static ArchiveSource of(Archive a) throws IOException {
    return new ArchiveSource(a.search(), a.dir(), a.dir().toString(), a);
  }

  /** A collection of the cluster at {@code zkHost}, its links kept in {@code linksDir}. */
  static ArchiveSource solr(String zkHost, String collection, Path linksDir) {
    SolrSearchBackend search = SolrSearchBackend.connect(zkHost, collection);
    return new ArchiveSource(
        search, linksDir, "Solr collection " + collection + " at " + zkHost, search);
  }

  @Override
  public void close() throws IOException {
    resource.close();
  }
}
