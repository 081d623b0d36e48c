package org.chancery.serve.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.http.HttpServlet;
import java.io.InputStream;
import java.io.OutputStream;
import org.chancery.serve.web.AnswerSource;

/**
 * Chancery's Model Context Protocol server: the {@link ArchiveTools} over standard input and output
 * ({@code chancery mcp}) or as a servlet speaking Streamable HTTP ({@code chancery serve --mcp}).
 */
public final class ArchiveMcpServer implements AutoCloseable {
  /** Where {@code serve --mcp} answers. */
  public static final String PATH = "/mcp";

  static final String INSTRUCTIONS =
      "Chancery holds volumes of Foreign Relations of the United States (FRUS). Search, then read"
          + " documents; follow links and threads. Every document comes with its citation and the"
          + " url of its page: cite them when you use what you read.";

  private final McpSyncServer server;
  private final HttpServlet servlet;

  private ArchiveMcpServer(McpSyncServer server, HttpServlet servlet) {
    this.server = server;
    this.servlet = servlet;
  }

  /** Serves {@code answers}' tools over {@code in} and {@code out} until {@code in} ends. */
  public static ArchiveMcpServer stdio(AnswerSource answers, InputStream in, OutputStream out) {
    var transport = new StdioServerTransportProvider(McpJsonDefaults.getMapper(), in, out);
    return new ArchiveMcpServer(configure(McpServer.sync(transport), answers), null);
  }

  /** The tools of {@code answers} as a servlet to mount at {@link #PATH}. */
  public static ArchiveMcpServer http(AnswerSource answers) {
    var transport =
        HttpServletStreamableServerTransportProvider.builder()
            .jsonMapper(McpJsonDefaults.getMapper())
            .mcpEndpoint(PATH)
            .build();
    return new ArchiveMcpServer(configure(McpServer.sync(transport), answers), transport);
  }

  private static McpSyncServer configure(
      McpServer.SyncSpecification<?> spec, AnswerSource answers) {
    return spec.serverInfo("chancery", "0.1.0")
        .instructions(INSTRUCTIONS)
        .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
        .tools(new ArchiveTools(answers).all())
        .build();
  }

  /** The servlet to mount at {@link #PATH}; only for a server made by {@link #http}. */
  public HttpServlet servlet() {
    if (servlet == null) throw new IllegalStateException("a stdio server has no servlet");
    return servlet;
  }

  @Override
  public void close() {
    server.closeGracefully();
  }
}
