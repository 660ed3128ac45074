package ai.ginko.examples.bench;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventFilter;
import ai.ginko.core.Scope;
import ai.ginko.core.internal.DefaultCoordinationClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What waiting costs the database: one client with many subscribers and no events. The client's single poller
 * serves all its subscribers, so this should be one query per poll interval, not one per subscriber.
 */
final class IdleQueryRate {

    static final int SUBSCRIBERS = 100;
    /** Lets the start-up burst pass: each new subscription wakes the poller, and catches up by itself. */
    private static final Duration SETTLE = Duration.ofSeconds(1);
    private static final Duration WINDOW = Duration.ofSeconds(5);

    private IdleQueryRate() {
    }

    static IdleResult run(ClientFactory clients, Scope scope) throws InterruptedException {
        try (CoordinationClient client = clients.open(scope, "bench-idle")) {
            if (!(client instanceof DefaultCoordinationClient counted)) {
                throw new BenchmarkFailure("cannot count poller queries of a " + client.getClass().getName());
            }
            AtomicLong received = new AtomicLong();
            long after = client.latestSequence();
            for (int i = 0; i < SUBSCRIBERS; i++) {
                client.subscribe(after, EventFilter.all(), event -> received.incrementAndGet());
            }
            TimeUnit.NANOSECONDS.sleep(SETTLE.toNanos());
            long queriesBefore = counted.pollerQueries();
            long began = System.nanoTime();
            TimeUnit.NANOSECONDS.sleep(WINDOW.toNanos());
            long queries = counted.pollerQueries() - queriesBefore;
            double seconds = (System.nanoTime() - began) / 1e9;
            if (received.get() > 0) {
                throw new BenchmarkFailure("the idle scope was not idle: " + received.get() + " deliveries");
            }
            return new IdleResult(SUBSCRIBERS, queries, seconds, queries / seconds);
        }
    }
}
