package org.chancery.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.chancery.Corpus;
import org.chancery.archive.Generation;
import org.chancery.link.ArchiveLinker;
import org.chancery.link.Link;
import org.chancery.link.LinkStore;
import org.chancery.link.Linker;
import org.chancery.link.Threads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collection's links live in the cluster: an import stores them before it publishes, a folder on
 * another machine (an empty one) fetches exactly what the importer's holds, an importer starting
 * from an empty folder links only what its volumes change, and only the last two generations' files
 * are kept. A part missing from the cluster is an error naming the file.
 */
class LinkFilesTest {
  static final String COLLECTION = "linkfiles";

  @TempDir Path first;
  @TempDir Path second;
  @TempDir Path third;

  @Test
  void keepsTheLinksInTheClusterForEveryMachine() throws Exception {
    SolrCloud.createCollection(COLLECTION, 2, 1);
    Path nicaragua = Corpus.volume("frus1894Nicaragua");
    Path russia = Corpus.volume("frus1918Russiav03");
    try (CloudJdkSolrClient client = CloudJdkSolrClient.connect(SolrCloud.zkHost())) {
      LinkFiles files = new LinkFiles(client, COLLECTION);
      Generation g1 =
          new CollectionImport(client, COLLECTION, first)
              .importPaths(List.of(nicaragua))
              .generation();

      // Another machine: an empty folder gets the importer's links and threads of g1.
      assertFalse(LinkStore.holds(second, g1));
      assertTrue(files.fetch(second, g1));
      assertEquals(links(first, g1), links(second, g1));
      assertEquals(threads(first, g1), threads(second, g1));

      // An import from a fresh folder starts from the stored links: the volume already there is
      // not linked again, and the links are those of linking the whole collection anew.
      CollectionImport.Result added =
          new CollectionImport(client, COLLECTION, third).importPaths(List.of(russia));
      Generation g2 = added.generation();
      SolrSearchBackend search = SolrSearchBackend.at(client, COLLECTION, g2.volumes());
      int russian = search.count() - SolrSearchBackend.at(client, COLLECTION, g1.volumes()).count();
      assertTrue(
          added.linked().relinked() < search.count(),
          "relinked " + added.linked().relinked() + " of " + search.count());
      assertTrue(added.linked().relinked() >= russian);
      assertEquals(
          multiset(ArchiveLinker.link(search, Linker.Options.DEFAULT)), multiset(links(third, g2)));

      // The first machine's folder, a generation behind, is brought up to g2.
      assertTrue(files.fetch(first, g2));
      assertEquals(links(third, g2), links(first, g2));
      assertEquals(threads(third, g2), threads(first, g2));

      // A third publish keeps the lists of g2 and g3 only, and the files they name.
      Generation g3 =
          new CollectionImport(client, COLLECTION, first).importPaths(List.of(russia)).generation();
      assertEquals(3, g3.number());
      assertEquals(2, count(client, files, "_tag:generation"));
      Map<String, Integer> kept = new java.util.TreeMap<>();
      for (Path dir : List.of(third, first))
        for (String f : LinkStore.files(dir, dir.equals(first) ? g3 : g2)) {
          LinkFiles.Stored s = LinkFiles.Stored.of(dir, f);
          kept.put(s.id(), s.parts());
        }
      assertEquals(
          kept.values().stream().mapToLong(Integer::longValue).sum(),
          count(client, files, "_tag:file"),
          "the store holds other files than those of g2 and g3");

      // A part gone from the cluster: the fetch names the file, and the folder keeps what it had.
      String lost = LinkStore.files(first, g3).get(0);
      client.deleteByQuery(
          files.store(), SolrRequests.term(SolrSchema.FILE, LinkFiles.Stored.of(first, lost).id()));
      client.commit(files.store());
      Path empty = Files.createTempDirectory(second, "empty");
      IOException e = assertThrows(IOException.class, () -> files.fetch(empty, g3));
      assertTrue(e.getMessage().contains(lost), e.getMessage());
      assertTrue(e.getMessage().contains("generation 3"), e.getMessage());
      assertFalse(Files.exists(empty.resolve(lost)));
    }
  }

  private static List<Link> links(Path dir, Generation g) throws IOException {
    try (LinkStore store = LinkStore.open(dir, g)) {
      return store.all();
    }
  }

  private static List<List<String>> threads(Path dir, Generation g) throws IOException {
    return Threads.open(dir, Optional.of(g)).all();
  }

  // Links as a multiset: a link's grounds are a set, whose printed order is not its identity.
  private static Map<Link, Long> multiset(List<Link> links) {
    return links.stream().collect(Collectors.groupingBy(l -> l, Collectors.counting()));
  }

  private static long count(CloudJdkSolrClient client, LinkFiles files, String q) throws Exception {
    return client.query(files.store(), new SolrQuery(q).setRows(0)).getResults().getNumFound();
  }
}
