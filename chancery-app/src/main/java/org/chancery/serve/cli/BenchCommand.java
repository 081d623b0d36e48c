package org.chancery.serve.cli;

import picocli.CommandLine.Command;

/** {@code chancery bench}: benchmarks that print figures. */
@Command(
    name = "bench",
    description = "Measure Chancery's speed and print the figures.",
    subcommands = {
      BenchReadCommand.class,
      BenchSearchCommand.class,
      BenchServeCommand.class,
      HelpCommand.class
    })
final class BenchCommand {}
