package org.chancery.understand.decimal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chancery.model.FileNumber;
import org.chancery.understand.decimal.DecimalTables.Row;

/**
 * Decodes Central Decimal File numbers ({@code 861.20/406}, {@code 711.90H/41}, {@code
 * 760C.61/4–2145}) against the bundled reference tables, following the decoder rules of the tables'
 * README: the scheme by year (1910-49 before 1950, else 1950-63), the class digit, country numbers
 * matched longest first, subjects by the class's layout. A part the tables do not cover is left
 * absent and named in {@link DecodedFile#unknown()}; nothing is guessed.
 *
 * <p>A number of the later systems is known by its form and read by {@link ModernNumbers}: the
 * subject-numeric file ({@code POL 27 VIET S}) and the Central Foreign Policy Files ({@code
 * D750123–0456}). A Decimal File number whose document number is a date ({@code 611.61/1–1553}) is
 * read in the scheme of that date's year.
 */
public final class FileNumberDecoder {

  static final String PARIS =
      "series 'Paris Peace Conf.' is the American Commission to Negotiate Peace (RG 256), not the"
          + " Central Decimal File; its own subject numbers (180-189) are not in the tables";

  /**
   * Why a Paris Peace Conf. number outside 180-189 is read with the 1910-49 tables: in the early
   * 1930s the Department refiled the Commission's records by its own decimal classes (the tables'
   * README, source NARA-BLOG-ACNP).
   */
  static final String PARIS_AS_DECIMAL =
      "series 'Paris Peace Conf.' (RG 256) was refiled in the 1930s by the Department's decimal"
          + " classes: read with the 1910-49 tables (NARA-BLOG-ACNP)";

  // The Commission's own subjects (the conference, its councils and commissions), not the
  // Department's class 1.
  private static final java.util.regex.Pattern PARIS_OWN = java.util.regex.Pattern.compile("18\\d");
  private static final Set<String> COUNTRIES_AFTER_POINT = Set.of("033", "124", "125");

  private FileNumberDecoder() {}

  /**
   * The Decimal File scheme in force in {@code year}: {@code 1910-49} before 1950, else {@code
   * 1950-63}.
   */
  public static String scheme(int year) {
    return year < 1950 ? DecodedFile.SCHEME_1910 : DecodedFile.SCHEME_1950;
  }

  /**
   * Decodes {@code file} as filed in {@code year} (the year of the document it is cited for).
   *
   * @return the decoded parts; numbers of another series (Paris Peace Conf.) and malformed numbers
   *     come back with no class and the reason in {@code unknown}
   */
  public static DecodedFile decode(FileNumber file, int year) {
    Objects.requireNonNull(file, "file");
    Optional<DecodedFile> modern = ModernNumbers.decode(file);
    if (modern.isPresent()) return modern.get();
    PrintedFileNumber n = PrintedFileNumber.of(file);
    if (n.series().filter(s -> s.startsWith("Paris")).isPresent()
        && n.wellFormed()
        && !PARIS_OWN.matcher(n.file().substring(0, Math.min(3, n.file().length()))).matches()) {
      return asDecimal(n, Math.min(year, RUNNING_NUMBERS_LAST_YEAR), Optional.empty())
          .withUnknown(PARIS_AS_DECIMAL);
    }
    if (n.series().isPresent()) {
      return undecoded(
          n,
          year,
          n.series().get().startsWith("Paris")
              ? PARIS
              : "series '" + n.series().get() + "' is not the Central Decimal File");
    }
    if (!n.wellFormed()) {
      return undecoded(n, year, "'" + file.number() + "' is not a Decimal File number");
    }
    // The date a number carries is the day it was filed: it chooses the scheme and the countries
    // of the time, whatever the year of the document that cites it.
    Optional<LocalDate> date = n.documentNumber().flatMap(FileDate::of);
    int filed = date.map(LocalDate::getYear).orElse(year);
    return asDecimal(n, filed, date);
  }

