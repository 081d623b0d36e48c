package org.chancery.read.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.chancery.read.DocumentReader;
import org.chancery.read.tei.TeiVolumeReader;
import org.chancery.read.text.PlainTextReader;

/** Chooses the reader for a file, and expands folders into the files Chancery can read. */
public final class Readers {
  private Readers() {}

  /**
   * The reader for {@code file}: TEI for {@code .xml}, plain text for {@code .txt}; otherwise TEI
   * when the file starts with {@code <}, else plain text.
   */
  public static DocumentReader forFile(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xml")) return tei();
    if (name.endsWith(".txt")) return new PlainTextReader();
    return startsWithMarkup(file) ? tei() : new PlainTextReader();
  }

  private static DocumentReader tei() {
    return new TeiVolumeReader();
  }

  private static boolean startsWithMarkup(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(64);
      String s =
          new String(head, java.nio.charset.StandardCharsets.UTF_8)
              .replace("\uFEFF", "")
              .stripLeading();
      return s.startsWith("<");
    }
  }

  /**
   * The files to read for the given paths: files as given, folders walked for {@code .xml} and
   * {@code .txt} files in name order.
   *
   * @throws IOException if a path does not exist or a folder cannot be walked
   */
  public static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(Readers::readable).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        throw new java.nio.file.NoSuchFileException(p.toString(), null, "no such file or folder");
      }
    }
    return files;
  }

  private static boolean readable(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".xml") || n.endsWith(".txt");
  }
}
