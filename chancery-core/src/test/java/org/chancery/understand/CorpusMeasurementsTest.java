package org.chancery.understand;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.chancery.Corpus;
import org.chancery.model.Document;
import org.chancery.model.DocumentType;
import org.chancery.model.FileNumber;
import org.chancery.model.PersonName;
import org.chancery.read.tei.TeiVolumeReader;
import org.chancery.understand.decimal.DecodedFile;
import org.chancery.understand.decimal.FileNumberDecoder;
import org.chancery.understand.people.Identification;
import org.chancery.understand.people.Mention;
import org.chancery.understand.people.MentionFinder;
import org.chancery.understand.people.PartyIdentifier;
import org.chancery.understand.provenance.Provenance;
import org.chancery.understand.provenance.SourceNoteClassifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures decoding, identification and mentions over the shared FRUS volumes; skipped without
 * them.
 */
class CorpusMeasurementsTest {
  private static final List<Document> DOCS = new ArrayList<>();

  @BeforeAll
  static void readCorpus() throws Exception {
    for (Path volume : Corpus.volumes()) new TeiVolumeReader().read(volume, DOCS::add);
  }

  private static int year(Document d) {
    return d.date()
        .map(x -> x.day().getYear())
        .orElseGet(() -> Integer.parseInt(d.volume().substring(4, 8)));
  }

  @Test
  void decodesDistinctDecimalFileNumbersToAClassAndACountry() {
    Map<String, DecodedFile> distinct = new TreeMap<>();
    for (Document d : DOCS) {
      for (FileNumber f : d.fileNumbers()) {
        if (f.series().isEmpty())
          distinct.putIfAbsent(
              FileNumberDecoder.decode(f, year(d)).file().toLowerCase(),
              FileNumberDecoder.decode(f, year(d)));
      }
    }
    long classed = distinct.values().stream().filter(f -> f.classCode().isPresent()).count();
    long country = distinct.values().stream().filter(DecodedFile::hasClassAndCountry).count();
    List<DecodedFile> layout =
        distinct.values().stream().filter(CorpusMeasurementsTest::countryFirst).toList();
    long layoutCountry = layout.stream().filter(DecodedFile::hasClassAndCountry).count();
    System.out.printf(
        "decimal: %d distinct numbers; class %d (%.1f%%); class and country %d (%.1f%%); country-first layouts %d/%d (%.1f%%)%n",
        distinct.size(),
        classed,
        pct(classed, distinct.size()),
        country,
        pct(country, distinct.size()),
        layoutCountry,
        layout.size(),
        pct(layoutCountry, layout.size()));
    layout.stream()
        .filter(f -> !f.hasClassAndCountry())
        .forEach(f -> System.out.println("  no country: " + f.file() + " " + f.unknown()));
    assertTrue(distinct.size() >= 250, "too few numbers: " + distinct.size());
    assertTrue(classed == distinct.size(), "every number has a class");
    assertTrue(pct(country, distinct.size()) >= 85.0, "class and country below 85%");
    assertTrue(pct(layoutCountry, layout.size()) >= 98.0, "country-first layouts below 98%");
  }

  // Classes 2, 3, 4, 6, 8 and class 7 but 701-705 (1910-49): the layouts with a country after the
  // class digit.
  private static boolean countryFirst(DecodedFile f) {
    String c = f.classCode().orElse("");
    return f.scheme().equals(Optional.of(DecodedFile.SCHEME_1910))
        && ("23468".contains(c) && !c.isEmpty() || c.equals("7") && !f.file().matches("70[1-5].*"));
  }

  @Test
  void linksTheSendersOfTelegramsToPeople() {
    PartyIdentifier identifier = PartyIdentifier.bundled();
    int telegrams = 0, linked = 0, ranked = 0;
    Map<String, Integer> reasons = new TreeMap<>();
    for (Document d : DOCS) {
      if (d.type() != DocumentType.TELEGRAM
          || year(d) < 1917
          || year(d) > 1936
          || d.sender().isEmpty()) continue;
      telegrams++;
      Identification i = identifier.identify(d.sender().get(), d.date());
      if (i.identified()) linked++;
      else if (!i.candidates().isEmpty()) ranked++;
      if (!i.identified()) reasons.merge(i.basis().replaceAll("'.*'", "'…'"), 1, Integer::sum);
      if (!i.identified() && Boolean.getBoolean("chancery.debug"))
        System.out.println(
            "UNLINKED "
                + d.key()
                + " "
                + d.date().map(x -> x.iso()).orElse("-")
                + " "
                + d.sender().get());
    }
    System.out.printf(
        "senders: %d telegrams 1917-1936 with a sender; linked %d (%.1f%%); candidates only %d (%.1f%%)%n",
        telegrams, linked, pct(linked, telegrams), ranked, pct(ranked, telegrams));
    reasons.forEach((k, v) -> System.out.println("  " + v + " " + k));
    assertTrue(telegrams >= 1000, "too few telegrams: " + telegrams);
    assertTrue(pct(linked, telegrams) >= 50.0, "linked senders below 50%");
  }

  @Test
  void countsSourceNoteKindsAndMentions() {
    Map<Provenance.Kind, Integer> kinds = new TreeMap<>();
    DOCS.forEach(
        d ->
            d.sourceNotes()
                .forEach(
                    n -> {
                      Provenance p = SourceNoteClassifier.classify(n);
                      kinds.merge(p.kind(), 1, Integer::sum);
                      if (Boolean.getBoolean("chancery.debug")
                          && p.kind() != Provenance.Kind.DECIMAL_FILE
                          && p.kind() != Provenance.Kind.ANNOTATION)
                        System.out.println("NOTE " + p.kind() + " " + p.text());
                    }));
    MentionFinder finder = MentionFinder.bundled();
    long mentions = 0, linked = 0;
    for (Document d : DOCS) {
      for (Mention m : finder.find(d)) {
        if (!m.byFootnote()) continue;
        mentions++;
        if (m.personId().isPresent()) linked++;
      }
    }
    System.out.println("source notes by kind: " + kinds);
    System.out.printf(
        "mentions: %d person footnotes attached; %d with a POCOM id%n", mentions, linked);
    assertTrue(mentions >= 300, "too few mentions: " + mentions);
  }

  @Test
  void attachesTheListOfPrincipalPersonsToTheNamesInFrus1918Russiav03() {
    MentionFinder finder = MentionFinder.bundled();
    long names = 0, mentions = 0, linked = 0;
    for (Document d : DOCS) {
      if (!d.volume().equals("frus1918Russiav03")) continue;
      names +=
          d.blocks().stream()
              .flatMap(b -> b.anchors().stream())
              .filter(a -> a instanceof PersonName)
              .count();
      for (Mention m : finder.find(d)) {
        if (m.byFootnote()) continue;
        mentions++;
        if (m.personId().isPresent()) linked++;
      }
    }
    System.out.printf(
        "persons list (frus1918Russiav03): %d names tied to the list; %d mentions attached; %d with a POCOM id%n",
        names, mentions, linked);
    // Measured: 1,773 names in block text (every persName[@corresp] outside notes and labels), all
    // with an entry of the volume's list; 523 of them with a POCOM id.
    assertTrue(mentions >= 1_773, "too few persons-list mentions: " + mentions);
    assertTrue(
        mentions == names,
        "every name tied to this volume's list is a mention: " + mentions + " of " + names);
    assertTrue(linked >= 523, "too few persons-list mentions with a POCOM id: " + linked);
  }

  private static double pct(long n, long of) {
    return of == 0 ? 0 : 100.0 * n / of;
  }
}
