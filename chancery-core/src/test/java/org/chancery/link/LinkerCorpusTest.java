package org.chancery.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.Corpus;
import org.chancery.model.Document;
import org.chancery.read.ReadException;
import org.chancery.read.formats.Readers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The linker, its editorial links and threads on one real volume, frus1934v04. */
class LinkerCorpusTest {
  private static final String VOLUME = "frus1934v04";
  private static MemoryCatalogue catalogue;
  private static List<Link> links;

  @BeforeAll
  static void link() throws IOException, ReadException {
    Path v = Corpus.volume(VOLUME);
    List<Document> docs = new ArrayList<>();
    Readers.forFile(v).read(v, docs::add);
    catalogue = MemoryCatalogue.of(docs);
    Linker linker = new Linker(catalogue, Linker.Options.DEFAULT);
    links = docs.stream().flatMap(d -> linker.link(d).stream()).toList();
  }

  private static Link first(String source, String phrase) {
    return links.stream()
        .filter(l -> l.source().equals(VOLUME + "/" + source) && l.phrase().startsWith(phrase))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no link from " + source + " '" + phrase + "'"));
  }

  @Test
  void yourNumberDateAndTimeResolveToTheMinistersTelegram() {
    Link l = first("d102", "Your 237, April 30, 2 p.m.");
    assertEquals(Optional.of(VOLUME + "/d101"), l.target());
    assertEquals(Link.Evidence.TELEGRAPH, l.evidence());
  }

  @Test
  void theThreadOfTheReplyHoldsTheTelegramBeforeIt() {
    List<String> thread = Threads.of(links, catalogue).threadOf(VOLUME + "/d102");
    int d101 = thread.indexOf(VOLUME + "/d101");
    int d102 = thread.indexOf(VOLUME + "/d102");
    assertTrue(d101 >= 0 && d101 < d102, () -> "thread " + thread);
  }

  @Test
  void editorialFootnotesLinkToTheDocumentTheyDescribe() {
    assertEquals(
        Optional.of(VOLUME + "/d57"),
        first("d59", "See telegram No. 5, January 5, 6 p.m.").target());
    // Two documents begin on p. 289; the footnote's own date and time pick the circular.
    assertEquals(
        Optional.of(VOLUME + "/d359"),
        first("d293", "See circular telegram of May 28, 9 p.m.").target());
    assertEquals(
        Link.Kind.EDITORIAL, first("d293", "See circular telegram of May 28, 9 p.m.").kind());
  }

  @Test
  void aPageOfAnotherPublicationGivesNoEditorialLink() {
    assertTrue(
        links.stream()
            .noneMatch(
                l -> l.source().equals(VOLUME + "/d18") && l.phrase().contains("Bulletin No. 37")));
  }

  @Test
  void everyTargetIsACataloguedDocument() {
    links.stream()
        .flatMap(l -> l.target().stream())
        .forEach(
            t -> assertTrue(catalogue.byKey(t).isPresent(), () -> "target not catalogued: " + t));
  }
}
