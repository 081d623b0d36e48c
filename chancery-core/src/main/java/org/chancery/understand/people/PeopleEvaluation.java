package org.chancery.understand.people;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.chancery.model.Document;
import org.chancery.model.Party;

/**
 * How many of the parties printed by name in document heads (one person, sender or recipient) are
 * linked to a POCOM person, by volume, decade and rule; and the precision of the links on a sample
 * checked by hand.
 */
public final class PeopleEvaluation {
  /** The documents to measure, passed one by one. */
  @FunctionalInterface
  public interface Documents {
    /** Passes every document to {@code sink}. */
    void forEach(Consumer<Document> sink) throws IOException;
  }

  /** The volumes to measure, each passed whole: files read one by one. */
  @FunctionalInterface
  public interface Volumes {
    /** Passes the documents of every volume to {@code sink}, a volume at a time. */
    void forEach(Consumer<List<Document>> sink) throws IOException;
  }

  /** One checked party of the sample: who it is ({@code expected}), or no POCOM person. */
  public record SampleRow(
      String volume,
      String document,
      PartyContext.Side side,
      String printed,
      Optional<String> expected,
      String why) {}

  /** A sample row with what the identifier said, and by which rule. */
  public record Scored(SampleRow row, Optional<String> got, IdentificationRule rule) {
    /** Whether a person was named and it is the wrong one (or none was expected). */
    public boolean wrong() {
      return got.isPresent() && !got.equals(row.expected());
    }
  }

  /** Named parties and those linked, with the rules that linked them. */
  public static final class Tally {
    private int named;
    private int linked;
    private final Map<IdentificationRule, Integer> byRule = new EnumMap<>(IdentificationRule.class);

    void add(IdentificationRule rule) {
      named++;
      if (rule != IdentificationRule.NONE) {
        linked++;
        byRule.merge(rule, 1, Integer::sum);
      }
    }

    /** Parties printed by name. */
    public int named() {
      return named;
    }

    /** Of those, the parties linked to a person. */
    public int linked() {
      return linked;
    }

    /** The linked parties by rule. */
    public Map<IdentificationRule, Integer> byRule() {
      return Map.copyOf(byRule);
    }
  }

  /** The figures of one run. */
  public record Report(
      Map<String, Tally> byVolume, Map<String, Tally> byDecade, Tally total, List<Scored> sample) {}

  private PeopleEvaluation() {}

