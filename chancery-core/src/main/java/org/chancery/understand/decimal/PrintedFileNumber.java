package org.chancery.understand.decimal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.FileNumber;

/**
 * A file number as printed, split into its parts: {@code 611.60 i 31/5} has head {@code 611},
 * subdivision {@code 60i31} and document number {@code 5}; {@code 835.00 Revolutions/2} has the
 * qualifier {@code Revolutions}.
 */
record PrintedFileNumber(
    FileNumber cited,
    Optional<String> series,
    String file,
    String head,
    String subdivision,
    String suffix,
    Optional<String> qualifier,
    Optional<String> documentNumber,
    boolean wellFormed) {

  private static final Pattern PREFIX =
      Pattern.compile("^(?:File No\\.?\\s*)?(Paris Peace Conf\\.\\s*)?");
  // Head (class and country), the part after the point with any spaced letter suffix
  // ("60 i 31", "A15 a 1"), a hyphenated suffix (".5-MSP", ".2553–AIOC"), the qualifier, the
  // document number.
  private static final Pattern NUMBER =
      Pattern.compile(
          "^(\\d{3}[A-Za-z]?)(?:\\.([0-9A-Za-z]*(?: [a-z] ?\\d+)*))?([-–][A-Za-z]+)?([^/]*?)\\s*(?:/\\s*(.*))?$");

  static PrintedFileNumber of(FileNumber f) {
    Matcher p = PREFIX.matcher(f.number().strip());
    p.find();
    Optional<String> series =
        f.series().or(() -> Optional.ofNullable(p.group(1)).map(String::strip));
    String rest = f.number().strip().substring(p.end());
    Matcher m = NUMBER.matcher(rest);
    if (!m.matches()) {
      return new PrintedFileNumber(
          f, series, rest, "", "", "", Optional.empty(), Optional.empty(), false);
    }
    String sub = m.group(2) == null ? "" : m.group(2).replace(" ", "");
    String file =
        m.group(1) + (m.group(2) == null ? "" : "." + sub) + (m.group(3) == null ? "" : m.group(3));
    return new PrintedFileNumber(
        f,
        series,
        file,
        m.group(1).toLowerCase(Locale.ROOT),
        sub.toLowerCase(Locale.ROOT),
        m.group(3) == null ? "" : m.group(3).replace('–', '-').toLowerCase(Locale.ROOT),
        blankToEmpty(m.group(4)),
        blankToEmpty(m.group(5)),
        true);
  }

  private static Optional<String> blankToEmpty(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  /** The class digit. */
  String classCode() {
    return head.substring(0, 1);
  }

  /**
   * The two digits (and letter) after the class digit: a country number or part of a subject
   * number.
   */
  String countryPart() {
    return head.substring(1);
  }
}
