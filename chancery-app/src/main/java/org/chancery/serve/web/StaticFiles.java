package org.chancery.serve.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;

/** The style sheet and the one script, read once from the class path and served from memory. */
final class StaticFiles {
  private record File(String type, byte[] bytes) {}

  private final Map<String, File> files =
      Map.of(
          "chancery.css", new File("text/css; charset=utf-8", Api.resource("static/chancery.css")),
          "chancery.js",
              new File("text/javascript; charset=utf-8", Api.resource("static/chancery.js")));

  void serve(Context ctx) {
    File f = files.get(ctx.pathParam("file"));
    if (f == null) throw new NotFoundResponse("no such file");
    ctx.header("Cache-Control", "public, max-age=3600").contentType(f.type()).result(f.bytes());
  }
}
