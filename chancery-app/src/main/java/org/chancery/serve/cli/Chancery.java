package org.chancery.serve.cli;

import java.io.IOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code chancery} command: reads, archives, searches and links diplomatic correspondence. */
@Command(
    name = "chancery",
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
      SolrCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:an archive or file could not be used (the message says which and why)",
      "2:usage error",
      "3:some input could not be read (each is reported with file:line:column)"
    })
public final class Chancery {
  /** Some input files could not be read; the others were. */
  public static final int INPUT_FAILED = 3;

  /** An archive or a file could not be used; a one-line message says which and why. */
  public static final int CANNOT_USE = 1;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line. An archive or a file that cannot be used ({@link IOException}) is reported in
   * one line, not a stack trace; any other exception is a bug and keeps its trace.
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Chancery());
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (!(e instanceof IOException)) throw e;
          cmd.getErr().println("chancery " + cmd.getCommandName() + ": " + e.getMessage());
          return CANNOT_USE;
        });
    return cli;
  }
}
