package org.chancery.understand.decimal;

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
 * confidence of the table rows used, absent when none was used.
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
    Optional<Confidence> confidence) {

  /** The Central Decimal File scheme of 1910 to 1949. */
  public static final String SCHEME_1910 = "1910-49";

  /** The Central Decimal File scheme of 1950 to January 1963. */
  public static final String SCHEME_1950 = "1950-63";

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
  }

  /** Whether the number was decoded to a class and at least one country. */
  public boolean hasClassAndCountry() {
    return classCode.isPresent() && !countries.isEmpty();
  }
}
