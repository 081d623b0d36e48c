package org.chancery.serve.web;

import java.util.List;
import java.util.Optional;

/**
 * A presidential administration, the unit by which the Foreign Relations series has been planned
 * since the 1950s and by which the reading room shelves its volumes: a volume belongs to the
 * administration in office in the middle of its principal year.
 *
 * @param slug the era's address ({@code /eras/1913-1921})
 * @param name the presidents, as the Office of the Historian names the administrations
 * @param from the first year, in office from its inauguration day
 * @param to the last year, in office until the next inauguration
 */
record Era(String slug, String name, int from, int to) {

  // The presidents' terms (inaugurations on March 4 until 1933, January 20 from 1937), each
  // counted from its first full year in office: on July 1 of an inauguration year the incoming
  // administration holds office.
  static final List<Era> ADMINISTRATIONS =
      List.of(
          era("Buchanan", 1857, 1860),
          era("Lincoln", 1861, 1864),
          era("Andrew Johnson", 1865, 1868),
          era("Grant", 1869, 1876),
          era("Hayes", 1877, 1880),
          era("Garfield and Arthur", 1881, 1884),
          era("Cleveland", 1885, 1888),
          era("Benjamin Harrison", 1889, 1892),
          era("Cleveland", 1893, 1896),
          era("McKinley", 1897, 1900),
          era("Theodore Roosevelt", 1901, 1908),
          era("Taft", 1909, 1912),
          era("Wilson", 1913, 1920),
          era("Harding and Coolidge", 1921, 1928),
          era("Hoover", 1929, 1932),
          era("Franklin D. Roosevelt", 1933, 1944),
          era("Truman", 1945, 1952),
          era("Eisenhower", 1953, 1960),
          era("Kennedy and Johnson", 1961, 1968),
          era("Nixon and Ford", 1969, 1976),
          era("Carter", 1977, 1980),
          era("Reagan", 1981, 1988),
          era("George H. W. Bush", 1989, 1992),
          era("Clinton", 1993, 2000));

  /** Where volumes go with no dated document, or dated outside the table; shelved last. */
  static final Era OTHER = new Era("other", "other volumes", Integer.MAX_VALUE, 0);

  private static Era era(String name, int from, int to) {
    return new Era(from + "-" + to, name, from, to);
  }

  /** The administration in office in the middle of {@code year}, else {@link #OTHER}. */
  static Era of(int year) {
    return ADMINISTRATIONS.stream()
        .filter(e -> e.from <= year && year <= e.to)
        .findFirst()
        .orElse(OTHER);
  }

  /** The era at {@code slug}, if there is one. */
  static Optional<Era> bySlug(String slug) {
    return slug.equals(OTHER.slug)
        ? Optional.of(OTHER)
        : ADMINISTRATIONS.stream().filter(e -> e.slug.equals(slug)).findFirst();
  }

  /** The heading: the years and the administration. */
  String heading() {
    return equals(OTHER) ? "Undated and other volumes" : from + "–" + to + ": " + name;
  }

  /** Its page of volumes. */
  String href() {
    return "/eras/" + slug;
  }
}
