package ai.ginko.examples.bench;

import java.lang.management.ManagementFactory;

/**
 * The machine and JVM the figures were measured on; they mean little without it.
 *
 * @param loadAverage the one-minute load average when sampled (negative where unknown): other work on the machine
 *                    competes with the benchmark for its cores
 */
record MachineInfo(int cores, String javaVersion, String javaVm, String os, long memoryBytes, double loadAverage) {

    static MachineInfo current() {
        return new MachineInfo(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                totalMemory(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long totalMemory() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize()
                : -1;
    }
}
