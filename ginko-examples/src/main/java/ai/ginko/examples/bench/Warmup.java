package ai.ginko.examples.bench;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventLogger;
import java.time.Duration;

/**
 * Runs the write and read paths before a latency measure, so that it measures steady state rather than class
 * loading, JIT compilation, connection set-up and the database planning each query the first time.
 *
 * <p>Writers warm up in the measured scope before the reader subscribes: the reader subscribes after the
 * warm-up events and never sees them.
 */
final class Warmup {

    static final int EVENTS = 100;
    /**
     * How long a writer then logs at the measured rate before the measure: the concurrent calls and the batches of
     * the group commit take seconds of JIT compilation to reach steady state (a writer with 100 sequential events of
     * warm-up only was still stalling for hundreds of milliseconds in its first measured second).
     */
    static final Duration AT_RATE = Duration.ofSeconds(5);
    private static final int READS = 20;

    private Warmup() {
    }

    static void write(EventLogger logger, double ratePerSecond) throws InterruptedException {
        for (int i = 0; i < EVENTS; i++) {
            logger.log(BenchEvents.create(i, BenchEvents.epochNanosNow()));
        }
        new PacedWriter(logger, ratePerSecond).runFor(AT_RATE, nanos -> { });
    }

    /** Reads what the writer's warm-up left, with the queries a subscription uses. */
    static void read(CoordinationClient client) {
        for (int i = 0; i < READS; i++) {
            client.latestSequence();
            client.eventsSince(0, CoordinationClient.MAX_LIMIT);
        }
    }
}
