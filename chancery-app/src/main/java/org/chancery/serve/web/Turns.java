package org.chancery.serve.web;

import java.util.concurrent.Semaphore;

/**
 * How many requests the reading room works on at once; the others wait their turn in the order they
 * came.
 *
 * <p>Every answer is work for the processor (a search, a page), so working on more at once than
 * there are cores only shares the cores out: a costly search then holds them many times as long as
 * it needs, and the slowest answers grow with the number of clients. Taking turns keeps an answer's
 * time near its own cost plus the queue ahead of it. Half again as many turns as cores, the way a
 * search engine sizes its search pool, keeps the cores busy while an answer waits for the disk.
 */
final class Turns {
  private final Semaphore turns;

  /** {@code n} answers at once. */
  Turns(int n) {
    if (n < 1) throw new IllegalArgumentException("turns must be at least 1: " + n);
    this.turns = new Semaphore(n, true);
  }

  /** Half again as many turns as this machine has cores, and one more. */
  static Turns forThisMachine() {
    return new Turns(Runtime.getRuntime().availableProcessors() * 3 / 2 + 1);
  }

  /** Waits for a turn, which {@link #end} gives back. */
  void begin() throws InterruptedException {
    turns.acquire();
  }

  /** Gives back the turn {@link #begin} took. */
  void end() {
    turns.release();
  }
}
