package org.chancery.serve.cli;

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
      "1:internal error",
      "2:usage error",
      "3:some input could not be read (each is reported with file:line:column)"
    })
public final class Chancery {
  /** Some input files could not be read; the others were. */
  public static final int INPUT_FAILED = 3;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Chancery()).execute(args));
  }
}
