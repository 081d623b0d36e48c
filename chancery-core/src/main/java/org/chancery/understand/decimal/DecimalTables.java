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

  /** One table row as the decoder uses it: the name and how well it is attested. */
  record Row(String name, Confidence confidence) {}

  private record CountryRow(Row row, int from, int to) {}

  static final String DIR = "/org/chancery/understand/decimal/";
  // Before BUNDLED, whose loading uses it.
  private static final Pattern PARENTHESIS_AT_END = Pattern.compile("\\s*\\(.*\\)$");
  private static final DecimalTables BUNDLED = new DecimalTables();

  private final Map<String, Row> classes = new HashMap<>();
  private final Map<String, List<CountryRow>> countries = new HashMap<>();
  private final Map<String, Row> subjects = new HashMap<>();

  private DecimalTables() {
    for (Map<String, String> r : Tables.csv(DIR + "classes.csv")) {
      classes.put(scheme(r.get("scheme")) + "|" + r.get("code"), row(r, "name"));
    }
    for (Map<String, String> r : Tables.csv(DIR + "countries.csv")) {
      addCountry(r);
    }
    for (Map<String, String> r : Tables.csv(DIR + "subjects.csv")) {
      subjects.put(
          scheme(r.get("scheme")) + "|" + r.get("class") + "|" + key(r.get("subdivision")),
          row(r, "name"));
    }
  }

  static DecimalTables bundled() {
    return BUNDLED;
  }

  private void addCountry(Map<String, String> r) {
    int from = Integer.parseInt(r.get("valid_from"));
    String scheme = from < 1950 ? DecodedFile.SCHEME_1910 : DecodedFile.SCHEME_1950;
    String k = scheme + "|" + r.get("code").toLowerCase(Locale.ROOT);
    CountryRow c = new CountryRow(row(r, "country"), from, Integer.parseInt(r.get("valid_to")));
    countries.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(c);
  }

  private static Row row(Map<String, String> r, String nameColumn) {
    return new Row(r.get(nameColumn), Confidence.of(r.get("confidence")));
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
