package org.chancery.understand.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.chancery.model.DocumentType;
import org.chancery.model.FileNumber;
import org.chancery.understand.provenance.Provenance.Kind;
import org.junit.jupiter.api.Test;

class SourceNoteClassifierTest {

  private static Provenance classify(String text) {
    return SourceNoteClassifier.classify(text);
  }

  @Test
  void readsDecimalFileNotes() {
    Provenance p = classify("861.20/406: Telegram");
    assertEquals(Kind.DECIMAL_FILE, p.kind());
    assertEquals(List.of(new FileNumber("861.20/406", Optional.empty())), p.fileNumbers());
    assertEquals(Optional.of(DocumentType.TELEGRAM), p.statedType());
    assertEquals(Kind.DECIMAL_FILE, classify("File No. 763.72/1234").kind());
  }

  @Test
  void readsOtherFileSeries() {
    Provenance paris = classify("Paris Peace Conf. 180.03101/12");
    assertEquals(Kind.FILE_SERIES, paris.kind());
    assertEquals(Optional.of("Paris Peace Conf."), paris.collection());
    Provenance wtb = classify("War Trade Board Files: Panama Canal, License Control");
    assertEquals(Kind.FILE_SERIES, wtb.kind());
    assertEquals(
        Optional.of("War Trade Board Files: Panama Canal, License Control"), wtb.collection());
  }

  @Test
  void readsPersonalPapers() {
    Provenance wilson = classify("Woodrow Wilson Papers");
    assertEquals(Kind.PAPERS, wilson.kind());
    assertEquals(Optional.of("Woodrow Wilson Papers"), wilson.collection());
    Provenance house = classify("Edward M. House Papers: Telegram");
    assertEquals(Optional.of("Edward M. House Papers"), house.collection());
    assertEquals(Optional.of(DocumentType.TELEGRAM), house.statedType());
  }

  @Test
  void readsInquiryFilesAndPublications() {
    assertEquals(Optional.of("Inquiry files"), classify("Inquiry files").collection());
    assertEquals(Kind.INQUIRY, classify("Inquiry Document No. 893").kind());
    Provenance treaty = classify("Treaty Series No. 709");
    assertEquals(Kind.PUBLICATION, treaty.kind());
    assertEquals(Optional.of("Treaty Series No. 709"), treaty.publication());
  }

  @Test
  void readsBracketedAnnotations() {
    Provenance tel = classify("[Telegram.—Paraphrase.]");
    assertEquals(Kind.ANNOTATION, tel.kind());
    assertEquals(List.of("Telegram", "Paraphrase"), tel.annotations());
    assertEquals(Optional.of(DocumentType.TELEGRAM), tel.statedType());
    assertEquals(List.of("Extract"), classify("[Extract.]").annotations());
    assertEquals(List.of("Translation"), classify("[Translation.]").annotations());
    Provenance inclosure = classify("[Inclosure 2 in No. 92.—Translation.]");
    assertEquals(Optional.of("Inclosure 2 in No. 92"), inclosure.enclosure());
    assertEquals(List.of("Inclosure 2 in No. 92", "Translation"), inclosure.annotations());
    assertEquals(
        Optional.of("Inclosure 1 in No. 13"), classify("[Inclosure 1 in No. 13.]").enclosure());
    assertEquals(
        Optional.of(Classification.CONFIDENTIAL), classify("[Confidential.]").classification());
  }

  @Test
  void readsNotPrinted() {
    Provenance p = classify("Not printed.");
    assertEquals(Kind.NOT_PRINTED, p.kind());
    assertTrue(p.notPrinted());
  }

  @Test
  void readsModernArchivalCitationsWithMarkings() {
    Provenance p = classify("Department of State, Central Files, 714.00/6-1054. Secret; Niact.");
    assertEquals(Kind.ARCHIVE, p.kind());
    assertEquals(Optional.of("Department of State"), p.repository());
    assertEquals(Optional.of("Central Files"), p.collection());
    assertEquals(List.of(new FileNumber("714.00/6-1054", Optional.empty())), p.fileNumbers());
    assertEquals(Optional.of(Classification.SECRET), p.classification());
    assertEquals(Optional.of(Precedence.NIACT), p.precedence());
    Provenance lib =
        classify("Eisenhower Library, Whitman File, International Series. Top Secret; Eyes Only.");
    assertEquals(Optional.of("Eisenhower Library"), lib.repository());
    assertEquals(Optional.of("Whitman File, International Series"), lib.collection());
    assertEquals(Optional.of(Classification.TOP_SECRET), lib.classification());
    assertEquals(List.of("Eyes Only"), lib.handling());
  }

