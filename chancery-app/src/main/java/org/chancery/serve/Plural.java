package org.chancery.serve;

/**
 * A count and a noun that agree, for what people read on the command line and in the reading room:
 * "1 document", "2 documents", "0 documents".
 */
public final class Plural {
  private Plural() {}

  /** {@code n} and {@code singular}, with an "s" unless {@code n} is 1: "1 volume", "3 volumes". */
  public static String of(long n, String singular) {
    return of(n, singular, singular + "s");
  }

  /** {@code n} and {@code singular} when {@code n} is 1, else {@code plural}: "2 people". */
  public static String of(long n, String singular, String plural) {
    return n + " " + noun(n, singular, plural);
  }

  /**
   * The words alone, for a count written apart: {@code singular} when {@code n} is 1, else {@code
   * plural} ("document matches", "documents match").
   */
  public static String noun(long n, String singular, String plural) {
    return n == 1 ? singular : plural;
  }
}
