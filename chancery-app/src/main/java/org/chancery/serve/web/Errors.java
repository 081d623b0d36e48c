package org.chancery.serve.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.validation.ValidationException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns failures into responses: JSON {@code {"status", "message"}} under {@code /api/}, an HTML
 * page elsewhere. The message says what was wrong with the request; a failure of the server says
 * only that, and the log gets the stack trace.
 */
final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private final Templates templates;

  Errors(Templates templates) {
    this.templates = templates;
  }

  /** Registers the exception handlers. */
  void register(RoutesConfig routes) {
    routes.exception(
        HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
    routes.exception(ValidationException.class, (e, ctx) -> respond(ctx, 400, message(e)));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          respond(ctx, 500, "internal error: the request could not be answered");
        });
  }

  // "offset: must be 0..10000 (got '-1')"
  private static String message(ValidationException e) {
    return e.getErrors().entrySet().stream()
        .map(
            en ->
                en.getKey()
                    + ": "
                    + en.getValue().stream()
                        .map(
                            v ->
                                describe(v.getMessage())
                                    + " (got '"
                                    + Text.clip(String.valueOf(v.value))
                                    + "')")
                        .collect(Collectors.joining("; ")))
        .collect(Collectors.joining("; "));
  }

  private static String describe(String code) {
    return switch (code) {
      case "TYPE_CONVERSION_FAILED" -> "must be a whole number";
      case "NULLCHECK_FAILED" -> "required";
      default -> code;
    };
  }

  /** Answers {@code ctx} with {@code status} and {@code message}, as JSON or HTML by path. */
  void respond(Context ctx, int status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      try {
        Json.send(
            ctx,
            g -> {
              g.writeStartObject();
              g.writeNumberField("status", status);
              g.writeStringField("message", message);
              g.writeEndObject();
            });
      } catch (java.io.IOException e) {
        ctx.result(status + " " + message);
      }
    } else {
      ctx.html(
          templates.render(
              "error.jte",
              new ErrorPage(status, HttpStatus.forStatus(status).getMessage(), message)));
    }
  }
}
