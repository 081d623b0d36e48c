package org.chancery.link;

import java.time.LocalDate;

/**
 * The Department of State's filing system in force when a document was written: references were
 * numbered, dated and filed differently under each, so the linker is measured per era.
 *
 * <p>Years from the National Archives' description of Record Group 59 (General Records of the
 * Department of State): bound volumes of despatches and instructions to 1906, the Numerical File
 * 1906–1910, the Decimal File 1910–1963 (its scheme revised in 1950), the Subject-Numeric File
 * 1963–1973, the electronic Central Foreign Policy File from 1973.
 */
public enum RecordEra {
  BOUND_VOLUMES("to 1906", Integer.MIN_VALUE),
  NUMERICAL_FILE("1906-1910", 1906),
  DECIMAL_FILE("1910-1949", 1910),
  DECIMAL_FILE_REVISED("1950-1963", 1950),
  SUBJECT_NUMERIC_FILE("1963-1973", 1963),
  CENTRAL_FOREIGN_POLICY_FILE("from 1973", 1973),
  UNDATED("undated", Integer.MAX_VALUE);

  private final String years;
  private final int from;

  RecordEra(String years, int from) {
    this.years = years;
    this.from = from;
  }

  /** The years the era covers, as a report prints them. */
  public String years() {
    return years;
  }

  /** The era of a document written on {@code day}. */
  public static RecordEra of(LocalDate day) {
    RecordEra era = BOUND_VOLUMES;
    for (RecordEra e : values()) if (e != UNDATED && day.getYear() >= e.from) era = e;
    return era;
  }
}
