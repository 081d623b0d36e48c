package org.chancery.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chancery.archive.Archive;
import org.chancery.link.ArchiveLinker;
import org.chancery.search.meaning.MeaningModel;

/**
 * A reading room over a small archive for tests: the seed telegram (volume {@code seed}), the test
 * volume {@code frus9998} (four documents, 1918-1934, one whose text looks like a script) and
 * {@code frus9999} (telegram 237 of 1919, the reply "Your 237, April 30, 2 p.m.", the answer to
 * that, and a memorandum whose footnote points to the telegram), linked as {@code chancery import}
 * links them: frus9998/d2 cites d1; frus9999/d1-d3 make a thread. Started once per test JVM on a
 * free port.
 */
final class TestRoom {
  private static TestRoom shared;

  final Archive archive;
  final ReadingRoom room;
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private TestRoom(Archive archive, ReadingRoom room) {
    this.archive = archive;
    this.room = room;
  }

  /** The shared room, started on first use. */
  static synchronized TestRoom get() {
    if (shared == null) shared = start("/seed.txt", "/web/frus9998.xml", "/web/frus9999.xml");
    return shared;
  }

  /** A room of its own over the test resources {@code files}, imported and linked. */
  static TestRoom start(String... files) {
    return start(Optional.empty(), files);
  }

  /**
   * A room of its own over the test resources {@code files}, imported with their meanings (the real
   * model) and linked.
   */
  static TestRoom startWithMeanings(String... files) {
    return start(Optional.of(MeaningModel.shared()), files);
  }

  private static TestRoom start(Optional<MeaningModel> meaning, String... files) {
    try {
      Path dir = Files.createTempDirectory("chancery-web-test");
      Archive archive = Archive.open(dir.resolve("archive"));
      List<Path> paths = new java.util.ArrayList<>();
      for (String f : files) paths.add(resource(f));
      archive.importer(Archive.CHECKPOINT, meaning).importPaths(paths);
      ArchiveLinker.relink(archive);
      ArchiveLinks links = ArchiveLinks.open(archive.dir());
      ReadingRoom room =
          ReadingRoom.start(
              archive.search(),
              "127.0.0.1",
              0,
              100,
              links,
              ReadingRoom.standardSections(archive.search(), links));
      return new TestRoom(archive, room);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path resource(String name) {
    try {
      return Path.of(TestRoom.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The address of {@code path} on the room. */
  String url(String path) {
    return "http://127.0.0.1:" + room.port() + path;
  }

  /** GETs {@code path} (already encoded). */
  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
  }

  /** The body of {@code path}, which must answer {@code status}. */
  String body(String path, int status) {
    HttpResponse<String> r = get(path);
    assertEquals(status, r.statusCode(), path + ": " + r.body());
    return r.body();
  }

  /**
   * Sends {@code path} as typed, even where it is no valid URI, and returns the status line and
   * body.
   */
  String raw(String path) {
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", room.port())) {
      s.getOutputStream()
          .write(
              ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      return new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
