package org.chancery.link;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.chancery.model.Document;
import org.chancery.read.ReadException;
import org.chancery.read.formats.Readers;
import org.chancery.understand.references.Reference;
import org.chancery.understand.references.ReferenceGrammar;

/**
 * Measures the linker against the editors' gold set ({@code gold/editor-links.jsonl}): reads the
 * volumes twice (once to catalogue, once to link), matches each gold line of relation {@code
 * direct} to the link produced for the same source document, a phrase that overlaps, and the same
 * item of a list, and counts it correct (same target), wrong (another target) or missed. Precision
 * is correct / (correct + wrong); recall is correct / gold lines.
 */
public final class LinkEvaluation {
  private static final ObjectMapper GOLD = new ObjectMapper();

  /** Documents to evaluate over; each call of {@code forEach} reads them all again, in order. */
  @FunctionalInterface
  public interface DocumentSource {
    void forEach(Consumer<Document> sink) throws IOException;
  }

  /**
   * One line of the gold file, as far as the evaluation needs it. {@code number} is the item's
   * number as written ("100 [99?]"), or "" when the item has none; a gold line may name one item of
   * a list with {@code item} 0 and {@code items} 1, and then only its number says which.
   */
  public record GoldLine(
      String volume,
      String source,
      String phrase,
      String target,
      Relation relation,
      int item,
      int items,
      String number) {
    public GoldLine {
      Objects.requireNonNull(volume, "volume");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(phrase, "phrase");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(relation, "relation");
      Objects.requireNonNull(number, "number");
    }

    public String sourceKey() {
      return volume + "/" + source;
    }

    public String targetKey() {
      return volume + "/" + target;
    }
  }

  /** How the editors' footnote relates to the phrase, as the gold file judges it. */
  public enum Relation {
    /** The footnote identifies the very message the phrase cites: the lines scored. */
    DIRECT,
    INDIRECT,
    UNCLEAR,
    DESCRIBED;

    static Relation of(String written) {
      for (Relation r : values()) if (r.name().equalsIgnoreCase(written)) return r;
      throw new IllegalArgumentException(
          "relation '" + written + "' is not direct, indirect, unclear or described");
    }
  }

  /** A gold line not linked right, with the link the linker made for it, if any. */
  public record Failure(GoldLine gold, Optional<Link> link) {
    public Failure {
      Objects.requireNonNull(gold, "gold");
      Objects.requireNonNull(link, "link");
    }

    /** What the linker said: {@code unresolved [] (no printed message fits ...) 'phrase'}. */
    public String outcome() {
      return link.map(Failure::describe).orElse("no reference found");
    }

    private static String describe(Link l) {
      return l.status().label()
          + " "
          + l.target().orElse("")
          + " "
          + l.candidates()
          + " ("
          + l.reason()
          + ") '"
          + l.phrase()
          + "'";
    }
  }

