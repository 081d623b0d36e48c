package org.chancery.understand.references;

import java.util.Objects;

/**
 * Whose message a reference names, as the text says it: the addressee's ("your"), the writer's
 * ("my", "our"), the Department's, a named post or person's ("Legation's", "Wilson's", "Geneva's"),
 * a third party's ("his"), a lettered series' office pair ("Secto"), or nobody's.
 */
public sealed interface Owner {
  /** "your": a message from the post the citing message is addressed to. */
  record Addressee() implements Owner {}

  /** "my", "our": a message from the post the citing message comes from. */
  record Writer() implements Owner {}

  /** "Department's", "Dept's": a message from Washington. */
  record Department() implements Owner {}

  /**
   * A post or person named in the possessive: {@code Legation}, {@code Consulate General}, {@code
   * Wilson}.
   */
  record Named(String name) implements Owner {
    public Named {
      Objects.requireNonNull(name, "name");
    }
  }

  /** "his", "their": someone the text named earlier. */
  record ThirdParty() implements Owner {}

  /** A lettered series, which names the office pair that owns its numbers: "Secto 12". */
  record Series(LetteredSeries series) implements Owner {
    public Series {
      Objects.requireNonNull(series, "series");
    }
  }

  /** No owner is stated ("telegram No. 512"). */
  record Unstated() implements Owner {}

  Owner ADDRESSEE = new Addressee();
  Owner WRITER = new Writer();
  Owner DEPARTMENT = new Department();
  Owner THIRD_PARTY = new ThirdParty();
  Owner UNSTATED = new Unstated();

  /**
   * A short label: {@code your}, {@code my}, {@code department}, {@code named:Legation}, {@code
   * series:SECTO}, {@code third}, {@code none}.
   */
  default String label() {
    if (this instanceof Named n) return "named:" + n.name();
    if (this instanceof Series s) return "series:" + s.series().name();
    if (this instanceof Addressee) return "your";
    if (this instanceof Writer) return "my";
    if (this instanceof Department) return "department";
    if (this instanceof ThirdParty) return "third";
    return "none";
  }
}
