package org.chancery.serve.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code help [COMMAND...]}: the help of a command at any depth, below the command that holds this
 * one ({@code chancery help bench search}, {@code chancery bench help search}).
 */
@Command(
    name = "help",
    helpCommand = true,
    description = "Print the help of a command, such as 'chancery help bench search'.")
final class HelpCommand implements IHelpCommandInitializable2, Runnable {
  @Parameters(
      arity = "0..*",
      paramLabel = "COMMAND",
      description = "The command, by its names from here down (bench search); none: the one above.")
  List<String> names = List.of();

  private CommandLine self;
  private Help.ColorScheme colors;
  private PrintWriter out;

  @Override
  public void init(
      CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = out;
  }

  @Override
  public void run() {
    CommandLine command = self.getParent();
    for (String name : names) {
      CommandLine sub = command.getSubcommands().get(name);
      if (sub == null)
        throw new ParameterException(
            self,
            "Unknown command '" + name + "' in '" + command.getCommandSpec().qualifiedName() + "'");
      command = sub;
    }
    command.usage(out, colors);
  }
}
