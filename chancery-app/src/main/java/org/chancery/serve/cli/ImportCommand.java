package org.chancery.serve.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chancery.archive.Archive;
import org.chancery.archive.ImportFailure;
import org.chancery.archive.ImportProgress;
import org.chancery.archive.ImportSummary;
import org.chancery.link.ArchiveLinker;
import org.chancery.search.meaning.MeaningModel;
import org.chancery.serve.Plural;
import org.chancery.solr.CloudJdkSolrClient;
import org.chancery.solr.CollectionImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chancery import FILE|DIR...}: reads volumes into an archive, each committed whole. */
@Command(
    name = "import",
    description = {
      "Read TEI volumes and plain-text pages into an archive (created on demand).",
      "Each file is one volume, committed whole; importing a volume again replaces it."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SourceOptions source;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "TEI volumes (.xml), plain-text pages (.txt) or folders of them.")
  List<Path> paths;

  @Option(
      names = "--embed",
      description =
          "Also store each document's meaning (all-MiniLM-L6-v2, run here on the CPU), for"
              + " related documents by meaning and hybrid search; archive folders only. About 60"
              + " documents a second on 2 cores.")
  boolean embed;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    InputFiles inputs = InputFiles.expand(paths, err);
    Optional<String> collection = source.collection(spec);
    if (collection.isPresent()) {
      if (embed) {
        throw new ParameterException(
            spec.commandLine(),
            "--embed stores meanings in an archive folder's index; a Solr collection has none");
      }
      SolrOption solr = source.solr;
      ImportSummary s =
          importIntoSolr(
              solr.zkHost,
              collection.get(),
              solr.linksDir(),
              inputs.files(),
              spec.commandLine().getOut(),
              err);
      return s.failures().isEmpty() && inputs.missing() == 0 ? 0 : ExitCodes.INPUT_FAILED;
    }
    try (Archive a = Archive.open(source.archive.dir)) {
      Optional<MeaningModel> meaning =
          embed ? Optional.of(MeaningModel.shared()) : Optional.empty();
      ImportSummary s = importAndLink(a, inputs.files(), meaning, spec.commandLine().getOut(), err);
      return s.failures().isEmpty() && inputs.missing() == 0 ? 0 : ExitCodes.INPUT_FAILED;
    }
  }

  /**
   * Imports {@code files} into {@code a} with progress and a summary, storing each document's
   * meaning too with a {@code meaning} model, then links what the import can have changed.
   */
  static ImportSummary importAndLink(
      Archive a, List<Path> files, Optional<MeaningModel> meaning, PrintWriter out, PrintWriter err)
      throws IOException {
    ProgressBar bar = new ProgressBar(err, System.console() != null);
    ArchiveLinker.beforeImport(a);
    ImportSummary s =
        a.importer(Archive.CHECKPOINT, meaning).progress(bar::show).importPaths(files);
    bar.done();
    report(s, a, out, err);
    if (meaning.isPresent()) {
      out.printf(
          "meanings (%s) stored for %d of %d documents%n",
          MeaningModel.NAME, a.search().meanings(), a.search().count());
    }
    link(ArchiveLinker.afterImport(a, s.volumeIds()), out);
    out.println(HeapPeak.measure().line());
    return s;
  }

  /**
   * Imports {@code files} into a SolrCloud collection, with progress and a summary, links what the
   * import can have changed, as for an archive folder (the links made in {@code linksDir} and kept
   * in the cluster), and publishes the new volumes with their links as one generation.
   */
  static ImportSummary importIntoSolr(
      String zkHost,
      String collection,
      Path linksDir,
      List<Path> files,
      PrintWriter out,
      PrintWriter err)
      throws IOException {
    ProgressBar bar = new ProgressBar(err, System.console() != null);
    try (CloudJdkSolrClient client = CloudJdkSolrClient.connect(zkHost)) {
      CollectionImport.Result r =
          new CollectionImport(client, collection, linksDir).progress(bar::show).importPaths(files);
      bar.done();
      ImportSummary s = r.imported();
      for (ImportFailure f : s.failures()) err.println("error: " + f.error());
      summary(s, "Solr collection " + collection + " at " + zkHost, out);
      link(r.linked(), out);
      out.printf(
          "published generation %d of %s%n", r.generation().number(), r.generation().committed());
      return s;
    }
  }

  // References cross volumes: the new volumes' links are made, and those elsewhere that they
  // change.
  private static void link(ArchiveLinker.Summary l, PrintWriter out) {
    out.printf(
        "linked %s (%d resolved) across %s (%d linked anew), %s, in %.2f s%n",
        Plural.of(l.links(), "reference"),
        l.resolved(),
        Plural.of(l.documents(), "document"),
        l.relinked(),
        Plural.of(l.threads(), "thread"),
        l.seconds());
  }

  private static void report(ImportSummary s, Archive a, PrintWriter out, PrintWriter err) {
    for (ImportFailure f : s.failures()) err.println("error: " + f.error());
    summary(s, a.dir().toString(), out);
    if (!s.problems().isEmpty())
      err.printf(
          "%s read past (first: %s)%n",
          Plural.of(s.problems().size(), "problem"), s.problems().get(0));
  }

  // One line: what was imported, how fast, into what; what was replaced and what failed.
  private static void summary(ImportSummary s, String into, PrintWriter out) {
    out.printf(
        "imported %s, %s, %.1f MB in %.2f s (%.1f MB/s) into %s; %d replaced, %d failed%n",
        Plural.of(s.volumes(), "volume"),
        Plural.of(s.documents(), "document"),
        s.megabytes(),
        s.seconds(),
        s.megabytesPerSecond(),
        into,
        s.replaced(),
        s.failures().size());
  }

  /** A one-line progress bar on a terminal; silent otherwise. */
  private record ProgressBar(PrintWriter err, boolean terminal) {
    void show(ImportProgress p) {
      if (!terminal) return;
      int width = 30;
      int filled = p.bytesTotal() == 0 ? width : (int) (width * p.bytesDone() / p.bytesTotal());
      err.printf(
          "\r[%s%s] %d/%d %s, %.1f/%.1f MB",
          "#".repeat(filled),
          " ".repeat(width - filled),
          p.volumesDone(),
          p.volumesTotal(),
          Plural.noun(p.volumesTotal(), "volume", "volumes"),
          p.bytesDone() / 1e6,
          p.bytesTotal() / 1e6);
      err.flush();
    }

    void done() {
      if (terminal) err.println();
    }
  }
}
