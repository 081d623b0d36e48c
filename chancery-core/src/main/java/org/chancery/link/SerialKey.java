package org.chancery.link;

import java.util.Locale;
import java.util.regex.Pattern;

/** The key serial numbers are compared by ({@link Catalogue#numberKey}). */
final class SerialKey {
  private static final Pattern LEADING_ZEROS = Pattern.compile("^(?:([A-Z]+)-)?0+(?=\\d)");

  private SerialKey() {}

  static String of(String number) {
    String s = number.strip().replace('–', '-').replace('—', '-').toUpperCase(Locale.ROOT);
    return LEADING_ZEROS.matcher(s).replaceFirst(s.contains("-") ? "$1-" : "");
  }
}
