package org.chancery.serve.cli;

import java.io.IOException;
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
   * one line, not a stack trace ({@link ExitCodes#CANNOT_USE}); any other exception is a bug and
   * keeps its trace ({@link ExitCodes#SOFTWARE}).
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Chancery());
    cli.getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(ExitCodes.meanings());
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (!(e instanceof IOException)) throw e;
          cmd.getErr().println("chancery " + cmd.getCommandName() + ": " + e.getMessage());
          return ExitCodes.CANNOT_USE;
        });
    return cli;
  }
}
