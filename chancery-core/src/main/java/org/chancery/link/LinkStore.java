package org.chancery.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.archive.ArchiveFile;

/**
 * The links of an archive, kept in {@code links.tsv} in its directory so that search, CLI and web
 * can follow them both ways: what a document cites and what cites it.
 *
 * <p>The file is UTF-8, one link per line after a header, tab-separated in the order of {@link
 * Link}'s components (candidates joined by spaces, absent target as "-", the basis as {@link
 * Basis#text()}); tabs, newlines and backslashes in text are escaped. It is written whole to a
 * temporary file and moved into place, so a reader never sees half of it.
 */
public final class LinkStore {
  /** The file name inside an archive directory. */
  public static final String FILE = "links.tsv";

  private static final String HEADER =
      "#chancery-links-2\tsource\tphrase\ttarget\tstatus\tevidence\tcandidates\tkind\titem\tblock\tstart\tend\treason\tbasis";

  private final List<Link> links;
  private final Map<String, List<Link>> cites = new HashMap<>();
  private final Map<String, List<Link>> citedBy = new HashMap<>();

  private LinkStore(List<Link> links) {
    this.links = List.copyOf(links);
    for (Link l : this.links) {
      cites.computeIfAbsent(l.source(), k -> new ArrayList<>()).add(l);
      l.target().ifPresent(t -> citedBy.computeIfAbsent(t, k -> new ArrayList<>()).add(l));
    }
  }

  /** A store over links in memory. */
  public static LinkStore of(Collection<Link> links) {
    return new LinkStore(new ArrayList<>(links));
  }

  /** Writes {@code links} to {@code archiveDir}, replacing any links stored there. */
  public static void write(Path archiveDir, Collection<Link> links) throws IOException {
    ArchiveFile.replace(
        archiveDir,
        FILE,
        w -> {
          w.write(HEADER);
          w.newLine();
          for (Link l : links) {
            w.write(line(l));
            w.newLine();
          }
        });
  }

  /**
   * Reads the links stored in {@code archiveDir}; an archive without links gives an empty store.
   *
   * @throws IOException if the file cannot be read, or a line is not a link (the message names the
   *     line)
   */
  public static LinkStore open(Path archiveDir) throws IOException {
    Path file = archiveDir.resolve(FILE);
    if (!Files.exists(file)) return of(List.of());
    List<Link> links = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("#") || lines.get(i).isEmpty()) continue;
      try {
        links.add(parse(lines.get(i)));
      } catch (RuntimeException e) {
        throw new IOException(
            file
                + ":"
                + (i + 1)
                + ":1: expected a link of 13 tab-separated fields: "
                + e.getMessage(),
            e);
      }
    }
    return new LinkStore(links);
  }

  /** Every stored link. */
  public List<Link> all() {
    return links;
  }

  /** The links from the document {@code key}, in order. */
  public List<Link> cites(String key) {
    return List.copyOf(cites.getOrDefault(key, List.of()));
  }

  /** The resolved links that lead to the document {@code key}. */
  public List<Link> citedBy(String key) {
    return List.copyOf(citedBy.getOrDefault(key, List.of()));
  }

  private static String line(Link l) {
    return String.join(
        "\t",
        esc(l.source()),
        esc(l.phrase()),
        esc(l.target().orElse("-")),
        l.status().name(),
        l.evidence().name(),
        esc(String.join(" ", l.candidates())),
        l.kind().name(),
        String.valueOf(l.item()),
        String.valueOf(l.block()),
        String.valueOf(l.start()),
        String.valueOf(l.end()),
        esc(l.reason()),
        l.basis().text());
  }

  private static Link parse(String line) {
    String[] f = line.split("\t", -1);
    // Links stored before bases were kept (12 fields) read with no basis; linking again gives one.
    if (f.length != 13 && f.length != 12)
      throw new IllegalArgumentException("found " + f.length + " fields");
    String target = unesc(f[2]);
    String cands = unesc(f[5]);
    return new Link(
        unesc(f[0]),
        unesc(f[1]),
        target.equals("-") ? Optional.empty() : Optional.of(target),
        Link.Status.valueOf(f[3]),
        Link.Evidence.valueOf(f[4]),
        cands.isEmpty() ? List.of() : Arrays.asList(cands.split(" ")),
        Link.Kind.valueOf(f[6]),
        Integer.parseInt(f[7]),
        Integer.parseInt(f[8]),
        Integer.parseInt(f[9]),
        Integer.parseInt(f[10]),
        unesc(f[11]),
        f.length == 13 ? Basis.parse(f[12]) : Basis.NONE);
  }

  private static String esc(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unesc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        b.append(c);
        continue;
      }
      char n = s.charAt(++i);
      b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
    }
    return b.toString();
  }
}
