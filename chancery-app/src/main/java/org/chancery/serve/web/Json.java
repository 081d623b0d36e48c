package org.chancery.serve.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Writes JSON responses with Jackson's streaming generator. */
final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Something that writes one JSON value. */
  @FunctionalInterface
  interface Writer {
    void write(JsonGenerator g) throws IOException;
  }

  private Json() {}

  /** Sends what {@code w} writes as the response body, {@code application/json}. */
  static void send(Context ctx, Writer w) throws IOException {
    ctx.contentType("application/json; charset=utf-8").result(bytes(w));
  }

  static byte[] bytes(Writer w) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      w.write(g);
    }
    return out.toByteArray();
  }
}
