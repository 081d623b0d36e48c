package org.chancery.serve.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --solr ZKHOST[/chroot] --collection NAME [--links DIR]} options: a SolrCloud
 * collection instead of an archive folder, and the local folder its links and threads are copied to
 * from the cluster (where they are kept: {@link org.chancery.solr.LinkFiles}).
 */
final class SolrOption {
  /** Where a collection's links are kept when {@code --links} is not given: {@code data/solr}. */
  static final Path LINKS_BASE = Path.of("data", "solr");

  @Option(
      names = "--solr",
      paramLabel = "ZKHOST[/chroot]",
      description =
          "A SolrCloud cluster's ZooKeeper (host:port[,host:port][/chroot]): use its collection instead of an archive folder."
              + " Credentials, if the cluster asks for them, come from CHANCERY_SOLR_AUTH (user:password) or the file named by CHANCERY_SOLR_AUTH_FILE;"
              + " a TLS cluster's certificates are trusted from the PKCS12 store CHANCERY_SOLR_TRUSTSTORE names, its password in CHANCERY_SOLR_TRUSTSTORE_PASSWORD or the file named by CHANCERY_SOLR_TRUSTSTORE_PASSWORD_FILE.")
  String zkHost;

  @Option(
      names = "--collection",
      paramLabel = "NAME",
      description = "The SolrCloud collection (with --solr).")
  String collection;

  @Option(
      names = "--links",
      paramLabel = "DIR",
      description =
          "The local copy of the collection's links and threads, which the cluster keeps (with"
              + " --solr; default: data/solr/NAME).")
  Path links;

  /** The collection named, if {@code --solr} was given; both options or neither. */
  Optional<String> collection(CommandSpec spec) {
    if (zkHost == null && collection == null) {
      if (links != null) throw new ParameterException(spec.commandLine(), "--links needs --solr");
      return Optional.empty();
    }
    if (zkHost == null)
      throw new ParameterException(spec.commandLine(), "--collection needs --solr ZKHOST");
    if (collection == null || collection.isBlank())
      throw new ParameterException(spec.commandLine(), "--solr needs --collection NAME");
    if (!collection.matches("[A-Za-z0-9_.-]+"))
      throw new ParameterException(
          spec.commandLine(),
          "--collection must be letters, digits, '_', '.' or '-': " + collection);
    return Optional.of(collection);
  }

  /** The folder the collection's links and threads are copied to. */
  Path linksDir() {
    return links != null ? links : LINKS_BASE.resolve(collection);
  }
}
