package org.chancery.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps the items of a list on every core, the calling thread included, and gives the results in the
 * list's order. Items are handed out one at a time to whichever thread is free: the cost of an
 * archive's documents varies too much for a parallel stream's few large chunks, which on two cores
 * leave one idle for a good part of the run.
 */
public final class ParallelInOrder {
  private ParallelInOrder() {}

  /**
   * {@code f} of each item of {@code items}, in order. {@code f} runs on several threads at once.
   * The first exception {@code f} throws stops the handing out and is rethrown.
   */
  public static <S, R> List<R> map(List<S> items, Function<? super S, ? extends R> f) {
    Object[] results = new Object[items.size()];
    AtomicInteger next = new AtomicInteger();
    Runnable work =
        () -> {
          try {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement())
              results[i] = f.apply(items.get(i));
          } catch (RuntimeException | Error e) {
            next.set(items.size());
            throw e;
          }
        };
    int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), items.size() - 1);
    List<CompletableFuture<Void>> running = new ArrayList<>();
    for (int h = 0; h < helpers; h++)
      running.add(CompletableFuture.runAsync(work, ForkJoinPool.commonPool()));
    work.run();
    for (CompletableFuture<Void> r : running) join(r);
    @SuppressWarnings("unchecked")
    List<R> out = (List<R>) Arrays.asList(results);
    return Collections.unmodifiableList(out);
  }

  private static void join(CompletableFuture<Void> helper) {
    try {
      helper.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error r) throw r;
      throw e;
    }
  }
}
