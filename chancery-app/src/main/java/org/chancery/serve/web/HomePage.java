package org.chancery.serve.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The front page's model: the archive's counts, its documents per year, and its volumes shelved by
 * era. The volumes themselves are listed only while there are few of them; otherwise each era's
 * page lists them, so the front page stays the same small size at any archive size.
 */
record HomePage(
    int volumes,
    int documents,
    List<Shelves.Shelf> shelves,
    YearChart chart,
    Optional<Instant> lastImport) {
  /** The most volumes the front page lists itself. */
  static final int LISTED = 30;

  HomePage {
    shelves = List.copyOf(shelves);
  }

  /** The page for {@code shelves}, with bars leading to a search of their year. */
  static HomePage of(Shelves shelves, int documents, Optional<Instant> lastImport) {
    int volumes = shelves.shelves().stream().mapToInt(s -> s.volumes().size()).sum();
    YearChart chart = YearChart.of(shelves.years(), y -> "/search?q=&from=" + y + "&to=" + y);
    return new HomePage(volumes, documents, shelves.shelves(), chart, lastImport);
  }

  /**
   * When the last import finished, in UTC to the minute ("2026-12-06 03:27 UTC"); empty if unknown.
   */
  Optional<String> lastImportText() {
    return lastImport.map(
        t ->
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(ZoneOffset.UTC)
                .format(t));
  }

  /** Whether the volumes are listed here, under their eras. */
  boolean listsVolumes() {
    return volumes <= LISTED;
  }
}
