package org.chancery.serve.cli;

import java.nio.file.Path;
import org.chancery.archive.Archive;
import picocli.CommandLine.Option;

/** The {@code --archive DIR} option shared by the commands that use an archive. */
final class ArchiveOption {
  @Option(
      names = "--archive",
      paramLabel = "DIR",
      description = "The archive folder (default: ./data/archive).")
  Path dir = Archive.DEFAULT_DIR;
}
