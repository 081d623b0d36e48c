package org.chancery.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class TurnsTest {
  @Test
  void aRequestBeyondTheTurnsWaitsUntilOneEnds() throws Exception {
    Turns turns = new Turns(2);
    turns.begin();
    turns.begin();
    List<String> done = new CopyOnWriteArrayList<>();
    Thread third = started(turns, "third", done);
    waitUntilParked(third);
    assertTrue(done.isEmpty(), "the third request must wait while two hold the turns");
    turns.end();
    third.join(10_000);
    assertEquals(List.of("third"), done);
  }

  @Test
  void waitingRequestsAreAnsweredInTheOrderTheyCame() throws Exception {
    Turns turns = new Turns(1);
    turns.begin();
    List<String> done = new CopyOnWriteArrayList<>();
    List<Thread> waiting = new ArrayList<>();
    for (String name : List.of("first", "second", "third", "fourth")) {
      Thread t = started(turns, name, done);
      waitUntilParked(t); // each queues before the next arrives
      waiting.add(t);
    }
    turns.end();
    for (Thread t : waiting) t.join(10_000);
    assertEquals(List.of("first", "second", "third", "fourth"), done);
  }

  @Test
  void thereIsAlwaysAtLeastOneTurn() {
    assertThrows(IllegalArgumentException.class, () -> new Turns(0));
  }

  // A request that takes a turn, records that it was answered, and gives the turn back.
  private static Thread started(Turns turns, String name, List<String> done) {
    Thread t =
        new Thread(
            () -> {
              try {
                turns.begin();
                try {
                  done.add(name);
                } finally {
                  turns.end();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            name);
    t.start();
    return t;
  }

  private static void waitUntilParked(Thread t) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (t.getState() != Thread.State.WAITING) {
      if (System.nanoTime() > deadline) throw new AssertionError(t.getName() + " never waited");
      Thread.sleep(1);
    }
  }
}
