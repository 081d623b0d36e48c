package org.chancery.serve.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.Jetty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolrCommandTest {
  @TempDir Path tmp;

  @Test
  void writesTheConfigset() throws Exception {
    Path out = tmp.resolve("configset");
    InspectCommandTest.Run r = InspectCommandTest.run("solr", "configset", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("wrote " + out.resolve("schema.xml")), r.out());
    assertTrue(
        Files.readString(out.resolve("schema.xml"))
            .contains("<field name=\"text\" type=\"text_historian\""));
    assertTrue(Files.exists(out.resolve("solrconfig.xml")));
  }

  @Test
  void rejectsSolrWithoutACollection() {
    InspectCommandTest.Run r =
        InspectCommandTest.run("import", "--solr", "localhost:2181", "x.xml");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--solr needs --collection NAME"), r.err());
    r = InspectCommandTest.run("serve", "--collection", "frus");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--collection needs --solr ZKHOST"), r.err());
  }

  // One command line for both engines: each command that reads an archive takes the Solr options.
  @Test
  void everyCommandThatReadsAnArchiveTakesTheSolrOptions() throws Exception {
    String queries = Files.writeString(tmp.resolve("q.txt"), "Soviet\n").toString();
    for (String[] command :
        List.of(
            new String[] {"search", "Soviet"},
            new String[] {"links"},
            new String[] {"thread", "frus1934v04/d102"},
            new String[] {"people", "Wilson"},
            new String[] {"serve"},
            new String[] {"bench", "search", "--queries", queries},
            new String[] {"bench", "serve"})) {
      List<String> args = new ArrayList<>(List.of(command));
      args.addAll(List.of("--collection", "frus"));
      InspectCommandTest.Run r = InspectCommandTest.run(args.toArray(String[]::new));
      assertEquals(2, r.exit(), args + ": " + r.err());
      assertTrue(r.err().contains("--collection needs --solr ZKHOST"), args + ": " + r.err());
    }
  }

  @Test
  void rejectsLinksWithoutSolrAndACollectionNameThatIsNotOne() {
    InspectCommandTest.Run r = InspectCommandTest.run("serve", "--links", tmp.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--links needs --solr"), r.err());
    r = InspectCommandTest.run("search", "--solr", "localhost:2181", "--collection", "a/b", "x");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--collection must be letters"), r.err());
  }

  // The environment's Solr settings are read before ZooKeeper is asked (none listens on port 1):
  // one that cannot be used is a file the command cannot use, said in one line, no stack trace.
  @Test
  void reportsAnUnusableTrustStoreOrCredentialsInOneLine() throws Exception {
    Path store = tmp.resolve("missing.p12");
    Solr r =
        solr(
            Map.of(
                "CHANCERY_SOLR_TRUSTSTORE",
                store.toString(),
                "CHANCERY_SOLR_TRUSTSTORE_PASSWORD",
                "secret"),
            "search",
            "--solr",
            "127.0.0.1:1",
            "--collection",
            "frus",
            "cotton");
    assertEquals(3, r.exit(), r.err());
    assertEquals(
        "chancery search: the Solr trust store "
            + store
            + " (CHANCERY_SOLR_TRUSTSTORE) does not exist",
        r.err().strip());
    r =
        solr(
            Map.of("CHANCERY_SOLR_AUTH_FILE", tmp.resolve("no-auth").toString()),
            "import",
            "--solr",
            "127.0.0.1:1",
            "--collection",
            "frus",
            tmp.toString());
    assertEquals(3, r.exit(), r.err());
    assertEquals(
        "chancery import: cannot read the Solr credentials in "
            + tmp.resolve("no-auth")
            + ": no such file",
        r.err().strip());
  }

  record Solr(int exit, String err) {}

  // The settings are environment variables: a JVM of its own, with them.
  private Solr solr(Map<String, String> env, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Chancery.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().keySet().removeIf(k -> k.startsWith("CHANCERY_SOLR_"));
    pb.environment().putAll(env);
    Process p = pb.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chancery did not finish: " + err);
    return new Solr(p.exitValue(), err);
  }

  // The web server's Jetty is 12; SolrJ's Jetty 10 HTTP client is left out of the app.
  @Test
  void keepsJetty12AndNoJetty10Client() {
    assertTrue(Jetty.VERSION.startsWith("12."), Jetty.VERSION);
    assertThrows(
        ClassNotFoundException.class,
        () -> Class.forName("org.eclipse.jetty.http2.client.HTTP2Client"));
  }
}