  @Test
  void readsTheCitationsOfTheColdWarVolumes() {
    // frus1955-57v24 d190 (shared/frus-modern excerpt)
    Provenance cdf =
        classify(
            "Source: Department of State, Central Files, 747C.00/8–1856. Secret; Priority."
                .substring("Source: ".length()));
    assertEquals(Kind.ARCHIVE, cdf.kind());
    assertEquals(Optional.of("Central Files"), cdf.collection());
    assertEquals(List.of(new FileNumber("747C.00/8–1856", Optional.empty())), cdf.fileNumbers());
    assertEquals(Optional.of(Precedence.PRIORITY), cdf.precedence());
    // frus1964-68v14 d178
    Provenance sn =
        classify(
            "National Archives and Records Administration, RG 59, Central Files 1964–66, POL"
                + " US–USSR. Secret; Nodis.");
    assertEquals(Kind.ARCHIVE, sn.kind());
    assertEquals(Optional.of("RG 59, Central Files 1964–66"), sn.collection());
    assertEquals(List.of(new FileNumber("POL US–USSR", Optional.empty())), sn.fileNumbers());
    assertEquals(List.of("Nodis"), sn.handling());
    // The form the task gives for the Central Foreign Policy Files
    Provenance cfpf =
        classify(
            "National Archives, RG 59, Central Foreign Policy Files, D750123–0456. Confidential.");
    assertEquals(Optional.of("RG 59, Central Foreign Policy Files"), cfpf.collection());
    assertEquals(List.of(new FileNumber("D750123–0456", Optional.empty())), cfpf.fileNumbers());
    assertEquals(Optional.of(Classification.CONFIDENTIAL), cfpf.classification());
  }

  @Test
  void leavesOtherNotesAsOther() {
    assertEquals(Kind.OTHER, classify("A.").kind());
    assertEquals(
        Kind.OTHER,
        classify("Pirate Morris to the Captain of the port of Funchal, &c., &c., &c.").kind());
  }

  @Test
  void readsTheClausesOfAModernNoteByTheirGrammar() {
    // frus1955-57v24 d190, as printed.
    Provenance p =
        classify(
            "Source: Department of State, Central Files, 747C.00/8–1856. Secret; Priority."
                + " Repeated to Nicosia, Ankara, Paris, and London.");
    assertEquals(Kind.ARCHIVE, p.kind());
    assertEquals(Optional.of("Department of State"), p.repository());
    assertEquals(Optional.of("Central Files"), p.collection());
    assertEquals(
        Optional.of(java.time.LocalDate.of(1956, 8, 18)), p.fileNumbers().get(0).filedOn());
    assertEquals(Optional.of(Classification.SECRET), p.classification());
    assertEquals(Optional.of(Precedence.PRIORITY), p.precedence());
    assertEquals(
        List.of(
            new Distribution(
                Distribution.Channel.REPEATED, List.of("Nicosia", "Ankara", "Paris", "London"))),
        p.distribution());
  }

  @Test
  void readsDraftersClearersAndApprovers() {
    Provenance memo =
        classify(
            "Source: Department of State, Central Files, 747C.00/9–456. Secret. Drafted by"
                + " Williams, Wood, and Rountree on September 1.");
    assertEquals(List.of("Williams", "Wood", "Rountree"), memo.drafting().draftedBy());
    Provenance both =
        classify(
            "Source: National Archives and Records Administration, RG 59, Central Files 1964–66,"
                + " POL US–USSR. Secret; Nodis. Drafted by Thompson and approved by the White"
                + " House on October 13. The meeting took place in the Oval Office.");
    assertEquals(Optional.of("National Archives and Records Administration"), both.repository());
    assertEquals(List.of("Nodis"), both.handling());
    assertEquals(List.of("Thompson"), both.drafting().draftedBy());
    assertEquals(List.of("the White House"), both.drafting().approvedBy());
    Provenance grammar =
        classify(
            "Department of State, Central Files, 611.61/1–1553. Limited Official Use; Niact."
                + " Drafted by John F. Smith; cleared by Jones and Brown; approved by Doe. Also"
                + " sent to Paris. Pouched to Moscow.");
    assertEquals(Optional.of(Classification.LIMITED_OFFICIAL_USE), grammar.classification());
    assertEquals(Optional.of(Precedence.NIACT), grammar.precedence());
    assertEquals(List.of("John F. Smith"), grammar.drafting().draftedBy());
    assertEquals(List.of("Jones", "Brown"), grammar.drafting().clearedBy());
    assertEquals(
        List.of(
            new Distribution(Distribution.Channel.ALSO_SENT, List.of("Paris")),
            new Distribution(Distribution.Channel.POUCHED, List.of("Moscow"))),
        grammar.distribution());
  }

  @Test
  void findsTheLotOfRetiredFiles() {
    Provenance p =
        classify(
            "Source: Department of State, Secretary’s Memoranda of Conversation: Lot 64 D 199."
                + " Secret. Drafted by Wood.");
    assertEquals(Optional.of("Lot 64 D 199"), p.lot());
    assertEquals(Optional.of("Department of State"), p.repository());
    assertEquals(List.of("Wood"), p.drafting().draftedBy());
  }

  @Test
  void keepsTheTextOfANoteItCannotRead() {
    Provenance p = classify("Source: somewhere unreadable, perhaps");
    assertEquals("somewhere unreadable, perhaps", p.text());
    assertTrue(p.drafting().isEmpty());
    assertEquals(List.of(), p.distribution());
    assertEquals(Optional.empty(), p.classification());
  }
}
