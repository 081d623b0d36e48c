package org.chancery.serve.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  // The web server's Jetty is 12; SolrJ's Jetty 10 HTTP client is left out of the app.
  @Test
  void keepsJetty12AndNoJetty10Client() {
    assertTrue(Jetty.VERSION.startsWith("12."), Jetty.VERSION);
    assertThrows(
        ClassNotFoundException.class,
        () -> Class.forName("org.eclipse.jetty.http2.client.HTTP2Client"));
  }
}
