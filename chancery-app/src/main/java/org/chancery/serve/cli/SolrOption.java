package org.chancery.serve.cli;

import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --solr ZKHOST[/chroot] --collection NAME} options: a SolrCloud collection instead of
 * an archive folder.
 */
final class SolrOption {
  @Option(
      names = "--solr",
      paramLabel = "ZKHOST[/chroot]",
      description =
          "A SolrCloud cluster's ZooKeeper (host:port[,host:port][/chroot]): use its collection instead of an archive folder.")
  String zkHost;

  @Option(
      names = "--collection",
      paramLabel = "NAME",
      description = "The SolrCloud collection (with --solr).")
  String collection;

  /** The collection named, if {@code --solr} was given; both options or neither. */
  Optional<String> collection(CommandSpec spec) {
    if (zkHost == null && collection == null) return Optional.empty();
    if (zkHost == null)
      throw new ParameterException(spec.commandLine(), "--collection needs --solr ZKHOST");
    if (collection == null || collection.isBlank())
      throw new ParameterException(spec.commandLine(), "--solr needs --collection NAME");
    return Optional.of(collection);
  }
}
