package org.chancery.understand.decimal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Decimal File number read against the reference tables: its scheme, class, countries and
 * subject, each absent where the tables do not say, and the parts left undecoded with the reason.
 *
 * <p>{@code number} is the number as cited; {@code file} the file part normalised (qualifier and
 * document number dropped, spaced letter suffixes rejoined: {@code 611.60i31}); {@code countries}
 * the first country, then the second for two-country numbers; {@code confidence} the weakest
 * confidence of the table rows used, absent when none was used; {@code system} the record system
 * the number's form belongs to; {@code date} the day a date-form document number of 1945–1963
 * stands for ({@code 1–1553}: January 15, 1953); {@code subjectNumeric} the printed parts of a
 * 1963–1973 number, {@code policyFile} those of a Central Foreign Policy File number (from 1973);
 * {@code sources} the table row behind each decoded part (class, countries, subject), in the order
 * read, each with its table, line and the row's own source note.
 */
public record DecodedFile(
    String number,
    Optional<String> series,
    Optional<String> scheme,
    String file,
    Optional<String> qualifier,
    Optional<String> classCode,
    Optional<String> className,
    List<String> countries,
    Optional<String> subject,
    Optional<String> documentNumber,
    List<String> unknown,
    Optional<Confidence> confidence,
    RecordSystem system,
    Optional<LocalDate> date,
    Optional<SubjectNumericFile> subjectNumeric,
    Optional<PolicyFileNumber> policyFile,
    List<TableSource> sources) {

  /** The Central Decimal File scheme of 1910 to 1949. */
  public static final String SCHEME_1910 = "1910-49";

  /** The Central Decimal File scheme of 1950 to January 1963. */
  public static final String SCHEME_1950 = "1950-63";

  /** The subject-numeric file of February 1963 to 1973. */
  public static final String SCHEME_1963 = "1963-73";

  /** The Central Foreign Policy Files from 1973. */
  public static final String SCHEME_1973 = "1973-";

  public DecodedFile {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(classCode, "classCode");
    Objects.requireNonNull(className, "className");
    countries = List.copyOf(countries);
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(documentNumber, "documentNumber");
    unknown = List.copyOf(unknown);
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(subjectNumeric, "subjectNumeric");
    Objects.requireNonNull(policyFile, "policyFile");
    sources = List.copyOf(sources);
  }

  /** Whether the number was decoded to a class and at least one country. */
  public boolean hasClassAndCountry() {
    return classCode.isPresent() && !countries.isEmpty();
  }

  /** This decoding with one more thing it could not tell, or how it told it. */
  public DecodedFile withUnknown(String note) {
    List<String> more = new java.util.ArrayList<>(unknown);
    more.add(note);
    return new DecodedFile(
        number,
        series,
        scheme,
        file,
        qualifier,
        classCode,
        className,
        countries,
        subject,
        documentNumber,
        more,
        confidence,
        system,
        date,
        subjectNumeric,
        policyFile,
        sources);
  }
}
