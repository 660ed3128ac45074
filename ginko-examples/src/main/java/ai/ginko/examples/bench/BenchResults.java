package ai.ginko.examples.bench;

import java.time.Duration;
import java.util.List;

/**
 * Everything one benchmark run measured, with what it ran on.
 *
 * @param floor         the database's own floor, measured first
 * @param sameJvmEvents events of the same-JVM measure (fewer than the cross-process one)
 * @param append        writers each with its own client
 * @param appendShared  writers sharing one client
 * @param fleet         one result per fleet size asked for; empty when none was
 */
record BenchResults(MachineInfo machine, String database, BenchOptions options, FloorResult floor,
        LatencyResult crossProcess, int sameJvmEvents, LatencyResult sameJvm, AppendResult append,
        AppendResult appendShared, IdleResult idle, List<FleetResult> fleet, TaskGraphResult taskGraph,
        ScaleResult scale) {

    /**
     * What delivery p50 is read against: on average half a poll interval passes before the poll, then a read. With
     * burst polling on, the benchmark's writers log often enough to keep the clients polling at the burst interval.
     */
    double deliveryFloorMs() {
        Duration interval = options.burstPollInterval().isZero() ? options.pollInterval() : options.burstPollInterval();
        return interval.toNanos() / 2e6 + floor.readMs();
    }
}
