package org.chancery.understand.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chancery.Corpus;
import org.chancery.model.Document;
import org.chancery.read.ReadException;
import org.chancery.read.tei.TeiVolumeReader;
import org.junit.jupiter.api.Test;

/** The links of named parties over the shared volumes, scored on the sample checked by hand. */
class PeopleSampleCorpusTest {
  @Test
  void noCheckedPartyIsLinkedWrongAndMostAreLinked() throws Exception {
    List<Path> volumes = Corpus.volumes();
    List<PeopleEvaluation.SampleRow> sample =
        PeopleEvaluation.readSample(Path.of(getClass().getResource("people-sample.tsv").toURI()));
    PeopleEvaluation.Report r =
        PeopleEvaluation.runByVolume(
            sink -> {
              for (Path v : volumes) {
                List<Document> docs = new ArrayList<>();
                try {
                  new TeiVolumeReader().read(v, docs::add);
                } catch (ReadException e) {
                  throw new IOException(e);
                }
                sink.accept(docs);
              }
            },
            PartyIdentifier.bundled(),
            sample);
    assertEquals(
        List.of(),
        r.sample().stream().filter(PeopleEvaluation.Scored::wrong).toList(),
        "sample parties linked to the wrong person");
    assertTrue(r.sample().size() >= 220, "sample rows found: " + r.sample().size());
    assertTrue(
        r.total().linked() >= 0.86 * r.total().named(),
        r.total().linked() + " of " + r.total().named());
  }
}
