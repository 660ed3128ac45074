package ai.ginko.examples.bench;

/**
 * One point of the fleet curve: N agents, each a client with its own driver, following one writer.
 *
 * @param report                    what the fleet measured
 * @param writerRatePerSecond       the rate the writer achieved
 * @param serverIdleCpuMsPerQuery   CPU time of the database's JVM per fleet query while the fleet idled; NaN when
 *                                  the database is not embedded in the benchmark's JVM
 * @param serverActiveCpuMsPerQuery the same while the writer logged, its appends included
 */
record FleetResult(FleetReport report, double writerRatePerSecond, double serverIdleCpuMsPerQuery,
        double serverActiveCpuMsPerQuery) {
}
