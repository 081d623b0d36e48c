package org.chancery.understand.decimal;

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
 */
public final class FileNumberDecoder {

  static final String PARIS =
      "series 'Paris Peace Conf.' is the American Commission to Negotiate Peace (RG 256), not the"
          + " Central Decimal File; its classes are not in the tables";
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
    PrintedFileNumber n = PrintedFileNumber.of(file);
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
    Decoding d = new Decoding(DecimalTables.bundled(), n, Optional.of(scheme(year)), year);
    decode(d);
    return d.result();
  }

  private static DecodedFile undecoded(PrintedFileNumber n, int year, String why) {
    Decoding d = new Decoding(DecimalTables.bundled(), n, Optional.empty(), year);
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
