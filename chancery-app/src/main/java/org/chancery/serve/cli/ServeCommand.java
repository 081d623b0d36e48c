package org.chancery.serve.cli;

import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chancery.archive.Archive;
import org.chancery.archive.Generation;
import org.chancery.link.LinkStore;
import org.chancery.search.SearchBackend;
import org.chancery.serve.Plural;
import org.chancery.serve.mcp.ArchiveMcpServer;
import org.chancery.serve.web.LiveArchive;
import org.chancery.serve.web.ReadingRoom;
import org.chancery.solr.CollectionImport;
import org.chancery.solr.SolrSearchBackend;
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

  @Option(
      names = "--mcp",
      description =
          "Also serve the Model Context Protocol at /mcp (Streamable HTTP), with the tools of"
              + " chancery mcp. Off unless given.")
  boolean mcp;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535)
      throw new ParameterException(spec.commandLine(), "--port must be 0..65535: " + port);
    if (cache < 0)
      throw new ParameterException(spec.commandLine(), "--cache must not be negative: " + cache);
    PrintWriter out = spec.commandLine().getOut();
    try (ArchiveSource a = source.open(spec)) {
      // A collection whose links neither the cluster nor this folder holds (imported before its
      // links were kept in the cluster, or before it had generations) is linked once, here, and
      // published as a generation with its links.
      if (a.collection().isPresent() && !linksAtHand(a)) {
        ArchiveSource.Collection c = a.collection().get();
        new CollectionImport(c.client(), c.name(), a.linksDir()).importPaths(List.of());
        out.printf("linked %s into %s%n", a.name(), a.linksDir());
      }
      serve(a, bind, mcp && port == 0 ? freePort() : port, cache, mcp, out);
    }
    return 0;
  }

  private static boolean linksAtHand(ArchiveSource a) throws IOException {
    Optional<Generation> g = a.generation();
    return g.isPresent() && LinkStore.holds(a.linksDir(), g.get());
  }

  // The MCP answers carry the reading room's address, so its port is chosen before it starts.
  private static int freePort() throws java.io.IOException {
    try (var socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Serves {@code a} until the process is told to stop, printing the address first. */
  static void serve(Archive a, String bind, int port, int cache, PrintWriter out) throws Exception {
    serve(ArchiveSource.of(a), bind, port, cache, false, out);
  }

  /**
   * Serves {@code a}, with the MCP endpoint at {@code /mcp} when {@code mcp}, until the process is
   * told to stop, printing the address first. Each generation an import publishes is served once
   * published: an archive folder's, or a collection's (its documents filtered on the generation's
   * versions, its links and threads at the commit it names in the links folder).
   */
  private static void serve(
      ArchiveSource a, String bind, int port, int cache, boolean mcp, PrintWriter out)
      throws Exception {
    String base = "http://" + bind + ":" + port;
    try (LiveArchive live = watch(a, cache)) {
      // The MCP tools, like the pages, answer each call from the generation of the moment.
      ArchiveMcpServer server = mcp ? ArchiveMcpServer.http(live.answers(base)) : null;
      Map<String, HttpServlet> servlets =
          server == null ? Map.of() : Map.of(ArchiveMcpServer.PATH, server.servlet());
      try (ReadingRoom room = ReadingRoom.start(live, bind, port, servlets)) {
        SearchBackend search = a.search();
        out.printf(
            "Serving %s in %s from %s (%s) at http://%s:%d/%s%n",
            Plural.of(search.count(), "document"),
            Plural.of(search.volumes().size(), "volume"),
            a.name(),
            live.generation()
                .map(g -> "generation " + g.number() + " of " + g.committed())
                .orElse("no generation recorded yet"),
            bind,
            room.port(),
            server == null
                ? ""
                : ", MCP at http://" + bind + ":" + room.port() + ArchiveMcpServer.PATH);
        out.flush();
        awaitShutdown();
      } finally {
        if (server != null) server.close();
      }
    }
  }

  // An archive folder's generations are in its folder; a collection's in ZooKeeper, each served
  // over the versions of its volumes that it names.
  static LiveArchive watch(ArchiveSource a, int cache) throws IOException {
    if (a.collection().isEmpty()) return LiveArchive.watch(a.linksDir(), cache);
    ArchiveSource.Collection c = a.collection().get();
    return LiveArchive.watch(
        a::generation,
        g ->
            g.isPresent()
                ? SolrSearchBackend.at(c.client(), c.name(), g.get().volumes())
                : SolrSearchBackend.of(c.client(), c.name()),
        a.linksDir(),
        cache);
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
