package org.chancery.serve.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.chancery.search.FacetCount;

/**
 * A bar chart of matching documents per year, laid out for an inline SVG: one bar per year from the
 * first to the last year with matches (years without matches get no bar but keep their place),
 * heights scaled to the busiest year.
 */
record YearChart(
    List<Bar> bars, int width, int height, int max, String firstYear, String lastYear) {
  static final int HEIGHT = 80;
  static final int BAR = 8;
  static final int GAP = 2;
  static final int MAX_WIDTH = 640;

  /** A year's bar: its place and size in the SVG. */
  record Bar(String year, int count, int x, int y, int w, int h, String href) {}

  /**
   * The chart for these year counts (any order), each bar leading to {@code href} of its year;
   * empty when there are none.
   */
  static YearChart of(List<FacetCount> years, Function<String, String> href) {
    List<int[]> yc = new ArrayList<>();
    for (FacetCount f : years) {
      if (f.value().matches("\\d{4}")) yc.add(new int[] {Integer.parseInt(f.value()), f.count()});
    }
    if (yc.isEmpty()) return new YearChart(List.of(), 0, HEIGHT, 0, "", "");
    yc.sort((a, b) -> Integer.compare(a[0], b[0]));
    int first = yc.get(0)[0];
    int last = yc.get(yc.size() - 1)[0];
    int max = yc.stream().mapToInt(a -> a[1]).max().orElse(1);
    int span = last - first + 1;
    int step = Math.max(1, Math.min(BAR + GAP, MAX_WIDTH / span));
    int w = Math.max(1, step - (step > 3 ? GAP : 0));
    List<Bar> bars = new ArrayList<>();
    for (int[] a : yc) {
      int h = Math.max(1, Math.round((float) a[1] * (HEIGHT - 2) / max));
      String year = String.valueOf(a[0]);
      bars.add(new Bar(year, a[1], (a[0] - first) * step, HEIGHT - h, w, h, href.apply(year)));
    }
    return new YearChart(
        bars, span * step, HEIGHT, max, String.valueOf(first), String.valueOf(last));
  }

  boolean isEmpty() {
    return bars.isEmpty();
  }
}
