package ai.ginko.examples.bench;

import java.lang.management.ManagementFactory;

/** CPU time this JVM has used, all threads together. */
final class ProcessCpu {

    private ProcessCpu() {
    }

    static long nanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        throw new BenchmarkFailure("this JVM does not report its CPU time");
    }
}
