package org.chancery.serve.cli;

import static org.chancery.serve.cli.InspectCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLHandshakeException;
import org.chancery.serve.cli.InspectCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Each exit code of {@code chancery} means one thing, and the help lists them all. */
class ExitCodesTest {
  @TempDir Path tmp;

  @Test
  void codesAreDistinctAndPicocliKeepsItsOwn() {
    List<Integer> codes =
        List.of(
            ExitCodes.OK,
            ExitCodes.SOFTWARE,
            ExitCodes.USAGE,
            ExitCodes.CANNOT_USE,
            ExitCodes.INPUT_FAILED,
            ExitCodes.REQUESTS_FAILED);
    assertEquals(List.of(0, 1, 2, 3, 4, 5), codes);
    assertEquals(
        codes.stream().map(String::valueOf).toList(), List.copyOf(ExitCodes.meanings().keySet()));
  }

  @Test
  void theHelpListsEveryCode() {
    Run r = run("--help");
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    String list = r.out().substring(r.out().indexOf("Exit codes:"));
    ExitCodes.meanings()
        .forEach((code, meaning) -> assertTrue(list.contains("  " + code + "   " + meaning), list));
    assertTrue(list.contains("  4   some input could not be read"), list);
  }

  @Test
  void aBugIsASoftwareErrorWithItsTrace() {
    StringWriter err = new StringWriter();
    CommandLine cli = Chancery.commandLine().addSubcommand(new Broken());
    cli.setErr(new PrintWriter(err));
    assertEquals(ExitCodes.SOFTWARE, cli.execute("broken"));
    assertTrue(err.toString().contains("IllegalStateException: broken on purpose"), err.toString());
  }

  @Test
  void aTlsConnectionThatFailedCannotBeUsed() {
    StringWriter err = new StringWriter();
    CommandLine cli = Chancery.commandLine().addSubcommand(new Untrusted());
    cli.setErr(new PrintWriter(err));
    assertEquals(ExitCodes.CANNOT_USE, cli.execute("untrusted"));
    assertEquals(
        "chancery untrusted: a TLS connection to the Solr cluster failed (PKIX path building"
            + " failed): CHANCERY_SOLR_TRUSTSTORE must name a PKCS12 store holding the authority"
            + " that signed the nodes' certificates",
        err.toString().strip());
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Run r = run("links", "--nope");
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().startsWith("Unknown option: '--nope'"), r.err());
  }

  @Test
  void aFolderThatIsNotAnArchiveCannotBeUsed() throws Exception {
    Path notes = Files.createDirectories(tmp.resolve("notes"));
    Files.writeString(notes.resolve("mine.txt"), "mine");
    Run r = run("import", "--archive", notes.toString(), tmp.resolve("none.txt").toString());
    assertEquals(ExitCodes.CANNOT_USE, r.exit());
    assertTrue(r.err().contains("chancery import: not a Chancery archive"), r.err());
  }

  @Test
  void aClusterThatCannotBeReachedCannotBeUsed() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    Run r = run("search", "--solr", "127.0.0.1:" + closed, "--collection", "frus", "cotton");
    assertEquals(ExitCodes.CANNOT_USE, r.exit(), r.err());
    assertTrue(
        r.err().contains("chancery search: cannot reach the SolrCloud cluster's ZooKeeper at"),
        r.err());
  }

  @Test
  void aMissingInputFileFailsTheInput() {
    Run r = run("inspect", tmp.resolve("missing.txt").toString());
    assertEquals(ExitCodes.INPUT_FAILED, r.exit());
    assertEquals(
        "error: " + tmp.resolve("missing.txt") + ": no such file or folder", r.err().strip());
  }

  @Test
  void benchServeSaysWhenRequestsFailed() {
    Run r =
        run(
            "bench",
            "serve",
            "--url",
            "http://127.0.0.1:1",
            "--clients",
            "1",
            "--seconds",
            "1",
            "--warmup",
            "0");
    assertEquals(ExitCodes.REQUESTS_FAILED, r.exit(), r.out() + r.err());
    assertTrue(r.out().matches("(?s).*requests=(\\d+) errors=\\1 .*"), r.out());
  }

  /**
   * A command that meets a server it does not trust, as Solr's client reports it: wrapped twice.
   */
  @Command(name = "untrusted")
  static final class Untrusted implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException(
          "IOException occurred when talking to server",
          new IOException(new SSLHandshakeException("PKIX path building failed")));
    }
  }

  /** A command with a bug. */
  @Command(name = "broken")
  static final class Broken implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("broken on purpose");
    }
  }
}
