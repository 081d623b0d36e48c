package org.chancery.serve.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chancery.read.formats.Readers;

/**
 * The files named on a command line, folders expanded; names that do not exist are reported and
 * counted.
 */
record InputFiles(List<Path> files, int missing) {

  static InputFiles expand(List<Path> paths, PrintWriter err) throws IOException {
    List<Path> files = new ArrayList<>();
    int missing = 0;
    for (Path p : paths) {
      try {
        files.addAll(Readers.expand(List.of(p)));
      } catch (NoSuchFileException e) {
        err.println("error: " + p + ": no such file or folder");
        missing++;
      }
    }
    return new InputFiles(List.copyOf(files), missing);
  }
}
