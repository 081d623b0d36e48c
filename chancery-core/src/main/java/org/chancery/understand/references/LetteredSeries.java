package org.chancery.understand.references;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A lettered telegram series of the post-war Department, owned by one office pair and numbered in
 * it whoever signs: "Secto 12" from the Secretary's delegation to the Department, "Tosec 45" back.
 */
public enum LetteredSeries {
  /** From the Secretary of State's party abroad to the Department. */
  SECTO(Side.DELEGATION),
  /** From the Department to the Secretary's party. */
  TOSEC(Side.DEPARTMENT),
  /** From Secretary Dulles's party to the Department. */
  DULTE(Side.DELEGATION),
  /** From the Department to Secretary Dulles's party. */
  TEDUL(Side.DEPARTMENT),
  /** From the delegation to the UN General Assembly to the Department. */
  DELGA(Side.DELEGATION),
  /** From the Department to the delegation to the General Assembly. */
  GADEL(Side.DEPARTMENT),
  /** From the mission to NATO and the regional organizations (Paris) to the Department. */
  POLTO(Side.DELEGATION),
  /** From the Department to the mission to NATO and the regional organizations. */
  TOPOL(Side.DEPARTMENT);

  /** Which end of the pair sends the series. */
  public enum Side {
    DEPARTMENT,
    DELEGATION
  }

  private final Side sender;

  LetteredSeries(Side sender) {
    this.sender = sender;
  }

  /** Who sends the messages of this series. */
  public Side sender() {
    return sender;
  }

  /** The series a word names, in any case ("Secto", "SECTO"). */
  public static Optional<LetteredSeries> named(String word) {
    String upper = word.toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.name().equals(upper)).findFirst();
  }

  /**
   * The number as a series number is filed and compared: {@code SECTO-12}; the serial key of the
   * link package reads it the same whatever the case or dash.
   */
  public String number(String digits) {
    return name() + "-" + digits;
  }

  /** The lower-case words of every series, for the grammar's openers. */
  static String words() {
    StringBuilder b = new StringBuilder();
    for (LetteredSeries s : values()) b.append(s.name().toLowerCase(Locale.ROOT)).append(' ');
    return b.toString().strip();
  }
}
