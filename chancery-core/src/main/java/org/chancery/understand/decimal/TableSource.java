package org.chancery.understand.decimal;

import java.util.Objects;

/**
 * Where one decoded part of a file number comes from: the bundled table and its line, and the row's
 * own note of its sources (a manual, a finding aid, a FRUS document that prints the number).
 *
 * @param part which part of the number the row decodes
 * @param code the code the row was found under ({@code 861}, {@code .20})
 * @param name what the row says the code means
 * @param table the table's file name ({@code countries.csv})
 * @param line the row's line in the table, from 1 (the header is line 1)
 * @param source the row's source note as written in the table
 */
public record TableSource(
    Part part, String code, String name, String table, int line, String source) {

  /** The part of a number a table decodes. */
  public enum Part {
    CLASS,
    COUNTRY,
    SUBJECT
  }

  public TableSource {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(source, "source");
    if (line < 2) throw new IllegalArgumentException("a table row is on line 2 or later: " + line);
  }

  /** The table and line as a reader cites them: {@code countries.csv:312}. */
  public String cited() {
    return table + ":" + line;
  }
}
