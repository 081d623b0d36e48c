package org.chancery.link;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a link rests on: the grounds on which the citing phrase and the document agree, and how sure
 * that makes it. Stored with the link; the API, {@code links --json} and the reading room show it.
 */
public record Basis(Set<Ground> grounds, Confidence confidence) {

  /** One point on which phrase and document agree. */
  public enum Ground {
    /** The editors' footnote names the document. */
    FOOTNOTE,
    /** The document belongs to the series of messages between the posts the phrase implies. */
    SERIES,
    /** It bears the number the phrase gives (as printed or as the editors corrected it). */
    NUMBER,
    /** It bears the date the phrase gives. */
    DATE,
    /** It bears the time of dispatch the phrase gives. */
    TIME,
    /** It passed between the citing message's own two posts. */
    ROUTING,
    /** It was filed in the same Decimal case as the citing message. */
    FILE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How sure a link is, from the grounds it rests on. */
  public enum Confidence {
    HIGH,
    MEDIUM,
    LOW,
    /** Nothing was linked. */
    NONE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The basis of a link that links nothing. */
  public static final Basis NONE = new Basis(Set.of(), Confidence.NONE);

  public Basis {
    grounds = Set.copyOf(grounds);
    Objects.requireNonNull(confidence, "confidence");
  }

  /** The grounds in their declared order. */
  public List<Ground> ordered() {
    return Arrays.stream(Ground.values()).filter(grounds::contains).toList();
  }

  /** {@code series number date; high}, as the reading room and stores write it. */
  public String text() {
    return ordered().stream().map(Ground::label).collect(Collectors.joining(" "))
        + "; "
        + confidence.label();
  }

  /** Reads {@link #text()} back. */
  static Basis parse(String text) {
    int semi = text.lastIndexOf(';');
    if (semi < 0) throw new IllegalArgumentException("a basis is 'GROUNDS; CONFIDENCE': " + text);
    Set<Ground> grounds = EnumSet.noneOf(Ground.class);
    for (String g : text.substring(0, semi).strip().split(" "))
      if (!g.isEmpty()) grounds.add(Ground.valueOf(g.toUpperCase(Locale.ROOT)));
    return new Basis(
        grounds, Confidence.valueOf(text.substring(semi + 1).strip().toUpperCase(Locale.ROOT)));
  }
}
