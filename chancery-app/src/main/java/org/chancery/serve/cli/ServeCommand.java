package org.chancery.serve.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chancery.archive.Archive;
import org.chancery.link.ArchiveLinker;
import org.chancery.search.SearchBackend;
import org.chancery.serve.Plural;
import org.chancery.serve.web.ArchiveLinks;
import org.chancery.serve.web.ReadingRoom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code chancery serve}: the reading room, a read-only web server and JSON API over an archive.
 */
@Command(
    name = "serve",
    description =
        "Serve an archive as web pages (search, documents, volumes) and a JSON API under /api/v1, read-only.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SourceOptions source;

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "The port (default: ${DEFAULT-VALUE}; 0: any free port).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDRESS",
      description =
          "The address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String bind;

  @Option(
      names = "--cache",
      defaultValue = "10000",
      paramLabel = "N",
      description =
          "Search results kept for repeated searches (default: ${DEFAULT-VALUE}; 0: none).")
  int cache;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535)
      throw new ParameterException(spec.commandLine(), "--port must be 0..65535: " + port);
    if (cache < 0)
      throw new ParameterException(spec.commandLine(), "--cache must not be negative: " + cache);
    PrintWriter out = spec.commandLine().getOut();
    try (ArchiveSource a = source.open(spec)) {
      // A collection imported without its links folder at hand is linked once, here.
      if (source.collection(spec).isPresent() && !ArchiveLinker.linked(a.linksDir())) {
        ArchiveLinker.afterImport(a.linksDir(), a.search(), Set.of());
        out.printf("linked %s into %s%n", a.name(), a.linksDir());
      }
      serve(a, bind, port, cache, out);
    }
    return 0;
  }

  /** Serves {@code a} until the process is told to stop, printing the address first. */
  static void serve(Archive a, String bind, int port, int cache, PrintWriter out) throws Exception {
    serve(ArchiveSource.of(a), bind, port, cache, out);
  }

  private static void serve(ArchiveSource a, String bind, int port, int cache, PrintWriter out)
      throws Exception {
    ArchiveLinks links = ArchiveLinks.open(a.linksDir());
    try (ReadingRoom room =
        ReadingRoom.start(
            a.search(), bind, port, cache, links, ReadingRoom.standardSections(links))) {
      SearchBackend search = a.search();
      out.printf(
          "Serving %s in %s from %s at http://%s:%d/%n",
          Plural.of(search.count(), "document"),
          Plural.of(search.volumes().size(), "volume"),
          a.name(),
          bind,
          room.port());
      out.flush();
      awaitShutdown();
    }
  }

  // Serves until the process is told to stop (Ctrl-C, SIGTERM); try-with-resources then closes the
  // server.
  private static void awaitShutdown() throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    Thread main = Thread.currentThread();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stop.countDown();
                  try {
                    main.join(5_000);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }));
    stop.await();
  }
}
