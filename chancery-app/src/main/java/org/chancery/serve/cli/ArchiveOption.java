package org.chancery.serve.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.chancery.archive.Archive;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --archive DIR} option shared by the commands that use an archive. */
final class ArchiveOption {
  @Option(
      names = "--archive",
      paramLabel = "DIR",
      description = "The archive folder (default: ./data/archive).")
  Path dir = Archive.DEFAULT_DIR;

  /** The archive in {@link #dir}; a usage error naming the folder when there is none. */
  Archive openExisting(CommandSpec spec) throws IOException {
    try {
      return Archive.openExisting(dir);
    } catch (NoSuchFileException e) {
      throw new ParameterException(
          spec.commandLine(), "no archive at " + dir + ": run 'chancery import' first");
    }
  }
}
