package ai.ginko.examples.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Heap and threads of this JVM, for spotting leaks over a soak: heap used right after a full collection (what is
 * still reachable) and live platform threads (virtual threads, which the library uses, are not counted by the JVM).
 */
record RuntimeSample(long heapUsedBytes, int platformThreads) {

    static RuntimeSample afterGc() {
        System.gc();
        return new RuntimeSample(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                ManagementFactory.getThreadMXBean().getThreadCount());
    }

    String describe() {
        return String.format(Locale.ROOT, "heap used after GC %.1f MiB, live platform threads %d",
                heapUsedBytes / (1024.0 * 1024), platformThreads);
    }
}
