package org.chancery.link;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.chancery.archive.Generation;

/**
 * The links of an archive, followed both ways: what a document cites and what cites it. {@link
 * #open} reads those {@link ArchiveLinker} keeps in the archive folder ({@link LinkIndex}), looked
 * up by key and never read whole; {@link #of} holds links made in memory (a Solr collection's).
 */
public interface LinkStore extends Closeable {
  /** The file links were kept in before they had an index: read no more, replaced by relinking. */
  String OLD_FILE = "links.tsv";

  /** A store over links in memory. */
  static LinkStore of(Collection<Link> links) {
    return new MemoryLinks(links);
  }

  /**
   * The links stored in {@code archiveDir}; an archive without links gives an empty store.
   *
   * @throws IOException if the links cannot be read, or are kept in the old form ({@value
   *     #OLD_FILE}: the message says how to link the archive again)
   */
  static LinkStore open(Path archiveDir) throws IOException {
    if (LinkIndex.exists(archiveDir)) return LinkIndex.open(archiveDir);
    if (Files.exists(archiveDir.resolve(OLD_FILE)))
      throw new IOException(
          "the links of "
              + archiveDir
              + " are kept in an older form ("
              + OLD_FILE
              + "): import any volume again (chancery import --archive "
              + archiveDir
              + " FILE) to link the archive anew");
    return of(List.of());
  }

  /**
   * The links of {@code archiveDir} as its generation {@code g} left them, though an import may
   * have committed newer ones since.
   *
   * @throws IOException if they cannot be read, or their commit is gone
   */
  static LinkStore open(Path archiveDir, Generation g) throws IOException {
    return LinkIndex.open(archiveDir, g.linksCommit());
  }

  /**
   * The files, relative to {@code archiveDir}, that hold the links and threads of its generation
   * {@code g}: what a copy of them elsewhere must hold to open them there.
   *
   * @throws IOException if the folder does not hold them all
   */
  static List<String> files(Path archiveDir, Generation g) throws IOException {
    if (!Files.isRegularFile(archiveDir.resolve(g.threads())))
      throw new IOException("no threads file " + g.threads() + " in " + archiveDir);
    List<String> files = new ArrayList<>(LinkIndex.files(archiveDir, g.linksCommit()));
    files.add(g.threads());
    return files;
  }

  /** Whether {@code archiveDir} holds the links and threads of its generation {@code g}. */
  static boolean holds(Path archiveDir, Generation g) {
    try {
      files(archiveDir, g);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Every stored link, in archive order: by volume, then reading order. */
  List<Link> all();

  /** The links from the document {@code key}, in order. */
  List<Link> cites(String key);

  /** The resolved links that lead to the document {@code key}, in archive order. */
  List<Link> citedBy(String key);

  /** Lets go of what an open store holds; links in memory hold nothing. */
  @Override
  default void close() throws IOException {}
}
