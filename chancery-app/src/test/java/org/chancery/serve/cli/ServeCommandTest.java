package org.chancery.serve.cli;

import static org.chancery.serve.cli.InspectCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.chancery.serve.cli.InspectCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chancery serve} and {@code chancery bench serve} from the command line. */
class ServeCommandTest {
  @TempDir Path tmp;

  @Test
  void serveRefusesAFolderWithoutAnArchive() {
    Run r = run("serve", "--archive", tmp.resolve("none").toString(), "--port", "0");
    assertEquals(2, r.exit(), r.out() + r.err());
    assertTrue(
        r.err().contains("no archive at " + tmp.resolve("none") + ": run 'chancery import' first"),
        r.err());
  }

  @Test
  void serveRefusesAPortOutOfRange() {
    Run r = run("serve", "--archive", tmp.toString(), "--port", "70000");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--port must be 0..65535: 70000"), r.err());
  }

  @Test
  void benchServeImportsServesAndReportsTheFigures() throws Exception {
    Path seed = Path.of(getClass().getResource("/seed.txt").toURI());
    Run r =
        run(
            "bench",
            "serve",
            "--archive",
            tmp.resolve("archive").toString(),
            "--import",
            seed.toString(),
            "--clients",
            "2",
            "--seconds",
            "1",
            "--warmup",
            "0");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("server: in-process, 1 document, cache 10000"), r.out());
    assertTrue(r.out().matches("(?s).*requests=\\d+ errors=0 throughput=\\d+ req/s.*"), r.out());
    assertTrue(r.out().contains("latency ms: p50="), r.out());
  }
}
