package org.chancery.understand.decimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chancery.model.FileNumber;
import org.junit.jupiter.api.Test;

/** File numbers of 1950 on, each taken verbatim from the FRUS volume and document named. */
class ModernNumbersTest {

  private static DecodedFile decode(String number, int year) {
    return FileNumberDecoder.decode(new FileNumber(number, Optional.empty()), year);
  }

  @Test
  void readsTheDateAfterTheSlashOfA1950sNumber() {
    // frus1955-57v24 d190 (shared/frus-modern excerpt)
    DecodedFile cyprus = decode("747C.00/8–1856", 1956);
    assertEquals(RecordSystem.CENTRAL_DECIMAL_FILE, cyprus.system());
    assertEquals(Optional.of(DecodedFile.SCHEME_1950), cyprus.scheme());
    assertEquals(List.of("Cyprus"), cyprus.countries());
    assertEquals(Optional.of(LocalDate.of(1956, 8, 18)), cyprus.date());
    assertEquals(Optional.of("8–1856"), cyprus.documentNumber());
    // frus1955-57v24 d192: a one-digit day
    assertEquals(Optional.of(LocalDate.of(1956, 9, 4)), decode("747C.00/9–456", 1956).date());
    // frus1955-57v24 d200: a two-digit month
    assertEquals(Optional.of(LocalDate.of(1956, 10, 5)), decode("120.1540/10–556", 1956).date());
    // frus1961-63v05 d28: a hyphen, not an en dash
    DecodedFile soviet = decode("611.61/2-1461", 1961);
    assertEquals(Optional.of(LocalDate.of(1961, 2, 14)), soviet.date());
    assertEquals(
        List.of("United States", "Union of Soviet Socialist Republics"), soviet.countries());
  }

  @Test
  void choosesTheSchemeByTheDateTheNumberCarries() {
    // frus1955-57v24 d191's number, cited by a paper the tables would otherwise read as of 1949:
    // its date (August 28, 1956) puts it in the 1950-63 scheme, where 47C is Cyprus.
    DecodedFile f = decode("747C.00/8–2856", 1949);
    assertEquals(Optional.of(DecodedFile.SCHEME_1950), f.scheme());
    assertEquals(List.of("Cyprus"), f.countries());
    // frus1961-63v05 d28, with no year for the citing document: the number's own date decodes it.
    DecodedFile undated =
        FileNumberDecoder.decode(
            new FileNumber("611.61/2-1461", Optional.empty()), Optional.empty());
    assertEquals(Optional.of(DecodedFile.SCHEME_1950), undated.scheme());
    assertEquals(Optional.of(LocalDate.of(1961, 2, 14)), undated.date());
  }

  @Test
  void keepsAMisprintedDateWithoutReadingIt() {
    // frus1955-57v24 d196 prints month 19 (the document is of September 10, 1956)
    DecodedFile f = decode("747C.00/19–1056", 1956);
    assertEquals(Optional.empty(), f.date());
    assertEquals(Optional.of("19–1056"), f.documentNumber());
    assertEquals(List.of("Cyprus"), f.countries());
    assertTrue(f.unknown().get(0).contains("'19–1056'"), f.unknown().toString());
  }

  @Test
  void keepsTheEarlyRunningNumbersAsTheyWere() {
    // frus1936v03 d1 (711.90H/41, shared/frus): a running number, not a date
    DecodedFile f = decode("711.90H/41", 1936);
    assertEquals(Optional.empty(), f.date());
    assertEquals(Optional.of("41"), f.documentNumber());
    assertEquals(List.of(), f.unknown());
  }

  @Test
  void keepsTheSubjectNumericPartsAsPrinted() {
    // frus1964-68v14 d171 (shared/frus-modern excerpt)
    DecodedFile f = decode("POL 33–6 US–USSR", 1966);
    assertEquals(RecordSystem.SUBJECT_NUMERIC_FILE, f.system());
    assertEquals(Optional.of(DecodedFile.SCHEME_1963), f.scheme());
    SubjectNumericFile s = f.subjectNumeric().orElseThrow();
    assertEquals("POL", s.subject());
    assertEquals(Optional.of("33-6"), s.subdivision());
    assertEquals(List.of("US", "USSR"), s.areas());
    assertEquals(Optional.of("POL"), f.classCode());
    // No table: no name, no country, no confidence; the reason is given.
    assertEquals(Optional.empty(), f.className());
    assertEquals(List.of(), f.countries());
    assertEquals(Optional.empty(), f.confidence());
    assertEquals(List.of(ModernNumbers.NO_SUBJECT_TABLE), f.unknown());
  }

