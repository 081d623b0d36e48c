package org.chancery.link;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A link from a phrase of one document to the document it means, or the reason there is none.
 *
 * <p>{@code source} and {@code target} are keys ({@code frus1934v04/d102}). A reference to a list
 * of messages gives one link per message, {@code item} counting from 0. {@code block}, {@code
 * start} and {@code end} place the phrase in the source's blocks (for editorial links: the footnote
 * marker, and {@code phrase} is the footnote's text). {@code candidates} lists the documents an
 * ambiguous link could mean. {@code reason} says in words which rule decided; {@code basis} what
 * the link rests on and how sure it is.
 */
public record Link(
    String source,
    String phrase,
    Optional<String> target,
    Status status,
    Evidence evidence,
    List<String> candidates,
    Kind kind,
    int item,
    int block,
    int start,
    int end,
    String reason,
    Basis basis) {

  /** How far a link got. */
  public enum Status {
    RESOLVED,
    /** The editors say the message is not printed. */
    NOT_PRINTED,
    /** The message is printed, but in a volume the archive does not hold. */
    NOT_IN_ARCHIVE,
    /** Several documents fit equally well; see {@code candidates}. */
    AMBIGUOUS,
    UNRESOLVED;

    /** The name as JSON and the CLI write it: {@code not-printed}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** What decided the link. */
  public enum Evidence {
    /** The editors' footnote right after the phrase. */
    FOOTNOTE,
    /** The telegraph's own numbering: posts, serial number, date and time. */
    TELEGRAPH,
    /** An editors' cross-reference that is not attached to a reference phrase. */
    EDITORIAL,
    NONE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Whether the link comes from a reference in the text or from the editors' apparatus. */
  public enum Kind {
    REFERENCE,
    EDITORIAL;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Link {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evidence, "evidence");
    candidates = List.copyOf(candidates);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(basis, "basis");
    if (target.isPresent() != (status == Status.RESOLVED)) {
      throw new IllegalArgumentException(
          "a target goes with status resolved, and only with it: " + status + " " + target);
    }
  }
}
