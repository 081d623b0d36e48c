package org.chancery.understand.decimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.chancery.model.FileNumber;
import org.junit.jupiter.api.Test;

class FileNumberDecoderTest {

  private static DecodedFile decode(String number, int year) {
    return FileNumberDecoder.decode(new FileNumber(number, Optional.empty()), year);
  }

  @Test
  void decodesTheSeedsNumber() {
    DecodedFile f = decode("861.20/406", 1937);
    assertEquals(Optional.of("1910-49"), f.scheme());
    assertEquals(Optional.of("8"), f.classCode());
    assertEquals(Optional.of("Internal Affairs of States"), f.className());
    assertEquals(List.of("Russia / Union of Soviet Socialist Republics"), f.countries());
    assertEquals(Optional.of("Military affairs"), f.subject());
    assertEquals(Optional.of("406"), f.documentNumber());
    assertEquals(List.of(), f.unknown());
    assertEquals(Optional.of(Confidence.HIGH), f.confidence());
  }

  @Test
  void citesTheTableRowOfEachDecodedPart() {
    List<TableSource> seed = decode("861.20/406", 1937).sources();
    assertEquals(
        List.of(
            "CLASS 8 classes.csv:10",
            "COUNTRY 61 countries.csv:216",
            "SUBJECT .20 subjects.csv:50"),
        seed.stream().map(s -> s.part() + " " + s.code() + " " + s.cited()).toList());
    assertTrue(seed.get(2).source().contains("decimal-file-filing-manual-1910-1949"), seed + "");
    // 1950-63: the scheme's own rows, the United States and the Soviet Union of that scheme.
    List<TableSource> modern = decode("611.61/1–1553", 1953).sources();
    assertEquals(
        List.of(
            "CLASS 6 classes.csv:17",
            "COUNTRY 11 countries.csv:294",
            "COUNTRY 61 countries.csv:468"),
        modern.stream().map(s -> s.part() + " " + s.code() + " " + s.cited()).toList());
    assertEquals("Union of Soviet Socialist Republics", modern.get(2).name());
    assertTrue(modern.get(0).source().startsWith("https://docslib.org/doc/497918/"), modern + "");
  }

  @Test
  void anUndecodedNumberCitesNoTable() {
    assertEquals(List.of(), decode("999.99/1", 1937).sources());
  }

  @Test
  void anUndatedRunningNumberIsReadInTheSchemeThatNumberedPapersSo() {
    // The seed's page prints no date; from 1950 a date stood after the slash, so 406 is 1910-49.
    DecodedFile f =
        FileNumberDecoder.decode(new FileNumber("861.20/406", Optional.empty()), Optional.empty());
    assertEquals(Optional.of("1910-49"), f.scheme());
    assertEquals(Optional.of("Military affairs"), f.subject());
    assertEquals(Optional.of("8"), f.classCode());
    assertEquals(List.of("Russia / Union of Soviet Socialist Republics"), f.countries());
    assertEquals(decode("861.20/406", 1937).subject(), f.subject());
    assertTrue(f.unknown().stream().anyMatch(u -> u.contains("a running document number")));
    // A paper of the 1950s with its date after the slash is still read by that date's scheme.
    assertEquals(
        Optional.of("1950-63"),
        FileNumberDecoder.decode(
                new FileNumber("611.61/1–1553", Optional.empty()), Optional.empty())
            .scheme());
  }

  @Test
  void readsSwitzerlandFinanceAsInTheNaraExample() {
    DecodedFile f = decode("854.51/391", 1941);
    assertEquals(List.of("Switzerland"), f.countries());
    assertTrue(f.subject().orElseThrow().startsWith("Financial"), f.subject().toString());
    assertEquals(Optional.of("391"), f.documentNumber());
  }

  @Test
  void readsTwoCountriesInTheRelationsClass() {
    assertEquals(List.of("United States", "Afghanistan"), decode("711.90H/41", 1936).countries());
    assertEquals(
        List.of("Poland", "Russia / Union of Soviet Socialist Republics"),
        decode("760C.61/250", 1942).countries());
    DecodedFile chaco = decode("724.3415/3651", 1934);
    assertEquals(List.of("Bolivia", "Paraguay"), chaco.countries());
    assertTrue(chaco.subject().orElseThrow().startsWith("Boundaries"));
    assertEquals(
        List.of("Austria (Austria-Hungary)", "Serbia"), decode("763.72/1234", 1917).countries());
  }

  @Test
  void readsDoubleZeroAfterThePointAsGeneral() {
    DecodedFile war = decode("740.0011 European War 1939/1", 1941);
    assertEquals(List.of("Europe"), war.countries());
    assertTrue(war.subject().orElseThrow().startsWith("War"), war.subject().toString());
    assertEquals(Optional.of("European War 1939"), war.qualifier());
    assertTrue(
        decode("711.00/1", 1930)
            .subject()
            .orElseThrow()
            .startsWith("Political relations of country AA in general"));
  }

