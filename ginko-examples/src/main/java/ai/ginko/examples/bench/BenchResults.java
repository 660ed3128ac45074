package ai.ginko.examples.bench;

/**
 * Everything one benchmark run measured, with what it ran on.
 *
 * @param sameJvmEvents events of the same-JVM measure (fewer than the cross-process one)
 */
record BenchResults(MachineInfo machine, String database, BenchOptions options, LatencyResult crossProcess,
        int sameJvmEvents, LatencyResult sameJvm, AppendResult append, IdleResult idle, TaskGraphResult taskGraph) {
}
