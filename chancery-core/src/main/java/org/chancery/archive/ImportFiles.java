package org.chancery.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chancery.read.formats.Readers;

/**
 * The files of an import and how they are run, shared by every backend's importer: largest files
 * first, a few at a time, the first failure of the backend rethrown.
 */
public final class ImportFiles {
  /** One file's work. */
  @FunctionalInterface
  public interface Task {
    void run(Path file) throws IOException;
  }

  private ImportFiles() {}

  /**
   * The files to import for {@code paths} (folders walked), the largest first, so that the last one
   * running is a small one; each with its size, read once (0 if it cannot be read: reading the file
   * will report why).
   */
  public static Map<Path, Long> inOrder(List<Path> paths) throws IOException {
    Map<Path, Long> sizes = new HashMap<>();
    for (Path f : Readers.expand(paths)) sizes.put(f, size(f));
    List<Path> sorted = new ArrayList<>(sizes.keySet());
    sorted.sort(
        Comparator.comparingLong((Path f) -> sizes.get(f))
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    Map<Path, Long> inOrder = new LinkedHashMap<>();
    for (Path f : sorted) inOrder.put(f, sizes.get(f));
    return inOrder;
  }

  /** The size of the files {@link #inOrder} gave, together. */
  public static long bytes(Map<Path, Long> files) {
    return files.values().stream().mapToLong(Long::longValue).sum();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Runs {@code task} on every file, {@code threads} at a time, and waits for all of them. */
  public static void runAll(Collection<Path> files, int threads, Task task) throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(threads, Math.max(1, files.size())));
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Path f : files)
        running.add(
            pool.submit(
                () -> {
                  task.run(f);
                  return null;
                }));
      for (Future<?> r : running) await(r);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Waits for {@code running}, rethrowing what it failed with. */
  public static <T> T await(Future<T> running) throws IOException {
    try {
      return running.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("import interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IllegalStateException(e.getCause());
    }
  }
}
