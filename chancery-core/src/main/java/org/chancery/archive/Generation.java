package org.chancery.archive;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * One whole state of an archive, as the last finished import left it: the documents (the search
 * index's commit, or in a Solr collection the version tag of each volume), the commit of the link
 * index and the threads file, which a reader opens together.
 *
 * <p>An archive folder keeps it in {@value #FILE}, replaced whole ({@link ArchiveFile}) only once
 * all three are on disk; a Solr collection keeps the same text in one ZooKeeper property. So a
 * server that reads it never sees new documents with old links, and an import that dies half-way
 * leaves it naming the last whole generation.
 *
 * @param number counts the imports that finished, from 1
 * @param committed when the import finished
 * @param searchCommit the generation of the search index's commit ({@code index/}); 0 in a Solr
 *     collection
 * @param linksCommit the generation of the link index's commit ({@code links/}); 0: no links
 * @param threads the name of the threads file in the archive folder
 * @param volumes the version tag of each volume, by volume id (a Solr collection); empty in an
 *     archive folder, whose search commit holds one version of each
 */
public record Generation(
    long number,
    Instant committed,
    long searchCommit,
    long linksCommit,
    String threads,
    Map<String, String> volumes) {
  /** The file in the archive folder. */
  public static final String FILE = "generation.properties";

  // The prefix of the property naming a volume's version tag.
  private static final String VOLUME = "volume.";

  public Generation {
    if (number < 1) throw new IllegalArgumentException("generation must be 1 or more: " + number);
    Objects.requireNonNull(committed, "committed");
    Objects.requireNonNull(threads, "threads");
    volumes = Map.copyOf(volumes);
  }

  /** The generation of the archive in {@code archiveDir}; empty for an archive that has none. */
  public static Optional<Generation> read(Path archiveDir) throws IOException {
    String text;
    try {
      text = Files.readString(archiveDir.resolve(FILE));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    return Optional.of(parse(text, archiveDir.resolve(FILE).toString()));
  }

  /**
   * The generation that {@code text} ({@link #text}) records, {@code where} saying where it was
   * kept.
   *
   * @throws IOException if the text is not a whole generation
   */
  public static Generation parse(String text, String where) throws IOException {
    Properties p = new Properties();
    try (Reader in = new StringReader(text)) {
      p.load(in);
    }
    try {
      Map<String, String> volumes = new TreeMap<>();
      for (String name : p.stringPropertyNames())
        if (name.startsWith(VOLUME))
          volumes.put(name.substring(VOLUME.length()), p.getProperty(name));
      return new Generation(
          Long.parseLong(p.getProperty("generation")),
          Instant.parse(p.getProperty("committed")),
          Long.parseLong(p.getProperty("search.commit")),
          Long.parseLong(p.getProperty("links.commit")),
          p.getProperty("threads"),
          volumes);
    } catch (RuntimeException e) {
      throw new IOException("unreadable generation in " + where + ": " + e, e);
    }
  }

  /** The generation after {@code last}, made of the given commits, volume tags and threads file. */
  public static Generation next(
      Optional<Generation> last,
      long searchCommit,
      Map<String, String> volumes,
      long linksCommit,
      String threads) {
    return new Generation(
        last.map(g -> g.number() + 1).orElse(1L),
        Instant.now(),
        searchCommit,
        linksCommit,
        threads,
        volumes);
  }

  /** This generation as text, in the form {@link #parse} reads. */
  public String text() {
    StringWriter w = new StringWriter();
    w.write("generation=" + number + "\n");
    w.write("committed=" + committed + "\n");
    w.write("search.commit=" + searchCommit + "\n");
    w.write("links.commit=" + linksCommit + "\n");
    w.write("threads=" + threads + "\n");
    new TreeMap<>(volumes).forEach((v, tag) -> w.write(key(VOLUME + v) + "=" + tag + "\n"));
    return w.toString();
  }

  // A property name as Properties reads it back: its separators and escapes escaped. Tags are
  // letters, digits and '-'.
  private static String key(String name) {
    return name.replaceAll("([\\\\:=#! ])", "\\\\$1");
  }

  /** Records this generation as the archive's in {@code archiveDir}, replacing the last whole. */
  public void write(Path archiveDir) throws IOException {
    ArchiveFile.replace(archiveDir, FILE, w -> w.write(text()));
  }
}
