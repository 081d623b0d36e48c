package org.chancery.serve.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.chancery.model.Document;
import org.chancery.read.ReadException;
import org.chancery.read.ReadSummary;
import org.chancery.read.formats.Readers;
import org.chancery.serve.json.DocumentJson;
import org.chancery.understand.Understanding;
import org.chancery.understand.people.VolumeNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chancery inspect FILE...}: prints every document read from the files as JSON Lines. */
@Command(
    name = "inspect",
    description =
        "Read TEI volumes and plain-text pages and print one JSON object per document (JSON Lines).")
final class InspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "TEI volumes (.xml), plain-text pages (.txt) or folders of them.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    InputFiles inputs = InputFiles.expand(files, err);
    int failed = inputs.missing();
    Understanding.Understander understander = new Understanding.Understander();
    try (JsonGenerator g = new JsonFactory().createGenerator(spec.commandLine().getOut())) {
      g.setRootValueSeparator(null);
      for (Path file : inputs.files()) {
        // A file is one volume: its documents are read whole so each party has the rest of them.
        List<Document> docs = new ArrayList<>();
        if (!inspect(file, docs::add, err)) {
          failed++;
          continue;
        }
        VolumeNames names = VolumeNames.of(docs);
        for (Document d : docs) write(g, d, understander, names);
      }
    }
    return failed == 0 ? 0 : ExitCodes.INPUT_FAILED;
  }

  private static boolean inspect(Path file, Consumer<Document> sink, PrintWriter err)
      throws IOException {
    try {
      ReadSummary s = Readers.forFile(file).read(file, sink);
      s.problems().forEach(p -> err.println("warning: " + p));
      return true;
    } catch (ReadException e) {
      err.println("error: " + e.getMessage());
      return false;
    }
  }

  private static void write(
      JsonGenerator g, Document d, Understanding.Understander understander, VolumeNames names) {
    try {
      DocumentJson.write(g, d, Optional.of(understander.of(d, names)));
      g.flush();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