  private static DecodedFile asDecimal(PrintedFileNumber n, int filed, Optional<LocalDate> date) {
    Decoding d = new Decoding(DecimalTables.bundled(), n, Optional.of(scheme(filed)), filed, date);
    decode(d);
    if (date.isEmpty() && n.documentNumber().filter(FileDate::hasDateForm).isPresent()) {
      d.unknown(
          "document number '"
              + n.documentNumber().get()
              + "' has the form of a date but is no day of 1945 to 1963");
    }
    return d.result();
  }

  /**
   * Decodes {@code file} as filed in {@code year} where the citing document's year is known, else
   * by the date or year the number itself carries; a number with neither comes back undecoded.
   */
  public static DecodedFile decode(FileNumber file, Optional<Integer> year) {
    Objects.requireNonNull(file, "file");
    if (year.isPresent()) return decode(file, year.get());
    Optional<DecodedFile> modern = ModernNumbers.decode(file);
    if (modern.isPresent()) return modern.get();
    PrintedFileNumber n = PrintedFileNumber.of(file);
    Optional<LocalDate> date = n.documentNumber().flatMap(FileDate::of);
    if (n.series().isEmpty() && n.wellFormed() && date.isPresent()) {
      return decode(file, date.get().getYear());
    }
    if (n.series().isEmpty()
        && n.wellFormed()
        && n.documentNumber().filter(d -> d.matches(RUNNING)).isPresent())
      return runningNumber(file);
    return undated(file);
  }

  // A plain running number after the slash (861.20/406).
  private static final String RUNNING = "\\d+";
  // The last year of the 1910 scheme, the one that numbered papers in a running series.
  private static final int RUNNING_NUMBERS_LAST_YEAR = 1949;

  // Without a date the scheme still shows in the number: from 1950 the Central Files put the
  // paper's date after the slash (611.61/1–1553), so a running number (861.20/406) was filed under
  // the 1910 scheme.
  private static DecodedFile runningNumber(FileNumber file) {
    return decode(file, RUNNING_NUMBERS_LAST_YEAR)
        .withUnknown(
            "the document's year is not known; a running document number, not a date, marks the"
                + " 1910-1949 scheme");
  }

  // Kept as the number was printed: without a year there is nothing to read it against.
  private static DecodedFile undated(FileNumber f) {
    return new DecodedFile(
        f.cited(),
        f.series(),
        Optional.empty(),
        f.number(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(
            "the document's year is not known, so neither the scheme nor the countries of the time"
                + " can be chosen"),
        Optional.empty(),
        RecordSystem.CENTRAL_DECIMAL_FILE,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of());
  }

  private static DecodedFile undecoded(PrintedFileNumber n, int year, String why) {
    Decoding d = new Decoding(DecimalTables.bundled(), n, Optional.empty(), year, Optional.empty());
    d.unknown(why);
    return d.result();
  }

  private static void decode(Decoding d) {
    String cls = d.number.classCode();
    Optional<Row> row = d.tables.primaryClass(d.scheme(), cls);
    if (row.isEmpty()) {
      d.unknown("class " + cls + " does not exist in the " + d.scheme() + " scheme");
      return;
    }
    d.primaryClass(cls, row.get());
    if (d.scheme().equals(DecodedFile.SCHEME_1910)) {
      decode1910(d, cls);
    } else {
      decode1950(d, cls);
    }
  }

  private static void decode1910(Decoding d, String cls) {
    switch (cls) {
      case "0", "1" -> Layouts.subjectNumber(d, COUNTRIES_AFTER_POINT.contains(d.number.head()));
      case "5" -> Layouts.conference(d);
      case "6" -> Layouts.commerce(d);
      case "8" -> Layouts.single(d);
      default -> Layouts.pair(d);
    }
  }

  private static void decode1950(Decoding d, String cls) {
    switch (cls) {
      case "4", "5", "6" -> Layouts.pair(d);
      case "2", "7", "8", "9" -> Layouts.single(d);
      default -> Layouts.subjectOnly(d);
    }
  }
}
