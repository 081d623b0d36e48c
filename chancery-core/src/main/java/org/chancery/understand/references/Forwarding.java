package org.chancery.understand.references;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A message the printed one carries because its writer sent it to another office and repeats it
 * here: "The following telegram was sent to Nicaragua: “June 27, 4 p.m. ...”", "Following sent to
 * Secretary of State: January 4, 9 p.m. ...", "I have notified the Secretary of State at Santiago
 * as follows: ...". Its text runs from offset {@code start} of block {@code block} to offset {@code
 * end} of block {@code lastBlock}, its own quotation marks left out; {@code to} is the office as
 * printed; {@code date} and {@code time} are the carried message's own, where its opening line or
 * the announcement gives them.
 */
public record Forwarding(
    int block,
    int start,
    int lastBlock,
    int end,
    String to,
    Optional<LocalDate> date,
    Optional<LocalTime> time) {

  public Forwarding {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    if (lastBlock < block || lastBlock == block && end < start)
      throw new IllegalArgumentException(
          "ends (" + lastBlock + ":" + end + ") before it starts (" + block + ":" + start + ")");
  }

  /** Whether {@code r} stands in the carried message's text. */
  public boolean holds(Reference r) {
    boolean afterStart = r.block() > block || r.block() == block && r.start() >= start;
    boolean beforeEnd = r.block() < lastBlock || r.block() == lastBlock && r.end() <= end;
    return afterStart && beforeEnd;
  }

  /**
   * Whether {@code r}, which this message holds, stands in quotation marks within it ({@code
   * blockText} is the text of its block): the marks around the whole message are the carrying
   * document's, not a quotation of the writer's.
   */
  public boolean quotes(Reference r, String blockText) {
    int from = r.block() == block ? start : 0;
    return ReferenceGrammar.insideQuotes(blockText.substring(from, r.start()), r.start() - from);
  }
}
