package org.chancery.serve.cli;

import jakarta.servlet.http.HttpServlet;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chancery.archive.Archive;
import org.chancery.link.ArchiveLinker;
import org.chancery.link.LinkStore;
import org.chancery.link.Linker;
import org.chancery.search.SearchBackend;
import org.chancery.serve.Plural;
import org.chancery.serve.mcp.ArchiveMcpServer;
import org.chancery.serve.web.LiveArchive;
import org.chancery.serve.web.ReadingRoom;
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

  @Mixin ArchiveOption archive;

  @Mixin SolrOption solr;

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
    Optional<String> collection = solr.collection(spec);
    if (mcp && collection.isPresent())
      throw new ParameterException(
          spec.commandLine(), "--mcp serves an archive folder; it does not work with --solr yet");
    if (collection.isPresent()) {
      serveSolr(solr.zkHost, collection.get(), spec.commandLine().getOut());
      return 0;
    }
    try (Archive a = open()) {
      serve(a, bind, mcp && port == 0 ? freePort() : port, cache, mcp, spec.commandLine().getOut());
    }
    return 0;
  }

  // The MCP answers carry the reading room's address, so its port is chosen before it starts.
  private static int freePort() throws java.io.IOException {
    try (var socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  // A collection has no links stored with it: they are made here, over the collection, at start.
  private void serveSolr(String zkHost, String collection, PrintWriter out) throws Exception {
    try (SolrSearchBackend search = SolrSearchBackend.connect(zkHost, collection)) {
      LinkStore links = LinkStore.of(ArchiveLinker.link(search, Linker.Options.DEFAULT));
      try (ReadingRoom room =
          ReadingRoom.start(search, bind, port, cache, ReadingRoom.standardSections(links))) {
        out.printf(
            "Serving %s in %s from Solr collection %s at %s, %s, at http://%s:%d/%n",
            Plural.of(search.count(), "document"),
            Plural.of(search.volumes().size(), "volume"),
            collection,
            zkHost,
            Plural.of(links.all().size(), "link"),
            bind,
            room.port());
        out.flush();
        awaitShutdown();
      }
    }
  }

  /** Serves {@code a} until the process is told to stop, printing the address first. */
  static void serve(Archive a, String bind, int port, int cache, PrintWriter out) throws Exception {
    serve(a, bind, port, cache, false, out);
  }

  /**
   * Serves {@code a}, with the MCP endpoint at {@code /mcp} when {@code mcp}, until the process is
   * told to stop, printing the address first.
   */
  static void serve(Archive a, String bind, int port, int cache, boolean mcp, PrintWriter out)
      throws Exception {
    String base = "http://" + bind + ":" + port;
    try (LiveArchive live = LiveArchive.watch(a.dir(), cache)) {
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
            a.dir(),
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

  private Archive open() throws Exception {
    try {
      return Archive.openExisting(archive.dir);
    } catch (NoSuchFileException e) {
      throw new ParameterException(
          spec.commandLine(), "no archive in '" + archive.dir + "': import volumes first");
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
