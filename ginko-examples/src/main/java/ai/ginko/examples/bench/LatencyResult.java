package ai.ginko.examples.bench;

/**
 * A latency measure: how long events took from the writer's {@code log} call to the reader's listener.
 *
 * @param latency                 the percentiles
 * @param logCall                 how long the writer's {@code log} calls took (append and, in real-time mode, the
 *                                cursor write): what an agent waits for when it logs
 * @param writerRatePerSecond     the rate the writer achieved; below the requested one, the writer could not keep
 *                                up and the latencies are those of a lower load
 * @param writeTransactionsPerLog write transactions the writer's store ran per event logged, counted by the store
 * @param writerWriteFloorMs      the write floor measured in the writer's own JVM; NaN where the writer is the
 *                                benchmark's JVM (there the run's floor is the writer's)
 */
record LatencyResult(LatencySummary latency, LatencySummary logCall, double writerRatePerSecond,
        double writeTransactionsPerLog, double writerWriteFloorMs) {
}
