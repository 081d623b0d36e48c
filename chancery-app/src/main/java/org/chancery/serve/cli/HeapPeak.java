package org.chancery.serve.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The most heap this process has used so far: the sum of each heap pool's peak (an upper bound, as
 * the pools peak at different moments), against the most it may use ({@code -Xmx}).
 */
record HeapPeak(long peakBytes, long maxBytes) {
  static HeapPeak measure() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
    }
    return new HeapPeak(peak, Runtime.getRuntime().maxMemory());
  }

  /** "peak heap 412 MB of 1024 MB", in megabytes of 2^20 bytes. */
  String line() {
    return String.format("peak heap %d MB of %d MB", peakBytes >> 20, maxBytes >> 20);
  }
}
