package org.chancery.solr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chancery.model.Document;
import org.chancery.read.DocumentReader;
import org.chancery.read.ReadSummary;
import org.chancery.read.formats.Readers;

/**
 * An importer in its own process, for {@link AtomicReplacementIT} to kill: it replaces one volume
 * again and again, alternately by its first half and by the whole of it, each time published with
 * its links as a generation, and says so on stdout ({@code writing N} before an import, {@code live
 * N} once it is published, N the document count).
 *
 * <p>Arguments: {@code ZKHOST COLLECTION VOLUME_FILE LINKS_DIR}.
 */
final class ReplacingImporter {
  private ReplacingImporter() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[2]);
    try (CloudJdkSolrClient client = CloudJdkSolrClient.connect(args[0])) {
      for (int round = 0; ; round++) {
        int version = round % 2;
        System.out.println("writing " + version);
        importVersion(new CollectionImport(client, args[1], Path.of(args[3])), file, version);
        System.out.println("live " + version);
      }
    }
  }

  /** Imports version {@code v} of the volume in {@code file}: 0 its first half, 1 the whole. */
  static void importVersion(CollectionImport into, Path file, int v) throws Exception {
    into.readers(f -> version(Readers.forFile(f), v)).importPaths(List.of(file));
  }

  // A reader that passes on the documents of version v only.
  private static DocumentReader version(DocumentReader reader, int v) {
    return (path, sink) -> {
      List<Document> docs = new ArrayList<>();
      ReadSummary read = reader.read(path, docs::add);
      versions(docs).get(v).forEach(sink);
      return read;
    };
  }

  /** The two versions of a volume: its first half, and the whole. */
  static List<List<Document>> versions(List<Document> docs) {
    return List.of(List.copyOf(docs.subList(0, docs.size() / 2)), List.copyOf(docs));
  }
}
