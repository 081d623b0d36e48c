package org.chancery.understand.decimal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.understand.decimal.DecimalTables.Row;

/** The state of one decoding: what has been read of a number so far, and what could not be. */
final class Decoding {
  final DecimalTables tables;
  final PrintedFileNumber number;
  final Optional<String> scheme;
  final int year;
  private final Optional<LocalDate> date;
  private String classCode;
  private String className;
  private String subject;
  private final List<String> countries = new ArrayList<>();
  private final List<String> unknown = new ArrayList<>();
  private Confidence confidence;
  private final List<TableSource> sources = new ArrayList<>();

  Decoding(
      DecimalTables tables,
      PrintedFileNumber number,
      Optional<String> scheme,
      int year,
      Optional<LocalDate> date) {
    this.tables = tables;
    this.number = number;
    this.scheme = scheme;
    this.year = year;
    this.date = date;
  }

  String scheme() {
    return scheme.orElseThrow();
  }

  void primaryClass(String code, Row row) {
    classCode = code;
    className = row.name();
    use(row, TableSource.Part.CLASS);
  }

  void country(Row row) {
    countries.add(row.name());
    use(row, TableSource.Part.COUNTRY);
  }

  void subject(Row row) {
    subject = row.name();
    use(row, TableSource.Part.SUBJECT);
  }

  void unknown(String why) {
    unknown.add(why);
  }

  private void use(Row row, TableSource.Part part) {
    confidence = confidence == null ? row.confidence() : confidence.min(row.confidence());
    sources.add(row.source(part));
  }

  DecodedFile result() {
    return new DecodedFile(
        number.cited().number(),
        number.series(),
        scheme,
        number.file(),
        number.qualifier(),
        Optional.ofNullable(classCode),
        Optional.ofNullable(className),
        countries,
        Optional.ofNullable(subject),
        number.documentNumber(),
        unknown,
        Optional.ofNullable(confidence),
        RecordSystem.CENTRAL_DECIMAL_FILE,
        date,
        Optional.empty(),
        Optional.empty(),
        sources);
  }
}
