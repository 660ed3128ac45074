package ai.ginko.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

/** Builds stored {@link Event}s directly, for unit tests that need events without a store. */
public final class TestEvents {

    public static final Scope SCOPE = Scope.of("org-test", "proj");
    public static final Instant TIME = Instant.parse("2025-01-01T00:00:00Z");

    private TestEvents() {
    }

    public static Event event(long sequence) {
        return event(sequence, EventCategory.FIX, Optional.empty());
    }

    public static Event event(long sequence, EventCategory category, Optional<String> agentId) {
        return new Event("event-" + sequence, sequence, SCOPE, agentId, "user-1", category, "event " + sequence,
                Optional.empty(), Map.of(), TIME.plusSeconds(sequence), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public static Event blockerEvent(long sequence, Blocker blocker) {
        return new Event("event-" + sequence, sequence, SCOPE, Optional.empty(), "user-1", EventCategory.BLOCKER,
                "blocker " + sequence, Optional.empty(), Map.of(), TIME.plusSeconds(sequence), Optional.of(blocker),
                Optional.empty(), Optional.empty());
    }

    /** Events with the sequences {@code from} to {@code to}, both included. */
    public static List<Event> events(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(TestEvents::event).toList();
    }
}
