package org.chancery.serve.web;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServlet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chancery.link.LinkStore;
import org.chancery.search.SearchBackend;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * The reading room: a read-only web server over an archive's search backend, with HTML pages
 * ({@code /}, {@code /search}, {@code /frus1934v04}, {@code /frus1934v04/d101}, {@code
 * /thread/frus1934v04/d101}, {@code /people/wilson-hugh-robert}, {@code /files/861.20}) and a JSON
 * API ({@code /api/v1}). Nothing runs until {@link #start}.
 *
 * <p>Every response carries a Content-Security-Policy that allows only this site's own style sheet
 * and script, and {@code X-Content-Type-Options: nosniff}.
 */
public final class ReadingRoom implements AutoCloseable {
  /** The Content-Security-Policy of every response. */
  public static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /**
   * The sections every document page shows when the archive has them: people and file numbers,
   * references and citations.
   */
  public static List<DocumentSections> standardSections(SearchBackend search, LinkStore links) {
    return List.of(new PeopleSections(Understood.of(search)), new LinkSections(links));
  }

  /** The standard sections over the archive {@code search} reads and its {@code links}. */
  public static List<DocumentSections> standardSections(SearchBackend search, ArchiveLinks links) {
    return standardSections(search, links.links());
  }

  private final Javalin app;

  private ReadingRoom(Javalin app) {
    this.app = app;
  }

  /**
   * Starts serving {@code backend} on {@code host}:{@code port} (0: any free port).
   *
   * @param cacheSize how many search results to keep (0: none)
   * @param sections contributors of extra sections on document pages (links, people), in order
   */
  public static ReadingRoom start(
      SearchBackend backend,
      String host,
      int port,
      int cacheSize,
      List<DocumentSections> sections) {
    return start(backend, host, port, cacheSize, ArchiveLinks.NONE, sections);
  }

  /**
   * Starts serving {@code backend} on {@code host}:{@code port} (0: any free port), with the
   * archive's {@code links} in document bodies, thread sections and pages, and the links API.
   *
   * @param cacheSize how many search results to keep (0: none)
   * @param sections contributors of extra sections on document pages (links, people), in order
   */
  public static ReadingRoom start(
      SearchBackend backend,
      String host,
      int port,
      int cacheSize,
      ArchiveLinks links,
      List<DocumentSections> sections) {
    return start(backend, host, port, cacheSize, links, sections, Map.of());
  }

  /**
   * As {@link #start(SearchBackend, String, int, int, ArchiveLinks, List)}, with {@code servlets}
   * mounted beside the pages, each at its path (the MCP endpoint at {@code /mcp}). They answer
   * outside the pages' handlers: no size limit on requests, no page headers.
   */
  public static ReadingRoom start(
      SearchBackend backend,
      String host,
      int port,
      int cacheSize,
      ArchiveLinks links,
      List<DocumentSections> sections,
      Map<String, HttpServlet> servlets) {
    Templates templates = new Templates();
    LiveArchive fixed =
        LiveArchive.fixed(ArchiveView.of(backend, links, sections, cacheSize, templates));
    return start(fixed, host, port, servlets);
  }

  /**
   * Starts serving {@code live} on {@code host}:{@code port} (0: any free port), each request
   * answered from the generation current when it began, with {@code servlets} mounted beside the
   * pages as in {@link #start(SearchBackend, String, int, int, ArchiveLinks, List, Map)}.
   */
  public static ReadingRoom start(
      LiveArchive live, String host, int port, Map<String, HttpServlet> servlets) {
    Objects.requireNonNull(host, "host");
    Templates templates = new Templates();
    Javalin app =
        Javalin.create(
            config -> {
              configure(config, live, templates);
              config.jetty.modifyServletContextHandler(h -> mount(h, servlets));
            });
    return new ReadingRoom(app.start(host, port));
  }

  private static void mount(ServletContextHandler handler, Map<String, HttpServlet> servlets) {
    servlets.forEach(
        (path, servlet) -> {
          ServletHolder holder = new ServletHolder(servlet);
          holder.setAsyncSupported(true); // Streamable HTTP answers on a server-sent event stream
          handler.addServlet(holder, path);
        });
  }

  private static void configure(JavalinConfig config, LiveArchive live, Templates templates) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = 16 * 1024; // read-only: no request needs a body
    config.router.ignoreTrailingSlashes = true;
    new Errors(templates).register(config.routes);
    Served served = new Served(live);
    StaticFiles files = new StaticFiles();
    config.routes.apiBuilder(
        () -> {
          io.javalin.apibuilder.ApiBuilder.before(ReadingRoom::secure);
          get("/static/{file}", files::serve);
          path(
              "/api/v1",
              () -> {
                get("/openapi.json", served.api(Api::openApi));
                get("/archive", served.api(Api::archive));
                get("/search", served.api(Api::search));
                get("/volumes", served.api(Api::volumes));
                get("/volumes/{volume}", served.api(Api::volume));
                get("/documents/{volume}/{id}", served.api(Api::document));
                get("/documents/{volume}/{id}/related", served.api(Api::related));
                get("/links/{volume}/{id}", served.api(Api::links));
                get("/threads/{volume}/{id}", served.api(Api::thread));
                get("/people", served.api(Api::people));
                get("/people/{person}", served.api(Api::person));
                get("/network", served.api(Api::network));
              });
          get("/", served.page(Pages::home));
          get("/search", served.page(Pages::search));
          get("/thread/{volume}/{id}", served.page(Pages::thread));
          get("/people/{person}", served.page(Pages::person));
          get("/network", served.page(Pages::network));
          get("/files/{prefix}", served.page(Pages::file));
          get("/eras/{era}", served.page(Pages::era));
          path(
              "/{volume}",
              () -> {
                get(served.page(Pages::volume));
                path(
                    "/{id}",
                    () -> {
                      get(served.page(Pages::document));
                      get("/citation.bib", served.page(Pages::bibtex));
                      get("/citation.ris", served.page(Pages::ris));
                    });
              });
        });
  }

  private static void secure(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** Stops the server; the backend, or the live archive, stays open. */
  @Override
  public void close() {
    app.stop();
  }
}