  @Test
  void readsEverySubjectNumericShapeOfTheSovietVolume() {
    // frus1964-68v14 d178: no subdivision
    assertEquals(
        new SubjectNumericFile("POL", Optional.empty(), List.of("US", "USSR")),
        SubjectNumericFile.parse("POL US–USSR").orElseThrow());
    // frus1964-68v14 d177
    assertEquals(
        new SubjectNumericFile("POL", Optional.of("7"), List.of("USSR")),
        SubjectNumericFile.parse("POL 7 USSR").orElseThrow());
    // frus1964-68v14 d173: the area is a body (GA), kept as printed
    assertEquals(
        new SubjectNumericFile("UN", Optional.of("22-2"), List.of("GA")),
        SubjectNumericFile.parse("UN 22–2 GA").orElseThrow());
    // frus1964-68v14 d182: a hyphenated subject code
    assertEquals(
        new SubjectNumericFile("INCO-FISH", Optional.empty(), List.of("US")),
        SubjectNumericFile.parse("INCO-FISH US").orElseThrow());
    // frus1964-68v01 d5, as quoted in joshbotts/FRUS-Explorer's tests: an area of two words
    assertEquals(
        List.of("VIET S"), SubjectNumericFile.parse("POL 27 VIET S").orElseThrow().areas());
    assertEquals(Optional.empty(), SubjectNumericFile.parse("POL"));
    assertEquals(Optional.empty(), SubjectNumericFile.parse("861.20/406"));
  }

  @Test
  void readsTheKindAndYearOfCentralForeignPolicyFileNumbers() {
    // Forms given in the task brief (no volume that prints them was read).
    PolicyFileNumber d = decode("D750123-0456", 1975).policyFile().orElseThrow();
    assertEquals(PolicyFileNumber.Kind.ELECTRONIC_TELEGRAM, d.kind());
    assertEquals(1975, d.year());
    assertEquals(Optional.of("D750123"), d.film());
    assertEquals(Optional.of("0456"), d.frame());
    assertEquals(
        PolicyFileNumber.Kind.PAPER, PolicyFileNumber.parse("P750012-1234").orElseThrow().kind());
    assertEquals(
        PolicyFileNumber.Kind.NODIS, PolicyFileNumber.parse("N750001-0123").orElseThrow().kind());
    // As quoted from a FRUS 1969-76 note in joshbotts/FRUS-Explorer's tests: an en dash
    DecodedFile quoted = decode("D740218–0840", 1974);
    assertEquals(RecordSystem.CENTRAL_FOREIGN_POLICY_FILE, quoted.system());
    assertEquals(Optional.of(DecodedFile.SCHEME_1973), quoted.scheme());
    assertEquals(1974, quoted.policyFile().orElseThrow().year());
    assertEquals(List.of(), quoted.countries());
    PolicyFileNumber t = PolicyFileNumber.parse("1975STATE012345").orElseThrow();
    assertEquals(PolicyFileNumber.Kind.TELEGRAM, t.kind());
    assertEquals(1975, t.year());
    assertEquals(Optional.of("STATE"), t.origin());
    assertEquals(Optional.of("012345"), t.serial());
    assertEquals(Optional.of("12345"), PolicyFileNumber.parse("75 STATE 12345").get().serial());
  }

  @Test
  void leavesGarbledNumbersUndecodedWithoutThrowing() {
    // A film year before the files began, and malformed shapes: kept, nothing decoded.
    assertEquals(Optional.empty(), PolicyFileNumber.parse("D650123-0456"));
    assertEquals(Optional.empty(), PolicyFileNumber.parse("1975STATE"));
    assertEquals(Optional.empty(), PolicyFileNumber.parse("75STATE012345"));
    DecodedFile junk = decode("POL 27 viet s", 1966);
    assertEquals(Optional.empty(), junk.classCode());
    assertEquals(Optional.empty(), junk.subjectNumeric());
    assertEquals("POL 27 viet s", junk.number());
    assertEquals(Optional.empty(), decode("747C.00/13–4556", 1956).date());
    assertEquals(Optional.empty(), decode("611.61/1–1575", 1975).date());
  }
}
