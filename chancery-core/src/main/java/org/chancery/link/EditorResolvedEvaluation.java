package org.chancery.link;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.chancery.understand.references.Reference;
import org.chancery.understand.references.Reference.Item;

/**
 * The larger measure of the linker: every message of a reference whose target the editors give in
 * the footnote after it is resolved again without reading footnotes, and the two are compared.
 *
 * <p>A case is one message the footnote alone resolves (a document id or number, a page, "Supra",
 * "Infra"); a footnote that leaves several documents, says "Not printed" or points outside the
 * archive makes no case. Each case gets a {@link Verdict}; precision is right / (right + wrong),
 * recall right / cases.
 *
 * <p>Editors often point not at the message cited but at a related one that is printed: the copy
 * repeated to another post, the telegram that carried a note, the despatch that enclosed it. A case
 * is {@code stated} when the editors' target bears what the phrase states (its number, its day
 * within one); the tallies are given for all cases and for the stated ones.
 */
public final class EditorResolvedEvaluation {

  /** What resolution without footnotes gave for a case. */
  public enum Verdict {
    RIGHT,
    /** Resolved to another document than the editors'. */
    WRONG,
    /** Several documents fit and nothing chose one (the linker abstained). */
    AMBIGUOUS,
    /**
     * Documents of that time bear the number or date, but none in a series the reference admits.
     */
    WRONG_SERIES,
    /**
     * No document of the time the reference can mean bears the number or date, or the phrase gives
     * neither.
     */
    NO_CANDIDATE;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * One message the editors resolved: where it stands, its reference's family, the era of the
   * citing document, the editors' target, and what the linker gave without footnotes.
   */
  public record Case(
      String source,
      String phrase,
      int item,
      Reference.Family family,
      RecordEra era,
      String target,
      boolean stated,
      Verdict verdict,
      Link withoutFootnotes) {
    public Case {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(phrase, "phrase");
      Objects.requireNonNull(family, "family");
      Objects.requireNonNull(era, "era");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(withoutFootnotes, "withoutFootnotes");
    }

    /** The volume of the citing document. */
    public String volume() {
      return source.substring(0, source.indexOf('/'));
    }
  }

  /** Counts of each verdict over a group of cases. */
  public record Tally(Map<Verdict, Integer> counts) {
    public Tally {
      counts = Map.copyOf(counts);
    }

    static Tally of(List<Case> cases) {
      Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
      for (Verdict v : Verdict.values()) m.put(v, 0);
      for (Case c : cases) m.merge(c.verdict(), 1, Integer::sum);
      return new Tally(m);
    }

    public int count(Verdict v) {
      return counts.get(v);
    }

    public int cases() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public double precision() {
      int decided = count(Verdict.RIGHT) + count(Verdict.WRONG);
      return decided == 0 ? 0 : (double) count(Verdict.RIGHT) / decided;
    }

    public double recall() {
      return cases() == 0 ? 0 : (double) count(Verdict.RIGHT) / cases();
    }

    /** {@code cases=243 right=178 wrong=4 ambiguous=... precision=0.978 recall=0.733}. */
    public String summary() {
      StringBuilder s = new StringBuilder("cases=" + cases());
      for (Verdict v : Verdict.values())
        s.append(' ').append(v.label()).append('=').append(count(v));
      return s.append(
              String.format(Locale.ROOT, " precision=%.3f recall=%.3f", precision(), recall()))
          .toString();
    }
  }

  /** The cases of one run, and their tallies overall and by volume, family and era. */
  public record Figures(List<Case> cases) {
    public Figures {
      cases = List.copyOf(cases);
    }

    public Tally overall() {
      return Tally.of(cases);
    }

    /** The tally of the cases whose target bears the number and day the phrase states. */
    public Tally stated() {
      return Tally.of(cases.stream().filter(Case::stated).toList());
    }

    public Map<String, Tally> byVolume() {
      return by(Case::volume);
    }

    public Map<Reference.Family, Tally> byFamily() {
      return by(Case::family);
    }

    public Map<RecordEra, Tally> byEra() {
      return by(Case::era);
    }

    private <K extends Comparable<K>> Map<K, Tally> by(Function<Case, K> key) {
      Map<K, List<Case>> groups = new TreeMap<>();
      for (Case c : cases) groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c);
      Map<K, Tally> out = new TreeMap<>();
      groups.forEach((k, v) -> out.put(k, Tally.of(v)));
      return out;
    }
  }

  private EditorResolvedEvaluation() {}

