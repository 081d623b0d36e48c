package org.chancery.understand.decimal;

import java.util.Optional;
import org.chancery.understand.decimal.DecimalTables.Row;

/**
 * How the digits of a file number are laid out in each class: one country, a pair, or a subject
 * number.
 */
final class Layouts {
  private Layouts() {}

  /**
   * One country after the class digit, then a subject after the point (1910-49 class 8; 1950-63
   * classes 2, 7-9).
   */
  static void single(Decoding d) {
    if (firstCountry(d)) {
      subjectByPrefix(d, d.number.classCode(), d.number.subdivision());
    }
  }

  /**
   * Two countries, the second after the point, then a subject (1910-49 classes 2-4, 7; 1950-63
   * classes 4-6).
   */
  static void pair(Decoding d) {
    if (d.number.head().startsWith("70")
        && !d.tables.isCountry(d.scheme(), d.number.countryPart(), d.year)) {
      representation(d);
      return;
    }
    if (!firstCountry(d)) return;
    String sub = d.number.subdivision();
    Optional<Row> whole = d.tables.subject(d.scheme(), d.number.classCode(), "." + sub);
    String rest = sub.startsWith("00") ? sub.substring(2) : afterCountry(d, sub);
    if (sub.startsWith("00") && rest.isEmpty()) {
      d.tables.subject(d.scheme(), d.number.classCode(), ".00").ifPresent(d::subject);
    } else if (whole.isPresent() && !sub.isEmpty()) {
      d.subject(whole.get());
    } else {
      subjectByPrefix(d, d.number.classCode(), rest);
    }
  }

  /** 1910-49 class 6: one country, or a trade agreement {@code 6[A].[B]31} between two. */
  static void commerce(Decoding d) {
    if (!firstCountry(d)) return;
    String sub = d.number.subdivision();
    if (sub.endsWith("31") && sub.length() > 2) {
      String b = sub.substring(0, sub.length() - 2);
      Optional<Row> second = d.tables.country(d.scheme(), b, d.year);
      if (second.isPresent()) {
        d.country(second.get());
        d.tables.subject(d.scheme(), "6", ".[bb]31").ifPresent(d::subject);
        return;
      }
    }
    subjectByPrefix(d, "6", sub);
  }

  /** 1910-49 class 7, 701-709: a representation subject, the two countries after the point. */
  static void representation(Decoding d) {
    Optional<Row> subject = d.tables.subject(d.scheme(), "7", d.number.head());
    subject.ifPresentOrElse(
        d::subject,
        () -> d.unknown("subject number '" + d.number.head() + "' is not in the tables"));
    if (subject.isPresent()) {
      String rest = afterCountry(d, d.number.subdivision());
      if (d.number.subdivision().length() > rest.length()) rest = afterCountry(d, rest);
      if (!rest.isEmpty())
        d.unknown("'" + rest + "' after the point does not read as a country number");
    } else if (!d.number.subdivision().isEmpty()) {
      d.unknown("subdivision '." + d.number.subdivision() + "' is not in the tables");
    }
  }

  /**
   * 1910-49 classes 0 and 1: a subject number; 033, 124 and 125 carry countries after the point.
   */
  static void subjectNumber(Decoding d, boolean countriesAfterPoint) {
    String head = d.number.head();
    Optional<Row> exact = d.tables.subject(d.scheme(), d.number.classCode(), head);
    String group = head.substring(0, 2) + "0";
    if (exact.isPresent()) {
      d.subject(exact.get());
    } else {
      d.tables.subject(d.scheme(), d.number.classCode(), group).ifPresent(d::subject);
      d.unknown(
          "subject number '"
              + head
              + "' is not in the tables"
              + (group.equals(head) ? "" : "; read as its group '" + group + "'"));
    }
    String rest = d.number.subdivision();
    if (countriesAfterPoint) {
      rest = afterCountry(d, rest);
      if (head.equals("033") && !rest.isEmpty()) rest = afterCountry(d, rest);
    }
    if (!rest.isEmpty())
      d.unknown("subdivision '." + rest + "' of " + head + " is not in the tables");
  }

  /** 1910-49 class 5: named conference files, else the digits after 5 read as a class-8 subject. */
  static void conference(Decoding d) {
    String file = d.number.file().toLowerCase(java.util.Locale.ROOT);
    for (String named : new String[] {"500.a15", "500.a4", "500.c"}) {
      if (file.startsWith(named)) {
        d.tables.subject(d.scheme(), "5", named).ifPresent(d::subject);
        return;
      }
    }
    subjectByPrefix(d, "8", d.number.countryPart() + d.number.subdivision());
  }

  /** 1950-63 classes 0, 1 and 3: no country; only the few subject numbers FRUS usage shows. */
  static void subjectOnly(Decoding d) {
    String key =
        d.number.head() + (d.number.subdivision().isEmpty() ? "" : "." + d.number.subdivision());
    for (int len = key.length(); len >= 3; len--) {
      Optional<Row> row = d.tables.subject(d.scheme(), d.number.classCode(), key.substring(0, len));
      if (row.isPresent()) {
        d.subject(row.get());
        if (len < key.length())
          d.unknown(
              "'"
                  + key.substring(len)
                  + "' after '"
                  + key.substring(0, len)
                  + "' is not in the tables");
        return;
      }
    }
    d.unknown("subject number '" + key + "' is not in the " + d.scheme() + " tables");
  }

  private static boolean firstCountry(Decoding d) {
    String code = d.number.countryPart();
    Optional<Row> row = d.tables.country(d.scheme(), code, d.year);
    row.ifPresentOrElse(
        d::country,
        () ->
            d.unknown(
                "country number '"
                    + code
                    + "' is not in the "
                    + d.scheme()
                    + " table for "
                    + d.year));
    return row.isPresent();
  }

  // Reads a country number (two digits and a letter, else two digits) at the start of s, adds it,
  // and returns what follows; returns s unchanged when no country number starts it.
  private static String afterCountry(Decoding d, String s) {
    for (int len : new int[] {3, 2}) {
      if (s.length() >= len && Character.isDigit(s.charAt(0)) && Character.isDigit(s.charAt(1))) {
        Optional<Row> row =
            len == 3 && !Character.isLetter(s.charAt(2))
                ? Optional.empty()
                : d.tables.country(d.scheme(), s.substring(0, len), d.year);
        if (row.isPresent()) {
          d.country(row.get());
          return s.substring(len);
        }
      }
    }
    return s;
  }

  // The longest subject key of the class that begins the digits; the rest is named as unknown.
  private static void subjectByPrefix(Decoding d, String cls, String digits) {
    String suffix = d.number.suffix();
    if (!suffix.isEmpty() && d.tables.subject(d.scheme(), cls, "." + digits + suffix).isPresent()) {
      d.subject(d.tables.subject(d.scheme(), cls, "." + digits + suffix).get());
      return;
    }
    for (int len = digits.length(); len >= 1; len--) {
      Optional<Row> row = d.tables.subject(d.scheme(), cls, "." + digits.substring(0, len));
      if (row.isPresent()) {
        d.subject(row.get());
        if (len < digits.length())
          d.unknown(
              "subject '."
                  + digits
                  + "' is not in the tables; read as its division '."
                  + digits.substring(0, len)
                  + "'");
        return;
      }
    }
    if (!digits.isEmpty()) d.unknown("subject '." + digits + "' is not in the tables");
  }
}
