package org.chancery.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.chancery.archive.Generation;
import org.chancery.archive.ImportProgress;
import org.chancery.archive.ImportSummary;
import org.chancery.archive.Importer;
import org.chancery.link.ArchiveLinker;
import org.chancery.read.formats.Readers;

/**
 * Imports volumes into a Solr collection and publishes them together with their links, as one
 * generation: the volumes are written staged ({@link SolrVolumeWriter}), linked as the collection
 * will be with them (their links and threads made in a local folder, from the links the cluster
 * keeps, and stored back in the cluster: {@link LinkFiles}), and one ZooKeeper write makes the new
 * versions, links and threads current at once ({@link CollectionGenerations}).
 *
 * <p>An import killed at any point leaves the last generation published and whole; the next one
 * deletes what it wrote, and links anew what it may have left unlinked.
 */
public final class CollectionImport {
  /** What an import did: the volumes read and written, the linking, the generation published. */
  public record Result(
      ImportSummary imported, ArchiveLinker.Summary linked, Generation generation) {}

  private final CloudSolrClient client;
  private final String collection;
  private final Path linksDir;
  private Consumer<ImportProgress> progress = p -> {};
  private Importer.ReaderChoice readers = Readers::forFile;

  /**
   * An import into {@code collection} through {@code client} (which the caller closes), its links
   * kept in {@code linksDir}.
   */
  public CollectionImport(CloudSolrClient client, String collection, Path linksDir) {
    this.client = Objects.requireNonNull(client, "client");
    this.collection = Objects.requireNonNull(collection, "collection");
    this.linksDir = Objects.requireNonNull(linksDir, "linksDir");
  }

  /** Reports the import's progress to {@code listener} ({@link Importer#progress}). */
  public CollectionImport progress(Consumer<ImportProgress> listener) {
    this.progress = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /** Reads with {@code choice} instead of the readers by file type ({@link Importer#readers}). */
  CollectionImport readers(Importer.ReaderChoice choice) {
    this.readers = Objects.requireNonNull(choice, "choice");
    return this;
  }

  /**
   * Imports {@code files} (no files: links the collection as it is) and publishes the generation
   * they make.
   *
   * @throws IOException if the collection or the links folder cannot be written; the last
   *     generation stays published
   */
  public Result importPaths(List<Path> files) throws IOException {
    CollectionGenerations generations = new CollectionGenerations(client, collection);
    Optional<Generation> last = generations.last();
    SolrVolumeWriter.dropUnpublished(
        client,
        collection,
        generations.published(),
        last.map(Generation::committed).orElse(Instant.EPOCH),
        SolrVolumeWriter.GRACE);
    // An importer on another machine than the last starts from the links the cluster keeps.
    LinkFiles stored = new LinkFiles(client, collection);
    if (last.isPresent()) stored.fetch(linksDir, last.get());
    ArchiveLinker.beforeImport(linksDir);
    SolrVolumeWriter writer = new SolrVolumeWriter(client, collection, generations.published());
    ImportSummary imported =
        new Importer(() -> writer).readers(readers).progress(progress).importPaths(files);
    CollectionGenerations next =
        generations.staging(writer.staged(), new CollectionGenerations.Links(linksDir, stored));
    // The linker reads the collection as the new generation will be: the staged tags are not
    // searched yet.
    SolrSearchBackend staged = SolrSearchBackend.at(client, collection, next.next());
    ArchiveLinker.Summary linked =
        ArchiveLinker.afterImport(linksDir, staged, imported.volumeIds(), next);
    Generation published = generations.last().orElseThrow();
    SolrVolumeWriter.dropUnpublished(
        client, collection, published.volumes(), published.committed(), SolrVolumeWriter.GRACE);
    return new Result(imported, linked, published);
  }
}
