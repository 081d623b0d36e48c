package org.chancery.serve.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.archive.Archive;
import org.chancery.model.Document;
import org.chancery.read.ReadException;
import org.chancery.read.formats.Readers;
import org.chancery.search.IndexedVolumeNames;
import org.chancery.understand.people.PartyIdentifier;
import org.chancery.understand.people.PeopleEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chancery eval people}: how many named senders and recipients are linked to POCOM. */
@Command(
    name = "people",
    description = {
      "Count the senders and recipients printed by name, and those linked to a POCOM person.",
      "Figures are given by volume, by decade and by the rule that linked them; with --sample,"
          + " the links are also scored against parties checked by hand."
    })
final class EvalPeopleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--archive",
      paramLabel = "DIR",
      description = "The archive folder whose documents are measured, instead of files.")
  Path archive;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "TEI volumes (.xml), plain-text pages (.txt) or folders of them.")
  List<Path> files = List.of();

  @Option(
      names = "--sample",
      paramLabel = "FILE",
      description =
          "A checked sample (tab-separated: volume, document, side, name, POCOM id or -, why).")
  Path sample;

  @Option(names = "--failures", description = "Also list each sample party not linked right.")
  boolean failures;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ((archive == null) == files.isEmpty()) {
      err.println("error: give either --archive DIR or files");
      return ExitCodes.USAGE;
    }
    List<PeopleEvaluation.SampleRow> rows =
        sample == null ? List.of() : PeopleEvaluation.readSample(sample);
    PeopleEvaluation.Report report;
    if (archive != null) {
      try (Archive a = Archive.openExisting(archive)) {
        report =
            PeopleEvaluation.run(
                a.search()::forEachDocument,
                new IndexedVolumeNames(a.search()),
                PartyIdentifier.bundled(),
                rows);
      }
    } else {
      InputFiles inputs = InputFiles.expand(files, err);
      if (inputs.missing() > 0) return ExitCodes.INPUT_FAILED;
      report =
          PeopleEvaluation.runByVolume(
              sink -> {
                for (Path f : inputs.files()) {
                  List<Document> docs = new ArrayList<>();
                  try {
                    Readers.forFile(f).read(f, docs::add);
                  } catch (ReadException e) {
                    err.println("error: " + e.getMessage());
                    continue;
                  }
                  sink.accept(docs);
                }
              },
              PartyIdentifier.bundled(),
              rows);
    }
    PeopleEvaluation.print(report, out, failures);
    return 0;
  }
}
