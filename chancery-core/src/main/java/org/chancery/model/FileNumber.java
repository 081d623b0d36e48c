package org.chancery.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A Decimal File number as printed in a source note ({@code 861.20/406}, {@code 711.90H/41}), with
 * the file series when it is not the Department's central file ({@code Paris Peace Conf.}).
 */
public record FileNumber(String number, Optional<String> series) {
  public FileNumber {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(series, "series");
  }

  /**
   * The file the paper was filed in: the number before the slash ({@code 861.20} of {@code
   * 861.20/406}), which every paper on that country and subject shares.
   */
  public String file() {
    int slash = number.indexOf('/');
    return (slash < 0 ? number : number.substring(0, slash)).strip();
  }

  /** The number as cited: the series, if any, then the number. */
  public String cited() {
    return series.map(s -> s + " " + number).orElse(number);
  }
}
