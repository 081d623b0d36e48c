package org.chancery.serve.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A second MCP implementation speaks to {@code chancery mcp}: the Python SDK ({@code pip install
 * mcp}), through {@code scripts/mcp_stdio_check.py}. Skipped when python3 or its {@code mcp}
 * package is missing, unless {@code -Dchancery.python.required=true} (CI), where that fails.
 */
class PythonMcpClientTest {
  private static final Path SCRIPT = Path.of("..", "scripts", "mcp_stdio_check.py");

  @Test
  void pythonClientListsSearchesReadsFollowsAndDecodes() throws Exception {
    requirePythonMcp();
    List<String> cmd = new ArrayList<>(List.of("python3", SCRIPT.toString()));
    cmd.addAll(McpArchive.mcpCommand());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the Python client did not finish:\n" + out);
    assertEquals(0, p.exitValue(), out);
    assertEquals(6, out.lines().filter(l -> l.startsWith("ok ")).count(), out);
  }

  private static void requirePythonMcp() throws Exception {
    String missing = null;
    if (!Files.isRegularFile(SCRIPT)) missing = "no script at " + SCRIPT.toAbsolutePath();
    else {
      try {
        Process p = new ProcessBuilder("python3", "-c", "import mcp").start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0)
          missing = "python3 has no 'mcp' package: pip install mcp";
      } catch (java.io.IOException e) {
        missing = "no python3: " + e.getMessage();
      }
    }
    if (missing == null) return;
    if (Boolean.getBoolean("chancery.python.required")) fail(missing);
    Assumptions.abort(missing);
  }
}
