package org.chancery.serve.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/** A running server's archive answer, asked over HTTP until it serves a generation. */
final class ServedGenerations {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final IntSupplier port;

  ServedGenerations(HttpClient http, IntSupplier port) {
    this.http = http;
    this.port = port;
  }

  /** GETs {@code path} from the server. */
  HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getAsInt() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** {@code /api/v1/archive}: the generation served, when it was committed, its volumes. */
  JsonNode archive() throws Exception {
    HttpResponse<String> r = get("/api/v1/archive");
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  /** The archive answer once the server serves generation {@code number}, with {@code volumes}. */
  JsonNode awaitGeneration(long number, int volumes) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      JsonNode a = archive();
      if (a.get("generation").asLong() == number) {
        assertEquals(volumes, a.get("volumes").asInt(), a::toString);
        assertTrue(!a.get("committed").isNull(), a::toString);
        return a;
      }
      assertTrue(System.nanoTime() < until, "not served within 10 s: " + a + ", not " + number);
      Thread.sleep(50);
    }
  }
}
