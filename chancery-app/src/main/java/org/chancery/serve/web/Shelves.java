package org.chancery.serve.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.chancery.search.Facet;
import org.chancery.search.FacetCount;
import org.chancery.search.SearchBackend;
import org.chancery.search.SearchRequest;
import org.chancery.search.UserQuery;
import org.chancery.search.VolumeInfo;

/**
 * The archive's volumes shelved by era: each volume's principal year (the year most of its
 * documents are dated), the era that puts it in, and the documents of every year across the
 * archive. Made once from one year count per volume, so a page of it costs no search.
 */
final class Shelves {
  /** A volume on its shelf: the year most of its documents are dated (0: none dated). */
  record Shelved(VolumeInfo volume, int year, Era era) {}

  /** An era's shelf: its volumes in order of year, then id, and how many documents they hold. */
  record Shelf(Era era, List<Shelved> volumes, int documents) {
    /** The first and last principal year of its volumes, or "" for the other volumes. */
    String years() {
      if (era.equals(Era.OTHER)) return "";
      int first = volumes.get(0).year();
      int last = volumes.get(volumes.size() - 1).year();
      return first == last ? String.valueOf(first) : first + "–" + last;
    }
  }

  private final List<Shelf> shelves;
  private final List<FacetCount> years;

  private Shelves(List<Shelf> shelves, List<FacetCount> years) {
    this.shelves = List.copyOf(shelves);
    this.years = List.copyOf(years);
  }

  /** The shelves of {@code volumes}, their years counted in {@code backend}. */
  static Shelves of(SearchBackend backend, List<VolumeInfo> volumes) throws IOException {
    Map<Integer, Integer> perYear = new TreeMap<>();
    Map<Era, List<Shelved>> byEra = new TreeMap<>(Comparator.comparingInt(Era::from));
    for (VolumeInfo v : volumes) {
      List<FacetCount> counts = yearsOf(backend, v.id());
      for (FacetCount c : counts)
        perYear.merge(Integer.parseInt(c.value()), c.count(), Integer::sum);
      int year = counts.isEmpty() ? 0 : Integer.parseInt(counts.get(0).value());
      Era era = Era.of(year);
      byEra.computeIfAbsent(era, e -> new ArrayList<>()).add(new Shelved(v, year, era));
    }
    List<Shelf> shelves = new ArrayList<>();
    byEra.forEach((era, list) -> shelves.add(shelf(era, list)));
    List<FacetCount> years = new ArrayList<>();
    perYear.forEach((y, n) -> years.add(new FacetCount(String.valueOf(y), n)));
    return new Shelves(shelves, years);
  }

  private static Shelf shelf(Era era, List<Shelved> volumes) {
    List<Shelved> sorted = new ArrayList<>(volumes);
    sorted.sort(
        Comparator.comparingInt(Shelved::year)
            .thenComparing(s -> s.volume().id(), NaturalOrder.INSTANCE));
    int documents = sorted.stream().mapToInt(s -> s.volume().documents()).sum();
    return new Shelf(era, sorted, documents);
  }

  // The volume's dated documents by year, most first (ties: earlier year first, as facets break
  // them by value).
  private static List<FacetCount> yearsOf(SearchBackend backend, String volume) throws IOException {
    SearchRequest r =
        SearchRequest.of(UserQuery.ALL)
            .volumes(Set.of(volume))
            .snippets(false)
            .page(0, 0)
            .facets(Set.of(Facet.YEAR));
    return backend.search(r).facet(Facet.YEAR).stream()
        .filter(c -> c.value().matches("\\d{4}"))
        .toList();
  }

  /** The shelves, oldest era first, the other volumes last. */
  List<Shelf> shelves() {
    return shelves;
  }

  /** The shelf of {@code era}, if any volume is on it. */
  Optional<Shelf> shelf(Era era) {
    return shelves.stream().filter(s -> s.era().equals(era)).findFirst();
  }

  /** The documents of each year across the archive, by year. */
  List<FacetCount> years() {
    return years;
  }
}
