package org.chancery.serve.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chancery.Corpus;
import org.chancery.serve.cli.Chancery;

/**
 * The archive the MCP tests talk to: two shared volumes (1918 Russia, 1934 American Republics)
 * imported and linked as {@code chancery import} does, once per test JVM; and the command line that
 * starts {@code chancery mcp} over it as a separate process.
 */
final class McpArchive {
  private static Path dir;

  private McpArchive() {}

  /** The archive folder, imported on first use. */
  static synchronized Path dir() {
    if (dir == null) dir = importVolumes();
    return dir;
  }

  private static Path importVolumes() {
    try {
      Path d = Files.createTempDirectory("chancery-mcp-test").resolve("archive");
      int code =
          Chancery.commandLine()
              .execute(
                  "import",
                  "--archive",
                  d.toString(),
                  Corpus.volume("frus1918Russiav03").toString(),
                  Corpus.volume("frus1934v04").toString());
      assertEquals(0, code, "import of the two volumes");
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code java -cp <this JVM's class path> ... chancery mcp --archive DIR}. */
  static List<String> mcpCommand() {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Chancery.class.getName());
    cmd.add("mcp");
    cmd.add("--archive");
    cmd.add(dir().toString());
    return cmd;
  }
}
