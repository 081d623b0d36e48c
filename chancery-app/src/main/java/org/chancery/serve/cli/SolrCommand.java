package org.chancery.serve.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.chancery.solr.CloudJdkSolrClient;
import org.chancery.solr.SolrSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chancery solr}: what a SolrCloud cluster needs to hold an archive. */
@Command(
    name = "solr",
    description = "Write what a SolrCloud cluster needs to hold a Chancery collection.",
    subcommands = {SolrCommand.Configset.class, HelpCommand.class})
final class SolrCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /**
   * {@code chancery solr configset OUT_DIR [--upload ZKHOST]}: writes the configset generated from
   * the index fields, and uploads it to a cluster.
   */
  @Command(
      name = "configset",
      description = {
        "Write the Solr configset (schema.xml, solrconfig.xml, stop words) generated from the index fields.",
        "Upload it with --upload ZKHOST (or 'solr zk upconfig -n chancery -d OUT_DIR -z ZKHOST'), then create a collection with it."
      })
  static final class Configset implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "OUT_DIR",
        description = "The folder to write (created if missing).")
    Path dir;

    @Option(
        names = "--upload",
        paramLabel = "ZKHOST[/chroot]",
        description = "Also upload it to the ZooKeeper of this SolrCloud cluster.")
    String zkHost;

    @Option(
        names = "--name",
        defaultValue = "chancery",
        description = "The configset's name in the cluster (default: ${DEFAULT-VALUE}).")
    String name;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      for (Path p : SolrSchema.write(dir)) out.println("wrote " + p);
      if (zkHost != null) {
        try (CloudJdkSolrClient client = CloudJdkSolrClient.connect(zkHost)) {
          SolrSchema.upload(client, dir, name);
        }
        out.println("uploaded " + dir + " as configset " + name + " to " + zkHost);
      }
      return 0;
    }
  }
}
