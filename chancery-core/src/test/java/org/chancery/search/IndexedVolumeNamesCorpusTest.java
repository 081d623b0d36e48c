package org.chancery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.chancery.Corpus;
import org.chancery.model.Document;
import org.chancery.model.Party;
import org.chancery.read.tei.TeiVolumeReader;
import org.chancery.understand.people.VolumeNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexedVolumeNamesCorpusTest {
  @TempDir Path dir;

  private static TreeSet<String> ids(List<Document> docs) {
    TreeSet<String> out = new TreeSet<>();
    docs.forEach(d -> out.add(d.id()));
    return out;
  }

  @Test
  void theIndexFindsForEveryPrintedNameWhatTheImportFoundInTheVolume() throws Exception {
    String volume = "frus1882";
    List<Document> docs = new ArrayList<>();
    new TeiVolumeReader().read(Corpus.volume(volume), docs::add);
    try (LuceneIndexWriter w = LuceneIndexWriter.open(dir, Duration.ZERO)) {
      w.replaceVolume(volume, volume, docs);
    }
    VolumeNames inMemory = VolumeNames.of(docs);
    TreeSet<String> names = new TreeSet<>();
    for (Document d : docs)
      for (Optional<Party> p : List.of(d.sender(), d.recipient()))
        p.flatMap(Party::name).ifPresent(names::add);
    assertTrue(names.size() > 50, "names printed: " + names.size());
    try (LuceneSearchBackend backend = LuceneSearchBackend.open(dir)) {
      VolumeNames indexed = new IndexedVolumeNames(backend);
      for (String name : names) {
        assertEquals(
            ids(inMemory.printing(volume, name)), ids(indexed.printing(volume, name)), name);
      }
      assertEquals(List.of(), indexed.printing("another", names.first()));
    }
  }
}
