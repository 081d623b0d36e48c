package org.chancery.understand.people;

/** An office of the United States that one person holds at a time, its holders in a table. */
public enum ExecutiveOffice {
  /** The President, from {@code presidents.tsv}. */
  PRESIDENT("presidents.tsv", "president-", "President of the United States"),
  /** The Vice President, from {@code vice-presidents.tsv}. */
  VICE_PRESIDENT("vice-presidents.tsv", "vice-president-", "Vice President of the United States");

  // The bundled table of holders, and what begins the Chancery id of one known to it alone.
  final String table;
  final String idPrefix;

  /** The office's title, as a role is shown. */
  public final String title;

  ExecutiveOffice(String table, String idPrefix, String title) {
    this.table = table;
    this.idPrefix = idPrefix;
    this.title = title;
  }
}
