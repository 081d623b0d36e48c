package org.chancery.serve.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chancery.archive.Archive;
import org.chancery.serve.mcp.ArchiveMcpServer;
import org.chancery.serve.web.LiveArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code chancery mcp}: the archive as a Model Context Protocol server over standard input and
 * output, for an assistant that starts it.
 */
@Command(
    name = "mcp",
    description = {
      "Serve an archive to an assistant over the Model Context Protocol, on standard input and"
          + " output (the assistant starts this command).",
      "Tools: search, read_document, links, thread, related, person, decode_file_number. Every"
          + " document in an answer carries its citation and its url in the reading room."
    })
final class McpCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ArchiveOption archive;

  @Option(
      names = "--base-url",
      defaultValue = "http://localhost:7070",
      paramLabel = "URL",
      description =
          "Where the reading room of this archive is served (chancery serve), for the documents'"
              + " urls (default: ${DEFAULT-VALUE}).")
  String baseUrl;

  @Override
  public Integer call() throws Exception {
    checkBaseUrl(spec, baseUrl);
    try (Archive a = archive.openExisting(spec);
        // Each tool call answers from the archive's generation of the moment, as the reading
        // room does: an import while an assistant is connected is seen at its next call.
        LiveArchive live = LiveArchive.watch(a.dir(), 1000)) {
      CountDownLatch ended = new CountDownLatch(1);
      // Standard output is the protocol's: nothing else may be written there.
      try (ArchiveMcpServer server =
          ArchiveMcpServer.stdio(
              live.answers(baseUrl), new EndAware(System.in, ended), System.out)) {
        ended.await();
      }
    }
    return 0;
  }

  /** A usage error unless {@code url} is an http or https address. */
  static void checkBaseUrl(CommandSpec spec, String url) {
    URI u;
    try {
      u = new URI(url);
    } catch (java.net.URISyntaxException e) {
      throw new ParameterException(spec.commandLine(), "--base-url is not a URL: '" + url + "'");
    }
    if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null)
      throw new ParameterException(
          spec.commandLine(),
          "--base-url must be an http or https address such as http://localhost:7070, not '"
              + url
              + "'");
  }

  // Tells when the assistant has closed our input: the session is over.
  private static final class EndAware extends FilterInputStream {
    private final CountDownLatch ended;

    EndAware(InputStream in, CountDownLatch ended) {
      super(in);
      this.ended = ended;
    }

    @Override
    public int read() throws IOException {
      return ended(super.read());
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return ended(super.read(b, off, len));
    }

    private int ended(int n) {
      if (n < 0) ended.countDown();
      return n;
    }
  }
}
