package org.chancery.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.chancery.model.Document;
import org.chancery.model.Volume;
import org.chancery.read.DocumentReader;
import org.chancery.read.ParseError;
import org.chancery.read.ReadException;
import org.chancery.read.ReadSummary;
import org.chancery.search.TestDocuments;

/**
 * A reader of made-up volumes for archive tests. Each line of the file is one instruction: {@code
 * volume ID TITLE...} names the volume; {@code doc ID WORDS...} is a document with that text;
 * {@code many N WORDS...} is N documents {@code gK} with that text and their number; {@code sleep
 * MS} pauses after each later document; {@code fail} throws a ReadException there.
 */
final class FakeVolumeReader implements DocumentReader {

  @Override
  public ReadSummary read(Path file, Consumer<Document> sink) throws IOException, ReadException {
    List<String> lines = Files.readAllLines(file);
    String volume = "?";
    String title = "";
    int count = 0;
    long sleep = 0;
    for (int i = 0; i < lines.size(); i++) {
      String[] w = lines.get(i).split(" ", 3);
      switch (w[0]) {
        case "volume" -> {
          volume = w[1];
          title = w.length > 2 ? w[2] : "";
        }
        case "doc" -> {
          sink.accept(doc(volume, w[1], w.length > 2 ? w[2] : ""));
          count++;
          pause(sleep);
        }
        case "many" -> count += many(volume, Integer.parseInt(w[1]), w[2], sink, sleep);
        case "sleep" -> sleep = Long.parseLong(w[1]);
        case "fail" ->
            throw new ReadException(new ParseError(file.toString(), i + 1, 1, "made-up failure"));
        default -> {}
      }
    }
    return new ReadSummary(new Volume(volume, title), count, List.of());
  }

  private static int many(String volume, int n, String text, Consumer<Document> sink, long sleep) {
    for (int k = 1; k <= n; k++) {
      sink.accept(doc(volume, "g" + k, text + " number" + k));
      pause(sleep);
    }
    return n;
  }

  private static Document doc(String volume, String id, String text) {
    return TestDocuments.doc(volume, id, text)
        .date("1934-01-0" + (1 + Math.abs(id.hashCode()) % 9))
        .build();
  }

  private static void pause(long ms) {
    try {
      if (ms > 0) Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Writes a made-up volume file. */
  static Path write(Path dir, String name, String... lines) throws IOException {
    Files.createDirectories(dir);
    return Files.writeString(
        dir.resolve(name), String.join("\n", new ArrayList<>(List.of(lines))) + "\n");
  }
}