  /** Catalogues {@code docs}, then compares each editor-resolved message with the linker's. */
  public static Figures run(LinkEvaluation.DocumentSource docs) throws IOException {
    MemoryCatalogue.Builder b = MemoryCatalogue.builder();
    docs.forEach(b::add);
    MemoryCatalogue catalogue = b.build();
    FootnoteResolver footnotes = new FootnoteResolver(catalogue);
    Linker linker = new Linker(catalogue, Linker.Options.NO_FOOTNOTES);
    List<Case> cases = new ArrayList<>();
    docs.forEach(d -> cases.addAll(cases(CitationReader.read(d), catalogue, footnotes, linker)));
    return new Figures(cases);
  }

  // The linker gives one link per message of each reference, in order, before any editorial link.
  static List<Case> cases(
      Citations c, Catalogue catalogue, FootnoteResolver footnotes, Linker linker) {
    List<Link> links = linker.link(c);
    List<Case> out = new ArrayList<>();
    int at = 0;
    for (Citations.Cited cited : c.references()) {
      Reference r = cited.reference();
      for (int i = 0; i < r.items().size(); i++, at++) {
        Optional<Pointer> p = cited.pointers().get(i);
        if (p.isEmpty()) continue;
        Optional<Outcome> byNote = footnotes.resolve(cited.frame(), r.items().get(i), p.get());
        if (byNote.isEmpty()
            || !byNote.get().resolved()
            || !(byNote.get().reason() instanceof Reason.ByFootnote)) continue;
        String target = byNote.get().target().get();
        Item item = r.items().get(i);
        boolean stated = catalogue.byKey(target).filter(e -> states(item, e)).isPresent();
        Link l = links.get(at);
        out.add(
            new Case(
                c.source(),
                r.text(),
                i,
                r.family(),
                era(cited.frame()),
                target,
                stated,
                verdict(l, target),
                l));
      }
    }
    return out;
  }

  // The number as printed or corrected, and the day within one (a telegram's day of dispatch and
  // of receipt).
  static boolean states(Item item, Entry e) {
    boolean number =
        item.effectiveNumber().isEmpty()
            || item.effectiveNumber()
                .map(Catalogue::numberKey)
                .filter(e.serial()::equals)
                .isPresent()
            || item.number()
                .map(Catalogue::numberKey)
                .filter(e.printedSerial()::equals)
                .isPresent();
    boolean day =
        item.date().isEmpty()
            || e.epochDay() != Entry.NONE
                && Math.abs(item.date().get().toEpochDay() - e.epochDay()) <= 1;
    return number && day;
  }

  private static RecordEra era(Frame f) {
    return f.epochDay() == Entry.NONE
        ? RecordEra.UNDATED
        : RecordEra.of(LocalDate.ofEpochDay(f.epochDay()));
  }

  static Verdict verdict(Link l, String target) {
    return switch (l.status()) {
      case RESOLVED -> l.target().get().equals(target) ? Verdict.RIGHT : Verdict.WRONG;
      case AMBIGUOUS -> Verdict.AMBIGUOUS;
      default ->
          l.reason().startsWith("no printed message fits")
              ? Verdict.WRONG_SERIES
              : Verdict.NO_CANDIDATE;
    };
  }

  /** Prints the tallies and, with {@code misses}, every case not resolved right. */
  public static void print(Figures f, PrintWriter out, boolean misses) {
    out.println("editor-resolved footnotes=no " + f.overall().summary());
    out.println("editor-resolved, target as stated, footnotes=no " + f.stated().summary());
    section(out, "volume", f.byVolume());
    section(out, "family", f.byFamily());
    section(out, "era", f.byEra());
    if (!misses) return;
    // By volume, each in reading order: the archive's own order is the order its import ran in.
    List<Case> byVolume = new ArrayList<>(f.cases());
    byVolume.sort(Comparator.comparing(c -> c.source().substring(0, c.source().indexOf('/'))));
    for (Case c : byVolume) {
      if (c.verdict() == Verdict.RIGHT) continue;
      Link l = c.withoutFootnotes();
      out.println(
          "  "
              + c.verdict().label()
              + (c.stated() ? " " : " (target not as stated) ")
              + c.source()
              + " '"
              + c.phrase()
              + "'"
              + (c.item() > 0 ? " #" + c.item() : "")
              + " -> "
              + c.target()
              + ": "
              + l.status().label()
              + " "
              + l.target().orElse("")
              + (l.candidates().isEmpty() ? "" : " " + l.candidates())
              + " ("
              + l.reason()
              + ")");
    }
  }

  // Eras by their years, families in lower case, volumes as their ids are written.
  private static String label(Object k) {
    if (k instanceof RecordEra e) return e.years();
    if (k instanceof Enum<?> e) return e.name().toLowerCase(Locale.ROOT);
    return k.toString();
  }

  private static <K> void section(PrintWriter out, String name, Map<K, Tally> tallies) {
    tallies.forEach((k, t) -> out.println("  by " + name + " " + label(k) + ": " + t.summary()));
  }
}
