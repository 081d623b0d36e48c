package org.chancery.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrQuery;
import org.chancery.Corpus;
import org.chancery.archive.Generation;
import org.chancery.link.LinkStore;
import org.chancery.model.Document;
import org.chancery.read.ReadSummary;
import org.chancery.read.formats.Readers;
import org.chancery.search.IndexSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A volume written but not published is seen by no search of the collection, only by one at its
 * staged tag (as the linker reads it); a published generation names every volume's tag, its links
 * and threads; the next import deletes what one that never published left behind.
 */
class CollectionImportTest {
  static final String COLLECTION = "generations";
  static final String VOLUME = "frus1861";

  @TempDir Path links;

  @Test
  void publishesVolumesOnlyWithTheirLinksAndDropsWhatAnUnpublishedImportLeft() throws Exception {
    SolrCloud.createCollection(COLLECTION, 2, 1);
    Path file = Corpus.volume(VOLUME);
    List<Document> docs = new ArrayList<>();
    ReadSummary read = Readers.forFile(file).read(file, docs::add);
    try (CloudJdkSolrClient client = CloudJdkSolrClient.connect(SolrCloud.zkHost())) {
      CollectionImport.Result first =
          new CollectionImport(client, COLLECTION, links).importPaths(List.of(file));
      Generation g = first.generation();
      assertEquals(1, g.number());
      assertEquals(Map.of(VOLUME, g.volumes().get(VOLUME)), g.volumes());
      CollectionGenerations generations = new CollectionGenerations(client, COLLECTION);
      assertEquals(g, generations.last().orElseThrow());
      try (LinkStore store = LinkStore.open(links, g)) {
        assertEquals(first.linked().links(), store.all().size());
      }
      SolrSearchBackend published = SolrSearchBackend.of(client, COLLECTION);
      assertEquals(docs.size(), published.count());

      // Half the volume written, as by an import killed before its publish.
      SolrVolumeWriter writer = new SolrVolumeWriter(client, COLLECTION, g.volumes());
      assertEquals(
          docs.size(),
          writer.replaceVolume(VOLUME, read.volume().title(), docs.subList(0, 10)).join());
      assertEquals(docs.size(), published.count(), "a staged version was searched");
      assertEquals(10, SolrSearchBackend.at(client, COLLECTION, writer.staged()).count());
      assertEquals(docs.size() + 10, everyVersion(client));

      CollectionImport.Result second =
          new CollectionImport(client, COLLECTION, links).importPaths(List.of(file));
      assertEquals(2, second.generation().number());
      assertEquals(1, second.imported().replaced());
      assertTrue(
          !second.generation().volumes().get(VOLUME).equals(g.volumes().get(VOLUME)),
          "the volume was not replaced");
      assertEquals(docs.size(), published.count());
      assertEquals(docs.size(), everyVersion(client), "versions no generation names are left");

      // A generation as large as the whole FRUS (more than a thousand volumes) is published too.
      Map<String, String> whole = new TreeMap<>(second.generation().volumes());
      for (int i = 0; i < 1100; i++) whole.put("absent" + i, CollectionGenerations.newTag());
      Generation large =
          Generation.next(
              Optional.of(second.generation()),
              0,
              whole,
              second.generation().linksCommit(),
              second.generation().threads());
      generations.publish(large);
      assertEquals(large, generations.last().orElseThrow());
      assertEquals(docs.size(), SolrSearchBackend.of(client, COLLECTION).count());
    }
  }

  // The documents of every version, published or not.
  private static long everyVersion(CloudJdkSolrClient client) throws Exception {
    SolrQuery q = new SolrQuery(SolrRequests.term(IndexSchema.VOLUME, VOLUME)).setRows(0);
    return client.query(COLLECTION, q).getResults().getNumFound();
  }
}
