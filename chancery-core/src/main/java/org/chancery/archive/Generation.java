package org.chancery.archive;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * One whole state of an archive, as the last finished import left it: the commits of the search
 * index and of the link index, and the threads file, which a reader opens together.
 *
 * <p>Kept in {@value #FILE}, replaced whole ({@link ArchiveFile}) only once all three are on disk,
 * so a server that reads it never sees new documents with old links, and an import that dies
 * half-way leaves it naming the last whole generation.
 *
 * @param number counts the imports that finished, from 1
 * @param committed when the import finished
 * @param searchCommit the generation of the search index's commit ({@code index/})
 * @param linksCommit the generation of the link index's commit ({@code links/}); 0: no links
 * @param threads the name of the threads file in the archive folder
 */
public record Generation(
    long number, Instant committed, long searchCommit, long linksCommit, String threads) {
  /** The file in the archive folder. */
  public static final String FILE = "generation.properties";

  public Generation {
    if (number < 1) throw new IllegalArgumentException("generation must be 1 or more: " + number);
    Objects.requireNonNull(committed, "committed");
    Objects.requireNonNull(threads, "threads");
  }

  /** The generation of the archive in {@code archiveDir}; empty for an archive that has none. */
  public static Optional<Generation> read(Path archiveDir) throws IOException {
    String text;
    try {
      text = Files.readString(archiveDir.resolve(FILE));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader in = new StringReader(text)) {
      p.load(in);
    }
    try {
      return Optional.of(
          new Generation(
              Long.parseLong(p.getProperty("generation")),
              Instant.parse(p.getProperty("committed")),
              Long.parseLong(p.getProperty("search.commit")),
              Long.parseLong(p.getProperty("links.commit")),
              p.getProperty("threads")));
    } catch (RuntimeException e) {
      throw new IOException("unreadable " + FILE + " in " + archiveDir + ": " + e, e);
    }
  }

  /** The generation after this one, made of the given commits and threads file. */
  public static Generation next(
      Optional<Generation> last, long searchCommit, long linksCommit, String threads) {
    return new Generation(
        last.map(g -> g.number() + 1).orElse(1L),
        Instant.now(),
        searchCommit,
        linksCommit,
        threads);
  }

  /** Records this generation as the archive's in {@code archiveDir}, replacing the last whole. */
  public void write(Path archiveDir) throws IOException {
    ArchiveFile.replace(
        archiveDir,
        FILE,
        w -> {
          w.write("generation=" + number + "\n");
          w.write("committed=" + committed + "\n");
          w.write("search.commit=" + searchCommit + "\n");
          w.write("links.commit=" + linksCommit + "\n");
          w.write("threads=" + threads + "\n");
        });
  }
}
