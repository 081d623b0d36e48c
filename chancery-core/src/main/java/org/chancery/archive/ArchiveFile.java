package org.chancery.archive;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A text file kept beside an archive's index (links, threads), replaced whole: written to a
 * temporary file in the same folder, then moved over the old one, so a reader or a crash never sees
 * it half-written.
 */
public final class ArchiveFile {
  /** Writes the file's lines. */
  @FunctionalInterface
  public interface Body {
    void write(BufferedWriter out) throws IOException;
  }

  private ArchiveFile() {}

  /** Replaces {@code dir/name} with what {@code body} writes (UTF-8). */
  public static void replace(Path dir, String name, Body body) throws IOException {
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, name, ".tmp");
    try {
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        body.write(w);
      }
      // On disk before the move names it: after a crash the name holds the old file or the new.
      try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        c.force(true);
      }
      move(tmp, dir.resolve(name));
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
