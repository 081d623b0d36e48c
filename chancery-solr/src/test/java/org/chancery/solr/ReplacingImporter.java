package org.chancery.solr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chancery.model.Document;
import org.chancery.read.ReadSummary;
import org.chancery.read.formats.Readers;

/**
 * An importer in its own process, for {@link AtomicReplacementIT} to kill: it replaces one volume
 * again and again, alternately by its first half and by the whole of it, and says so on stdout
 * ({@code writing N} before a replacement, {@code live N} once it is live, N the document count).
 *
 * <p>Arguments: {@code ZKHOST COLLECTION VOLUME_FILE}.
 */
final class ReplacingImporter {
  private ReplacingImporter() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[2]);
    List<Document> docs = new ArrayList<>();
    ReadSummary read = Readers.forFile(file).read(file, docs::add);
    List<List<Document>> versions = versions(docs);
    try (CloudJdkSolrClient client = CloudJdkSolrClient.connect(args[0]);
        SolrVolumeWriter writer = new SolrVolumeWriter(client, args[1])) {
      for (int round = 0; ; round++) {
        List<Document> version = versions.get(round % 2);
        System.out.println("writing " + version.size());
        writer.replaceVolume(read.volume().id(), read.volume().title(), version).join();
        System.out.println("live " + version.size());
        writer.finish();
      }
    }
  }

  /** The two versions of a volume: its first half, and the whole. */
  static List<List<Document>> versions(List<Document> docs) {
    return List.of(List.copyOf(docs.subList(0, docs.size() / 2)), List.copyOf(docs));
  }
}
