package org.chancery.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.chancery.model.DocumentType;
import org.chancery.model.FileNumber;
import org.junit.jupiter.api.Test;

class SourceNoteParserTest {

  private static List<String> numbers(String note) {
    return SourceNoteParser.parse(note).fileNumbers().stream().map(FileNumber::cited).toList();
  }

  @Test
  void recognisesDecimalFileNumbers() {
    assertEquals(List.of("861.20/406"), numbers("861.20/406: Telegram"));
    assertEquals(List.of("711.90H/41"), numbers("711.90H/41"));
    assertEquals(List.of("763.72/1234"), numbers("File No. 763.72/1234"));
    assertEquals(List.of("890d.00/192"), numbers("890d.00/192: Telegram"));
    assertEquals(List.of("500.A15a3/621"), numbers("500.A15a3/621: Telegram"));
    assertEquals(List.of("600.119/42½"), numbers("File No. 600.119/42½"));
    assertEquals(List.of("763.72119/3335m"), numbers("763.72119/3335m: Telegram"));
  }

  @Test
  void keepsSubjectNamesAndSeriesLettersInTheNumber() {
    assertEquals(List.of("835.00 Revolutions/2"), numbers("835.00 Revolutions/2: Telegram"));
    assertEquals(List.of("882.6176 F 51/75"), numbers("882.6176 F 51/75"));
    assertEquals(
        List.of("811.51632 National City Bank/1"),
        numbers("811.51632 National City Bank/1: Telegram"));
  }

  @Test
  void keepsModernDateSuffixedDocumentNumbers() {
    assertEquals(
        List.of("714.00/6-1054"),
        numbers("Department of State, Central Files, 714.00/6-1054. Secret; Niact."));
    assertEquals(List.of("611.61/10–1551"), numbers("611.61/10–1551: Telegram"));
    assertEquals(List.of("711.90H/41"), numbers("711.90H/41–54"));
    assertEquals(
        List.of("751G.5-MSP/1-2054"),
        numbers("Department of State, Central Files, 751G.5-MSP/1-2054. Secret."));
  }

  @Test
  void findsTheDateFormNumbersOfThe1950s() {
    // frus1955-57v24 d190 (shared/frus-modern excerpt)
    assertEquals(
        List.of("747C.00/8–1856"),
        numbers(
            "Source: Department of State, Central Files, 747C.00/8–1856. Secret; Priority. Repeated"
                + " to Nicosia, Ankara, Paris, and London."));
    // frus1955-57v24 d196: a misprinted month is kept whole, for the decoder to refuse
    assertEquals(
        List.of("747C.00/19–1056"),
        numbers("Source: Department of State, Central Files, 747C.00/19–1056. Secret."));
    // frus1961-63v05 d28
    assertEquals(
        List.of("611.61/2-1461"),
        numbers("Source: Department of State, Central Files, 611.61/2-1461. Secret."));
  }

  @Test
  void findsSubjectNumericNumbersAfterTheCentralFiles() {
    // frus1964-68v14 d171 (shared/frus-modern excerpt)
    assertEquals(
        List.of("POL 33–6 US–USSR"),
        numbers(
            "Source: National Archives and Records Administration, RG 59, Central Files 1964–66,"
                + " POL 33–6 US–USSR. Secret."));
    // frus1964-68v14 d182
    assertEquals(
        List.of("INCO-FISH US"),
        numbers(
            "Source: National Archives and Records Administration, RG 59, Central Files 1964–66,"
                + " INCO-FISH US. Confidential. Drafted by Wolf on October 17 and approved in S/AL"
                + " on October 20."));
    // The form the task gives ("Central Files 1964–66, POL 27 VIET S.")
    assertEquals(
        List.of("POL 27 VIET S"),
        numbers("Source: National Archives, RG 59, Central Files 1964–66, POL 27 VIET S."));
    // frus1964-68v14 d170: capitals after a file that is not the central files are no number
    assertEquals(
        List.of(),
        numbers(
            "Source: Johnson Library, National Security File, Country File, USSR, Vol. XII."
                + " Secret; Noforn."));
  }

  @Test
  void findsCentralForeignPolicyFileNumbers() {
    // The forms the task gives; no volume printing them was read.
    assertEquals(
        List.of("D750123–0456"),
        numbers(
            "Source: National Archives, RG 59, Central Foreign Policy Files, D750123–0456."
                + " Confidential."));
    assertEquals(List.of("P750012-1234"), numbers("Central Foreign Policy Files, P750012-1234."));
    assertEquals(List.of("1975STATE012345"), numbers("Telegram 1975STATE012345. Secret."));
  }

  @Test
  void keepsHyphenatedAndParenthesisedQualifiersAndUnnumberedDocuments() {
    assertEquals(List.of("710.1012 Anti-War/76"), numbers("710.1012 Anti-War/76: Telegram"));
    assertEquals(
        List.of("740.0011 Mutual Guarantee (Locarno)/507"),
        numbers("740.0011 Mutual Guarantee (Locarno)/507: Telegram"));
    assertEquals(List.of("811.7443/–"), numbers("811.7443/–"));
    assertEquals(List.of("861.61323/–"), numbers("File No. 861.61323/–"));
  }

  @Test
  void namesTheParisPeaceConferenceSeries() {
    FileNumber f = SourceNoteParser.parse("Paris Peace Conf. 180.03101/12").fileNumbers().get(0);
    assertEquals("180.03101/12", f.number());
    assertEquals(Optional.of("Paris Peace Conf."), f.series());
  }

  @Test
  void findsNoNumberInOtherNotes() {
    assertEquals(List.of(), numbers("[Inclosure 1 in No. 13.]"));
    assertEquals(List.of(), numbers("Woodrow Wilson Papers"));
    assertEquals(List.of(), numbers("Treaty Series No. 709"));
  }

  @Test
  void readsTheStatedType() {
    assertEquals(
        Optional.of(DocumentType.TELEGRAM),
        SourceNoteParser.statedType("724.3415/3526: Telegram (part air)"));
    assertEquals(
        Optional.of(DocumentType.TELEGRAM), SourceNoteParser.statedType("[Telegram.—Paraphrase.]"));
    assertEquals(
        Optional.of(DocumentType.CIRCULAR), SourceNoteParser.statedType("[Circular telegram]"));
    assertEquals(Optional.empty(), SourceNoteParser.statedType("763.72119/2679"));
    assertEquals(Optional.empty(), SourceNoteParser.statedType("[Translation.]"));
  }
}