  @Test
  void readsClaimsProtectionAndTradeAgreements() {
    assertEquals(List.of("Germany", "United States"), decode("462.11/1", 1925).countries());
    DecodedFile mission = decode("393.1163/1", 1937);
    assertEquals(List.of("China", "United States"), mission.countries());
    assertTrue(mission.subject().orElseThrow().startsWith("Protection of American"));
    DecodedFile estonia = decode("611.60 i 31/5", 1925);
    assertEquals("611.60i31", estonia.file());
    assertEquals(List.of("United States", "Estonia"), estonia.countries());
    assertTrue(estonia.subject().orElseThrow().startsWith("Commercial treaty"));
  }

  @Test
  void readsConferencesAsClassEightSubjectsWithoutCountry() {
    DecodedFile naval = decode("500.A15a3/621", 1930);
    assertEquals(Optional.of("5"), naval.classCode());
    assertEquals(List.of(), naval.countries());
    assertTrue(naval.subject().orElseThrow().startsWith("Conferences on limitation"));
    assertEquals(decode("893.114/1", 1930).subject(), decode("511.4/1", 1930).subject());
    assertEquals(Optional.of("Load line"), decode("585.61/1", 1930).subject());
  }

  @Test
  void choosesTheSchemeByYear() {
    DecodedFile before = decode("411.48/1", 1930);
    DecodedFile after = decode("411.48/1", 1958);
    assertEquals(Optional.of("Claims"), before.className());
    assertEquals(Optional.of("1950-63"), after.scheme());
    assertTrue(after.className().orElseThrow().startsWith("International Trade"));
    assertEquals(List.of("United States", "Poland"), after.countries());
    assertFalse(before.countries().contains("Poland"));
  }

  @Test
  void readsModernDateSuffixedNumbers() {
    DecodedFile f = decode("611.61/10–1551", 1951);
    assertEquals(List.of("United States", "Union of Soviet Socialist Republics"), f.countries());
    assertEquals(Optional.of("10–1551"), f.documentNumber());
    DecodedFile msp = decode("751G.5-MSP/1-2054", 1954);
    assertTrue(msp.subject().orElseThrow().startsWith("Mutual Security Program"));
    assertEquals(Optional.of("1-2054"), msp.documentNumber());
    assertTrue(decode("783.00/1", 1957).className().orElseThrow().startsWith("Internal Political"));
    assertEquals(List.of("Syria"), decode("783.00/1", 1957).countries());
  }

  @Test
  void listsTheUnknownPartsInsteadOfGuessing() {
    DecodedFile chile = decode("828.5151/1", 1930);
    assertEquals(Optional.of("8"), chile.classCode());
    assertEquals(List.of(), chile.countries());
    assertEquals(Optional.empty(), chile.subject());
    assertEquals(
        List.of("country number '28' is not in the 1910-49 table for 1930"), chile.unknown());
    DecodedFile admin = decode("102.102/5", 1925);
    assertEquals(Optional.of("1"), admin.classCode());
    assertFalse(admin.unknown().isEmpty());
    DecodedFile finer = decode("861.6363999/1", 1930);
    assertEquals(Optional.of("Petroleum"), finer.subject());
    assertEquals(
        List.of("subject '.6363999' is not in the tables; read as its division '.6363'"),
        finer.unknown());
  }

  @Test
  void leavesParisPeaceConferenceFilesUndecodedWithTheReason() {
    DecodedFile f =
        FileNumberDecoder.decode(
            new FileNumber("180.03101/12", Optional.of("Paris Peace Conf.")), 1919);
    assertEquals(Optional.empty(), f.scheme());
    assertEquals(Optional.empty(), f.classCode());
    assertEquals(Optional.of("12"), f.documentNumber());
    assertEquals(List.of(FileNumberDecoder.PARIS), f.unknown());
    DecodedFile printed =
        FileNumberDecoder.decode(
            new FileNumber("Paris Peace Conf. 180.03101/12", Optional.empty()), 1919);
    assertEquals(Optional.of("Paris Peace Conf."), printed.series());
  }

  @Test
  void readsParisPeaceConferenceFilesOfTheDepartmentsClassesWithThe1910Tables() {
    DecodedFile f =
        FileNumberDecoder.decode(
            new FileNumber("861.00/12", Optional.of("Paris Peace Conf.")), 1919);
    assertEquals(Optional.of(DecodedFile.SCHEME_1910), f.scheme());
    assertEquals(Optional.of("8"), f.classCode());
    assertEquals(List.of("Russia / Union of Soviet Socialist Republics"), f.countries());
    assertEquals(List.of(FileNumberDecoder.PARIS_AS_DECIMAL), f.unknown());
  }

  @Test
  void stripsFileNoAndQualifiers() {
    DecodedFile f = decode("File No. 763.72/1234", 1917);
    assertEquals("763.72", f.file());
    DecodedFile firestone = decode("882.6176 F 51/75", 1930);
    assertEquals(Optional.of("F 51"), firestone.qualifier());
    assertEquals(Optional.of("Rubber"), firestone.subject());
    assertEquals(List.of("Liberia"), firestone.countries());
  }

  @Test
  void readsRepresentationNumbersCountriesAfterThePoint() {
    DecodedFile f = decode("701.6511/1", 1930);
    assertEquals(List.of("Italy", "United States"), f.countries());
    assertTrue(f.subject().orElseThrow().startsWith("Diplomatic representation"));
  }
}
