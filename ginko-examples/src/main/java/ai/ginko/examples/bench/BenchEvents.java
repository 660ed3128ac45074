package ai.ginko.examples.bench;

import ai.ginko.core.Event;
import ai.ginko.core.MessageDraft;
import ai.ginko.core.MessageHeader;
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

    /** A benchmark message: messages carry no metadata, so its number and send time are its body. */
    static MessageDraft message(String recipient, long index, long sentAtEpochNanos) {
        return MessageDraft.to(recipient).subject("benchmark message " + index)
                .body(INDEX + "=" + index + " " + SENT_AT + "=" + sentAtEpochNanos).build();
    }

    static long index(Event event) {
        return event.message().isPresent() ? fromBody(event, INDEX)
                : (Long) Objects.requireNonNull(event.metadata().get(INDEX), "metadata." + INDEX);
    }

    static long sentAt(Event event) {
        return event.message().isPresent() ? fromBody(event, SENT_AT)
                : (Long) Objects.requireNonNull(event.metadata().get(SENT_AT), "metadata." + SENT_AT);
    }

    private static long fromBody(Event event, String key) {
        String body = event.message().flatMap(MessageHeader::body).orElseThrow();
        for (String word : body.split(" ", -1)) {
            if (word.startsWith(key + "=")) {
                return Long.parseLong(word.substring(key.length() + 1));
            }
        }
        throw new IllegalArgumentException("not a benchmark message: " + body);
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