  /** The figures of one run. */
  public record Figures(
      boolean footnotes, int gold, int correct, int wrong, int missed, List<Failure> failures) {
    public Figures {
      failures = List.copyOf(failures);
    }

    public double precision() {
      return correct + wrong == 0 ? 0 : (double) correct / (correct + wrong);
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    /** One line: {@code footnotes=no gold=178 correct=... precision=0.981 recall=0.902}. */
    public String summary() {
      return String.format(
          Locale.ROOT,
          "footnotes=%s gold=%d correct=%d wrong=%d missed=%d precision=%.3f recall=%.3f",
          footnotes ? "yes" : "no",
          gold,
          correct,
          wrong,
          missed,
          precision(),
          recall());
    }
  }

  private LinkEvaluation() {}

  /** The lines of a gold file; lines of every relation. */
  @SuppressWarnings("unchecked")
  public static List<GoldLine> readGold(Path file) throws IOException {
    List<GoldLine> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) continue;
      try {
        Map<String, Object> m = GOLD.readValue(lines.get(i), Map.class);
        out.add(
            new GoldLine(
                str(m, "volume"),
                str(m, "source_doc"),
                str(m, "phrase"),
                str(m, "target_doc"),
                Relation.of(str(m, "relation")),
                num(m, "item_index"),
                Math.max(1, num(m, "n_items")),
                itemNumber(m)));
      } catch (RuntimeException | JsonProcessingException e) {
        throw new IOException(
            file + ":" + (i + 1) + ":1: expected a gold link object: " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static String str(Map<String, Object> m, String k) {
    return Objects.toString(m.get(k), "");
  }

  // The number of the gold item as printed: "100" of "100 [99?]".
  private static String itemNumber(Map<String, Object> m) {
    if (!(m.get("item") instanceof Map<?, ?> item)
        || !(item.get("num") instanceof String n)
        || n.isBlank()) return "";
    return n.strip().split("\\s+")[0];
  }

  private static int num(Map<String, Object> m, String k) {
    return m.get(k) instanceof Number n ? n.intValue() : 0;
  }

  /** Runs over TEI or text volumes read with {@link Readers}. */
  public static Figures run(List<Path> volumes, Path gold, Linker.Options options)
      throws IOException {
    return run(readersOf(volumes), readGold(gold), options);
  }

  /** A source reading {@code volumes} with the reader {@link Readers} picks for each. */
  public static DocumentSource readersOf(List<Path> volumes) {
    return sink -> {
      for (Path v : volumes) {
        try {
          Readers.forFile(v).read(v, sink);
        } catch (ReadException e) {
          throw new IOException(e.getMessage(), e);
        }
      }
    };
  }

  /**
   * Runs the linker over {@code docs} and scores it on the {@code direct} lines of {@code gold}.
   */
  public static Figures run(DocumentSource docs, List<GoldLine> gold, Linker.Options options)
      throws IOException {
    List<GoldLine> direct = gold.stream().filter(g -> g.relation() == Relation.DIRECT).toList();
    MemoryCatalogue.Builder b = MemoryCatalogue.builder();
    docs.forEach(b::add);
    Linker linker = new Linker(b.build(), options);
    Set<String> sources = new HashSet<>();
    direct.forEach(g -> sources.add(g.sourceKey()));
    Map<String, List<Scored>> links = new HashMap<>();
    docs.forEach(
        d -> {
          if (sources.contains(d.key())) links.put(d.key(), scored(d, linker.link(d)));
        });
    return score(direct, links, options.useFootnotes());
  }

  /** A link with the number of the item it resolves, as printed ("" when the item has none). */
  record Scored(Link link, String number) {}

  // The item numbers come from the grammar again: a link keeps the reference's place, not its
  // items.
  private static List<Scored> scored(Document d, List<Link> links) {
    Map<String, Reference> refs = new HashMap<>();
    for (Reference r : ReferenceGrammar.find(d)) refs.put(r.block() + ":" + r.start(), r);
    List<Scored> out = new ArrayList<>();
    for (Link l : links) {
      Reference r = refs.get(l.block() + ":" + l.start());
      boolean has = l.kind() == Link.Kind.REFERENCE && r != null && l.item() < r.items().size();
      out.add(new Scored(l, has ? r.items().get(l.item()).number().orElse("") : ""));
    }
    return out;
  }

  static Figures score(List<GoldLine> direct, Map<String, List<Scored>> links, boolean footnotes) {
    int correct = 0;
    int wrong = 0;
    List<Failure> failures = new ArrayList<>();
    for (GoldLine g : direct) {
      Optional<Link> l = match(g, links.getOrDefault(g.sourceKey(), List.of()));
      boolean right = l.flatMap(Link::target).filter(g.targetKey()::equals).isPresent();
      if (right) correct++;
      else if (l.isPresent() && l.get().target().isPresent()) wrong++;
      if (!right) failures.add(new Failure(g, l));
    }
    return new Figures(
        footnotes, direct.size(), correct, wrong, direct.size() - correct - wrong, failures);
  }

  // Same phrase (either contains the other), then the item of the same number, else the same item
  // of a list; a right link wins a tie.
  private static Optional<Link> match(GoldLine g, List<Scored> links) {
    String phrase = norm(g.phrase());
    List<Scored> overlapping =
        links.stream()
            .filter(s -> s.link().kind() == Link.Kind.REFERENCE)
            .filter(s -> overlaps(phrase, norm(s.link().phrase())))
            .toList();
    List<Link> sameNumber =
        overlapping.stream()
            .filter(
                s ->
                    !g.number().isEmpty()
                        && !s.number().isEmpty()
                        && Catalogue.numberKey(s.number()).equals(Catalogue.numberKey(g.number())))
            .map(Scored::link)
            .toList();
    List<Link> sameItem =
        overlapping.stream()
            .map(Scored::link)
            .filter(l -> l.item() == g.item() || g.items() == 1 && l.item() == 0)
            .toList();
    List<Link> pool = !sameNumber.isEmpty() ? sameNumber : sameItem;
    return pool.stream()
        .filter(l -> l.target().filter(g.targetKey()::equals).isPresent())
        .findFirst()
        .or(() -> pool.stream().findFirst());
  }

  // One contains the other, or they run together for 8 characters or more from where the shorter
  // starts
  // ("refer to my No. 56" and "my No. 56, of this date").
  static boolean overlaps(String gold, String produced) {
    if (gold.contains(produced) || produced.contains(gold)) return true;
    int at = gold.indexOf(produced.substring(0, Math.min(5, produced.length())));
    if (at < 0) return false;
    String g = gold.substring(at);
    int common = 0;
    while (common < g.length()
        && common < produced.length()
        && g.charAt(common) == produced.charAt(common)) common++;
    return common >= Math.min(5, Math.min(g.length(), produced.length()))
        && (common == g.length() || common == produced.length());
  }

  private static String norm(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /** Prints the figures and, with {@code failures}, each failure. */
  public static void print(Figures f, PrintWriter out, boolean failures) {
    out.println(f.summary());
    if (!failures) return;
    for (Failure x : f.failures()) {
      out.println(
          "  "
              + x.gold().sourceKey()
              + " '"
              + x.gold().phrase()
              + "' -> "
              + x.gold().target()
              + ": "
              + x.outcome());
    }
  }
}
