package org.chancery.serve.cli;

import java.io.IOException;
import java.util.Optional;
import javax.net.ssl.SSLException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code chancery} command: reads, archives, searches and links diplomatic correspondence.
 * Every command below inherits {@code -h, --help} and {@code -V, --version} from it.
 */
@Command(
    name = "chancery",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    version = "Chancery 0.1.0",
    description = "Reads, archives, searches and links diplomatic correspondence (FRUS).",
    subcommands = {
      DemoCommand.class,
      InspectCommand.class,
      ImportCommand.class,
      SearchCommand.class,
      LinksCommand.class,
      ThreadCommand.class,
      PeopleCommand.class,
      ServeCommand.class,
      McpCommand.class,
      SolrCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      HelpCommand.class
    })
public final class Chancery {
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line. An archive or a file that cannot be used ({@link IOException}) is reported in
   * one line, not a stack trace ({@link ExitCodes#CANNOT_USE}), and so is a TLS connection that
   * failed (a server not trusted); any other exception is a bug and keeps its trace ({@link
   * ExitCodes#SOFTWARE}).
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Chancery());
    cli.getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(ExitCodes.meanings());
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          Optional<SSLException> tls = tlsFailure(e);
          if (tls.isPresent()) {
            cmd.getErr().println("chancery " + cmd.getCommandName() + ": " + refused(tls.get()));
            return ExitCodes.CANNOT_USE;
          }
          if (!(e instanceof IOException)) throw e;
          cmd.getErr().println("chancery " + cmd.getCommandName() + ": " + e.getMessage());
          return ExitCodes.CANNOT_USE;
        });
    return cli;
  }

  // A server whose certificate the client does not trust is the user's to fix, however deep in a
  // client library's exceptions the handshake's failure arrives: the only TLS client is Solr's.
  private static Optional<SSLException> tlsFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause())
      if (t instanceof SSLException s) return Optional.of(s);
    return Optional.empty();
  }

  private static String refused(SSLException e) {
    return "a TLS connection to the Solr cluster failed ("
        + e.getMessage()
        + "): CHANCERY_SOLR_TRUSTSTORE must name a PKCS12 store holding the authority that signed"
        + " the nodes' certificates";
  }
}
