package org.chancery.serve.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chancery.link.Threads;
import org.chancery.model.Document;
import org.chancery.serve.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chancery thread VOLUME/ID}: the correspondence thread a document belongs to, in time
 * order.
 */
@Command(
    name = "thread",
    description =
        "Print the chain of messages, joined by resolved references, that holds a document, in time order.")
final class ThreadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SourceOptions source;

  @Parameters(paramLabel = "VOLUME/ID", description = "The document, such as frus1934v04/d102.")
  String key;

  @Override
  public Integer call() throws IOException {
    try (ArchiveSource a = source.open(spec)) {
      if (a.search().document(key).isEmpty()) {
        throw new ParameterException(spec.commandLine(), "no document " + key + " in " + a.name());
      }
      List<String> thread = Threads.open(a.linksDir(), a.generation()).threadOf(key);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%s in the thread of %s%n", Plural.of(thread.size(), "document"), key);
      for (String k : thread) line(out, k, a.search().document(k), k.equals(key));
      return 0;
    }
  }

  private static void line(PrintWriter out, String k, Optional<Document> d, boolean self) {
    String date = d.flatMap(Document::date).map(x -> x.iso()).orElse("undated");
    String serial = d.flatMap(Document::serial).map(s -> "no. " + s.printed() + "  ").orElse("");
    out.printf(
        "%s %-24s %-17s %s%s%n",
        self ? ">" : " ", k, date, serial, d.map(Document::head).orElse("(not in the archive)"));
  }
}
