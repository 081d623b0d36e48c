package org.chancery.serve.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The processor time this process and the whole machine spent between two readings: on a shared
 * machine a benchmark's throughput says little without the share other processes took.
 *
 * @param processNanos this process's processor time
 * @param machineBusy the machine's busy fraction of all its processors' time (Linux only)
 */
record CpuShare(long processNanos, Optional<Double> machineBusy) {

  /** A reading now, to be compared with a later one by {@link #since}. */
  static Reading read() {
    return new Reading(processCpu(), machineTicks());
  }

  /** The processor time of this process in milliseconds per request, over {@code requests}. */
  double msPerRequest(long requests) {
    return requests == 0 ? 0 : processNanos / 1e6 / requests;
  }

  /** One reading: the process's processor time and the machine's busy and total ticks. */
  record Reading(long processNanos, Optional<long[]> ticks) {
    /** What was spent from {@code this} to {@code later}. */
    CpuShare until(Reading later) {
      Optional<Double> busy =
          ticks.flatMap(
              a -> later.ticks.map(b -> (double) (b[0] - a[0]) / Math.max(1, (b[1] - a[1]))));
      return new CpuShare(later.processNanos - processNanos, busy);
    }
  }

  private static long processCpu() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  // The first line of /proc/stat: "cpu user nice system idle iowait irq softirq steal ...";
  // busy is all but idle and iowait.
  private static Optional<long[]> machineTicks() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long[] t = Arrays.stream(f, 1, f.length).mapToLong(Long::parseLong).toArray();
      long total = Arrays.stream(t).sum();
      return Optional.of(new long[] {total - t[3] - t[4], total});
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
