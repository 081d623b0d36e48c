package org.chancery.understand.decimal;

/** The Department's central record system a file number belongs to, known from its form. */
public enum RecordSystem {
  /** The Central Decimal File, 1910 to January 1963: {@code 861.20/406}, {@code 611.61/1–1553}. */
  CENTRAL_DECIMAL_FILE,
  /** The subject-numeric file, February 1963 to 1973: {@code POL 27 VIET S}. */
  SUBJECT_NUMERIC_FILE,
  /**
   * The Central Foreign Policy Files from 1973: film numbers ({@code D750123–0456}) and telegram
   * numbers ({@code 1975STATE012345}).
   */
  CENTRAL_FOREIGN_POLICY_FILE
}
