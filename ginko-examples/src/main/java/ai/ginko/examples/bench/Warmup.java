package ai.ginko.examples.bench;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventLogger;

/**
 * Runs the write and read paths before a latency measure, so that it measures steady state rather than class
 * loading, JIT compilation, connection set-up and the database planning each query the first time.
 *
 * <p>Writers warm up in the measured scope before the reader subscribes: the reader subscribes after the
 * warm-up events and never sees them.
 */
final class Warmup {

    static final int EVENTS = 100;
    private static final int READS = 20;

    private Warmup() {
    }

    static void write(EventLogger logger) {
        for (int i = 0; i < EVENTS; i++) {
            logger.log(BenchEvents.create(i, BenchEvents.epochNanosNow()));
        }
    }

    /** Reads what the writer's warm-up left, with the queries a subscription uses. */
    static void read(CoordinationClient client) {
        for (int i = 0; i < READS; i++) {
            client.latestSequence();
            client.eventsSince(0, CoordinationClient.MAX_LIMIT);
        }
    }
}
