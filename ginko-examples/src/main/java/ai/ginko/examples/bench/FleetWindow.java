package ai.ginko.examples.bench;

import ai.ginko.core.CoordinationClient;
import java.util.List;

/**
 * What a fleet did during one window: the read queries its stores sent and the CPU time its JVM used.
 *
 * @param queries  read queries (one per read transaction) of all the fleet's stores
 * @param nanos    the window's length
 * @param cpuNanos CPU time of the fleet's JVM, all threads
 */
record FleetWindow(long queries, long nanos, long cpuNanos) {

    double queriesPerSecond() {
        return queries / (nanos / 1e9);
    }

    double cpuMsPerQuery() {
        return cpuNanos / 1e6 / queries;
    }

    /** A window that starts now, for {@link Start#end}. */
    static Start start(List<CoordinationClient> clients) {
        return new Start(clients, StoreCounters.readTransactions(clients), ProcessCpu.nanos(), System.nanoTime());
    }

    record Start(List<CoordinationClient> clients, long queries, long cpuNanos, long nanoTime) {

        FleetWindow end() {
            return new FleetWindow(StoreCounters.readTransactions(clients) - queries, System.nanoTime() - nanoTime,
                    ProcessCpu.nanos() - cpuNanos);
        }
    }
}
