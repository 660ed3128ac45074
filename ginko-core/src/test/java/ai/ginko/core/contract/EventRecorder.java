package ai.ginko.core.contract;

import ai.ginko.core.Event;
import ai.ginko.core.EventListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** An {@link EventListener} that keeps what it receives, for tests to wait on and inspect. */
public final class EventRecorder implements EventListener {

    private final List<Event> events = new ArrayList<>();

    @Override
    public synchronized void onEvent(Event event) {
        events.add(event);
        notifyAll();
    }

    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    public List<Long> sequences() {
        return events().stream().map(Event::sequence).toList();
    }

    public synchronized int count() {
        return events.size();
    }

    /** Waits until at least {@code count} events have arrived; returns whether they did within the timeout. */
    public boolean awaitCount(int count, Duration timeout) throws InterruptedException {
        return awaitUntil(received -> received.size() >= count, timeout);
    }

    /** Waits until the event with this id has arrived; returns whether it did within the timeout. */
    public boolean awaitEvent(String eventId, Duration timeout) throws InterruptedException {
        return awaitUntil(received -> received.stream().anyMatch(e -> e.id().equals(eventId)), timeout);
    }

    private synchronized boolean awaitUntil(Predicate<List<Event>> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(events)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
