package org.chancery.link;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.chancery.search.RelatedBy;
import org.chancery.search.RelatedDocument;
import org.chancery.search.SearchBackend;

/**
 * How often the document a reference cites is among the documents related to the citing one: over
 * the messages whose target the editors give in a footnote ({@link EditorResolvedEvaluation}), a
 * measure of related documents that no one tuned them to.
 */
public final class RelatedEvaluation {
  /** How many related documents count: a document page and the API give ten. */
  public static final int TOP = 10;

  /** A citing document and the one the editors say it cites. */
  public record Pair(String source, String target) {
    public Pair {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
    }
  }

  /**
   * What related documents gave for each pair.
   *
   * @param ranks the target's rank among the {@link #TOP} related of the source (1 is first), 0
   *     where it is not among them; one per pair, in order
   */
  public record Figures(String method, List<Pair> pairs, List<Integer> ranks) {
    public Figures {
      pairs = List.copyOf(pairs);
      ranks = List.copyOf(ranks);
      if (pairs.size() != ranks.size())
        throw new IllegalArgumentException("one rank per pair: " + pairs.size() + " pairs");
    }

    /** Pairs whose target is among the related documents within {@code k}. */
    public int foundWithin(int k) {
      return (int) ranks.stream().filter(r -> r > 0 && r <= k).count();
    }

    /** The mean of 1/rank over all pairs (0 for a target not found). */
    public double meanReciprocalRank() {
      return ranks.isEmpty()
          ? 0
          : ranks.stream().mapToDouble(r -> r == 0 ? 0 : 1.0 / r).sum() / ranks.size();
    }
  }

  private RelatedEvaluation() {}

  /** The distinct pairs of the editor-resolved cases, a document citing itself left out. */
  public static List<Pair> pairs(EditorResolvedEvaluation.Figures cases) {
    Set<Pair> pairs = new LinkedHashSet<>();
    for (EditorResolvedEvaluation.Case c : cases.cases()) {
      if (!c.source().equals(c.target())) pairs.add(new Pair(c.source(), c.target()));
    }
    return List.copyOf(pairs);
  }

  /**
   * Asks {@code search} for the {@link #TOP} documents related {@code by} words, meaning or both to
   * each pair's source.
   */
  public static Figures run(List<Pair> pairs, SearchBackend search, RelatedBy by)
      throws IOException {
    List<Integer> ranks = new ArrayList<>(pairs.size());
    for (Pair p : pairs) {
      List<RelatedDocument> related = search.related(p.source(), TOP, by);
      int rank = 0;
      for (int i = 0; i < related.size() && rank == 0; i++) {
        if (related.get(i).hit().key().equals(p.target())) rank = i + 1;
      }
      ranks.add(rank);
    }
    return new Figures(by.description(), pairs, ranks);
  }

  /** Prints the figures: found within 1, 5 and 10, and the mean reciprocal rank. */
  public static void print(Figures f, PrintWriter out) {
    int n = f.pairs().size();
    out.printf(
        Locale.ROOT,
        "Related documents (%s): the cited document among the %d related of the citing one,"
            + " over %d editor-resolved pairs%n",
        f.method(),
        TOP,
        n);
    for (int k : new int[] {1, 5, TOP}) {
      out.printf(
          Locale.ROOT,
          "  within %2d: %4d of %d (%.1f%%)%n",
          k,
          f.foundWithin(k),
          n,
          n == 0 ? 0 : 100.0 * f.foundWithin(k) / n);
    }
    out.printf(Locale.ROOT, "  mean reciprocal rank: %.3f%n", f.meanReciprocalRank());
  }
}
