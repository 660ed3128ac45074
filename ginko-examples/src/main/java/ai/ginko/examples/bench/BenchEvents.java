package ai.ginko.examples.bench;

import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.NewEvent;
import java.time.Instant;
import java.util.Objects;

/** The events the benchmark logs: each carries its running number and its send time. */
final class BenchEvents {

    static final String INDEX = "bench_index";
    static final String SENT_AT = "sent_at_ns";

    private BenchEvents() {
    }

    static NewEvent create(long index, long sentAtEpochNanos) {
        return NewEvent.builder(EventCategory.INSIGHT, "benchmark event " + index)
                .metadata(INDEX, index)
                .metadata(SENT_AT, sentAtEpochNanos)
                .build();
    }

    static long index(Event event) {
        return (Long) Objects.requireNonNull(event.metadata().get(INDEX), "metadata." + INDEX);
    }

    static long sentAt(Event event) {
        return (Long) Objects.requireNonNull(event.metadata().get(SENT_AT), "metadata." + SENT_AT);
    }

    /**
     * Wall-clock time in epoch nanos. Writer and reader may be different processes, so a monotonic clock
     * ({@code System.nanoTime}, whose origin is per JVM) cannot compare their times; the wall clock is shared by
     * every process on the machine.
     */
    static long epochNanosNow() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
