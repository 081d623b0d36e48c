package org.chancery.serve.cli;

import picocli.CommandLine.Command;

/** {@code chancery eval}: measures of quality against gold data. */
@Command(
    name = "eval",
    description = "Measure Chancery against gold data and print the figures.",
    subcommands = {
      EvalLinksCommand.class,
      EvalPeopleCommand.class,
      EvalRelatedCommand.class,
      HelpCommand.class
    })
final class EvalCommand {}
