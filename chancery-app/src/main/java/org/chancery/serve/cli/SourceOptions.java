package org.chancery.serve.cli;

import java.io.IOException;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The options of every command that reads an archive: {@code --archive DIR}, or {@code --solr
 * ZKHOST --collection NAME [--links DIR]} in its place.
 */
final class SourceOptions {
  @Mixin ArchiveOption archive;

  @Mixin SolrOption solr;

  /** The collection, if {@code --solr} was given. */
  Optional<String> collection(CommandSpec spec) {
    return solr.collection(spec);
  }

  /** Opens what the options name; a usage error where there is no archive. */
  ArchiveSource open(CommandSpec spec) throws IOException {
    Optional<String> collection = solr.collection(spec);
    if (collection.isPresent())
      return ArchiveSource.solr(solr.zkHost, collection.get(), solr.linksDir());
    return ArchiveSource.of(archive.openExisting(spec));
  }
}