  /** Reads a sample file: tab-separated, a header line, lines beginning with '#' are notes. */
  public static List<SampleRow> readSample(Path file) throws IOException {
    List<SampleRow> rows = new ArrayList<>();
    boolean header = true;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 6) throw new IOException(file + ": a line without six columns: " + line);
      rows.add(
          new SampleRow(
              f[0],
              f[1],
              PartyContext.Side.valueOf(f[2].toUpperCase(java.util.Locale.ROOT)),
              f[3],
              f[4].equals("-") ? Optional.empty() : Optional.of(f[4]),
              f[5]));
    }
    return rows;
  }

  /** Whether a party counts: its name is printed and names one person. */
  public static boolean named(Party p) {
    return p.name().map(Names::onePerson).orElse(false);
  }

  /**
   * Measures {@code documents}, each party identified with the other documents of its volume in
   * {@code names}, and scores the sample rows found among them.
   */
  public static Report run(
      Documents documents, VolumeNames names, PartyIdentifier identifier, List<SampleRow> sample)
      throws IOException {
    return measure(sink -> documents.forEach(d -> sink.accept(d, names)), identifier, sample);
  }

  /**
   * Measures {@code volumes}, each party identified with the rest of its volume, and scores the
   * sample rows found among them.
   */
  public static Report runByVolume(
      Volumes volumes, PartyIdentifier identifier, List<SampleRow> sample) throws IOException {
    return measure(
        sink ->
            volumes.forEach(
                docs -> {
                  VolumeNames names = VolumeNames.of(docs);
                  docs.forEach(d -> sink.accept(d, names));
                }),
        identifier,
        sample);
  }

  /** Documents, each with the names of its volume. */
  @FunctionalInterface
  private interface Source {
    void forEach(BiConsumer<Document, VolumeNames> sink) throws IOException;
  }

  private static Report measure(Source source, PartyIdentifier identifier, List<SampleRow> sample)
      throws IOException {
    Map<String, Tally> byVolume = new TreeMap<>();
    Map<String, Tally> byDecade = new TreeMap<>();
    Tally total = new Tally();
    Map<String, Scored> scored = new TreeMap<>();
    source.forEach(
        (d, names) -> {
          for (PartyContext.Side side : PartyContext.Side.values()) {
            Optional<Party> p = side == PartyContext.Side.SENDER ? d.sender() : d.recipient();
            if (p.isEmpty() || !named(p.get())) continue;
            Identification i =
                identifier.identify(p.get(), d.date(), PartyContext.of(d, side), names);
            IdentificationRule rule = IdentificationRule.of(i);
            String decade =
                d.date().map(x -> (x.day().getYear() / 10 * 10) + "s").orElse("undated");
            byVolume.computeIfAbsent(d.volume(), k -> new Tally()).add(rule);
            byDecade.computeIfAbsent(decade, k -> new Tally()).add(rule);
            total.add(rule);
            for (SampleRow r : sample)
              if (r.volume().equals(d.volume()) && r.document().equals(d.id()) && r.side() == side)
                scored.put(key(r), new Scored(r, i.person().map(Person::id), rule));
          }
        });
    List<Scored> rows =
        sample.stream().map(r -> scored.get(key(r))).filter(s -> s != null).toList();
    return new Report(byVolume, byDecade, total, rows);
  }

  private static String key(SampleRow r) {
    return r.volume() + "/" + r.document() + "/" + r.side();
  }

  /** Prints the report: linked share by volume and decade, counts by rule, sample precision. */
  public static void print(Report r, PrintWriter out, boolean failures) {
    out.println("named parties linked to a person (POCOM, or outside it by the volumes' evidence)");
    section(out, "volume", r.byVolume());
    section(out, "decade", r.byDecade());
    out.printf(
        "%-20s %6d %6d %5.1f%%%n",
        "all", r.total().named(), r.total().linked(), share(r.total().linked(), r.total().named()));
    out.println();
    out.println("linked by rule (all, then by volume)");
    for (IdentificationRule rule : IdentificationRule.values()) {
      if (rule == IdentificationRule.NONE) continue;
      out.printf(
          "%-20s %6d",
          rule.name().toLowerCase(java.util.Locale.ROOT), r.total().byRule().getOrDefault(rule, 0));
      r.byVolume()
          .forEach(
              (v, t) -> {
                int n = t.byRule().getOrDefault(rule, 0);
                if (n > 0) out.print("  " + v + ":" + n);
              });
      out.println();
    }
    out.println();
    List<Scored> linked = r.sample().stream().filter(s -> s.got().isPresent()).toList();
    long wrong = linked.stream().filter(Scored::wrong).count();
    out.printf(
        "sample: %d parties checked, %d linked, %d wrong: precision %.1f%%%n",
        r.sample().size(), linked.size(), wrong, share(linked.size() - wrong, linked.size()));
    for (IdentificationRule rule : IdentificationRule.values()) {
      List<Scored> of = linked.stream().filter(s -> s.rule() == rule).toList();
      if (of.isEmpty()) continue;
      long bad = of.stream().filter(Scored::wrong).count();
      out.printf(
          "  %-20s %3d linked, %d wrong%n",
          rule.name().toLowerCase(java.util.Locale.ROOT), of.size(), bad);
    }
    if (failures)
      for (Scored s : r.sample())
        if (s.wrong() || s.got().isEmpty() && s.row().expected().isPresent())
          out.println(
              "  "
                  + key(s.row())
                  + " "
                  + s.row().printed()
                  + ": expected "
                  + s.row().expected().orElse("-")
                  + ", got "
                  + s.got().orElse("-"));
    out.flush();
  }

  private static void section(PrintWriter out, String what, Map<String, Tally> rows) {
    out.printf("%-20s %6s %6s %6s%n", what, "named", "linked", "share");
    rows.forEach(
        (k, t) ->
            out.printf(
                "%-20s %6d %6d %5.1f%%%n", k, t.named(), t.linked(), share(t.linked(), t.named())));
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}
