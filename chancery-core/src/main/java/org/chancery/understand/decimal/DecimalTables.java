package org.chancery.understand.decimal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chancery.understand.tables.Tables;

/** The bundled Decimal File tables (classes, country numbers, subjects) indexed by scheme. */
final class DecimalTables {

  /** One table row as the decoder uses it: the name, how well it is attested, and where from. */
  record Row(String name, Confidence confidence, Place place) {
    /** Where the row stands in its table, and its own source note. */
    record Place(String table, int line, String code, String source) {}

    /** The citation of this row as the source of {@code part} of a number. */
    TableSource source(TableSource.Part part) {
      return new TableSource(part, place.code(), name, place.table(), place.line(), place.source());
    }
  }

  private record CountryRow(Row row, int from, int to) {}

  static final String DIR = "/org/chancery/understand/decimal/";
  private static final String CLASSES = "classes.csv";
  private static final String COUNTRIES = "countries.csv";
  private static final String SUBJECTS = "subjects.csv";
  // Before BUNDLED, whose loading uses it.
  private static final Pattern PARENTHESIS_AT_END = Pattern.compile("\\s*\\(.*\\)$");
  private static final DecimalTables BUNDLED = new DecimalTables();

  private final Map<String, Row> classes = new HashMap<>();
  private final Map<String, List<CountryRow>> countries = new HashMap<>();
  private final Map<String, Row> subjects = new HashMap<>();

  private DecimalTables() {
    // Tables.csv skips no line of these tables (none is blank), so row i is on line i + 2.
    List<Map<String, String>> rows = Tables.csv(DIR + CLASSES);
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> r = rows.get(i);
      classes.put(
          scheme(r.get("scheme")) + "|" + r.get("code"), row(r, "name", CLASSES, i, "code"));
    }
    rows = Tables.csv(DIR + COUNTRIES);
    for (int i = 0; i < rows.size(); i++) addCountry(rows.get(i), i);
    rows = Tables.csv(DIR + SUBJECTS);
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> r = rows.get(i);
      subjects.put(
          scheme(r.get("scheme")) + "|" + r.get("class") + "|" + key(r.get("subdivision")),
          row(r, "name", SUBJECTS, i, "subdivision"));
    }
  }

  static DecimalTables bundled() {
    return BUNDLED;
  }

  private void addCountry(Map<String, String> r, int index) {
    int from = Integer.parseInt(r.get("valid_from"));
    String scheme = from < 1950 ? DecodedFile.SCHEME_1910 : DecodedFile.SCHEME_1950;
    String k = scheme + "|" + r.get("code").toLowerCase(Locale.ROOT);
    CountryRow c =
        new CountryRow(
            row(r, "country", COUNTRIES, index, "code"), from, Integer.parseInt(r.get("valid_to")));
    countries.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(c);
  }

  private static Row row(
      Map<String, String> r, String nameColumn, String table, int index, String codeColumn) {
    return new Row(
        r.get(nameColumn),
        Confidence.of(r.get("confidence")),
        new Row.Place(table, index + 2, r.get(codeColumn), r.get("source")));
  }

  private static String scheme(String cell) {
    return cell.startsWith("1910") ? DecodedFile.SCHEME_1910 : DecodedFile.SCHEME_1950;
  }

  // "[AA].1163" -> ".1163", ".00 (as 7[AA].00)" -> ".00", "500.A15" -> "500.a15".
  private static String key(String subdivision) {
    String s = PARENTHESIS_AT_END.matcher(subdivision).replaceAll("").replace("[AA]", "");
    return s.toLowerCase(Locale.ROOT);
  }

  Optional<Row> primaryClass(String scheme, String code) {
    return Optional.ofNullable(classes.get(scheme + "|" + code));
  }

  /** The country a code names in a scheme in a year; absent if the code is not valid then. */
  Optional<Row> country(String scheme, String code, int year) {
    List<CountryRow> rows =
        countries.getOrDefault(scheme + "|" + code.toLowerCase(Locale.ROOT), List.of());
    return rows.stream()
        .filter(c -> c.from() <= year && year <= c.to())
        .map(CountryRow::row)
        .findFirst();
  }

  /** Whether a code names a country in a scheme in a year. */
  boolean isCountry(String scheme, String code, int year) {
    return country(scheme, code, year).isPresent();
  }

  /** The subject row stored under a class and a key (".20", ".1163", "033", "500.a15"). */
  Optional<Row> subject(String scheme, String classCode, String key) {
    return Optional.ofNullable(
        subjects.get(scheme + "|" + classCode + "|" + key.toLowerCase(Locale.ROOT)));
  }
}
