package org.chancery.understand.decimal;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of the Central Foreign Policy Files (from 1973): a film number with its frame ({@code
 * D750123–0456}) or a telegram number ({@code 1975STATE012345}, {@code 75 STATE 12345}), with its
 * kind and year.
 *
 * <p>{@code film} and {@code frame} are set for film numbers, {@code origin} (the sending post) and
 * {@code serial} for telegram numbers.
 */
public record PolicyFileNumber(
    Kind kind,
    int year,
    Optional<String> film,
    Optional<String> frame,
    Optional<String> origin,
    Optional<String> serial) {

  /** What a number refers to, known from its first letter or its form. */
  public enum Kind {
    /** {@code D}: an electronic telegram, on film. */
    ELECTRONIC_TELEGRAM,
    /** {@code P}: a paper document, on a P-reel. */
    PAPER,
    /** {@code N}: a NODIS document, on an N-reel. */
    NODIS,
    /** A telegram number: year, sending post, serial ({@code 1975STATE012345}). */
    TELEGRAM
  }

  // The files begin in 1973; a two-digit year is read in the 1900s from 73 on, and an earlier one
  // is not a number of these files.
  private static final int FIRST = 1973;
  private static final Pattern FILM = Pattern.compile("^([DPN](\\d{2})\\d{4})[-–](\\d{4})$");
  private static final Pattern TELEGRAM =
      Pattern.compile("^((?:19)?\\d{2})(?:([A-Z]{3,})(\\d{4,6})| ([A-Z]{3,}) (\\d{1,6}))$");

  public PolicyFileNumber {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(film, "film");
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(serial, "serial");
  }

  /** The parts of a printed number, or absent if it has neither form or a year before 1973. */
  public static Optional<PolicyFileNumber> parse(String printed) {
    String s = printed.strip();
    Matcher f = FILM.matcher(s);
    if (f.matches()) {
      int year = 1900 + Integer.parseInt(f.group(2));
      if (year < FIRST) return Optional.empty();
      Kind kind =
          switch (s.charAt(0)) {
            case 'D' -> Kind.ELECTRONIC_TELEGRAM;
            case 'P' -> Kind.PAPER;
            default -> Kind.NODIS;
          };
      return Optional.of(
          new PolicyFileNumber(
              kind,
              year,
              Optional.of(f.group(1)),
              Optional.of(f.group(3)),
              Optional.empty(),
              Optional.empty()));
    }
    Matcher t = TELEGRAM.matcher(s);
    if (!t.matches()) return Optional.empty();
    String y = t.group(1);
    // Four digits only with the compact form (1975STATE012345), two with the spaced (75 STATE 1).
    if (y.length() == 4 && t.group(2) == null || y.length() == 2 && t.group(2) != null) {
      return Optional.empty();
    }
    int year = y.length() == 4 ? Integer.parseInt(y) : 1900 + Integer.parseInt(y);
    if (year < FIRST || year > 1999) return Optional.empty();
    String origin = t.group(2) != null ? t.group(2) : t.group(4);
    String serial = t.group(3) != null ? t.group(3) : t.group(5);
    return Optional.of(
        new PolicyFileNumber(
            Kind.TELEGRAM,
            year,
            Optional.empty(),
            Optional.empty(),
            Optional.of(origin),
            Optional.of(serial)));
  }
}
