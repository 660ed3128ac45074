package ai.ginko.core.internal;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import ai.ginko.core.CoordinationUnavailableException;
import ai.ginko.core.Event;
import ai.ginko.core.TestEvents;
import ai.ginko.core.spi.CoordinationStore;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.mockito.invocation.InvocationOnMock;

/**
 * The event log behind a mocked {@link CoordinationStore}: tests append to it, hide events (as if their commit
 * were not yet visible), and make the next reads fail (with an exception, or with an {@link Error}).
 */
final class StoreLog {

    final List<Event> events = new CopyOnWriteArrayList<>();
    final Set<Long> hidden = ConcurrentHashMap.newKeySet();
    final AtomicInteger failuresToCome = new AtomicInteger();
    final AtomicInteger errorsToCome = new AtomicInteger();

    /** Makes the store's {@code latestSequence}, {@code eventsAfter} and {@code pollEvents} read this log. */
    StoreLog(CoordinationStore store) {
        when(store.latestSequence(TestEvents.SCOPE)).thenAnswer(invocation -> (long) events.size());
        when(store.eventsAfter(eq(TestEvents.SCOPE), anyLong(), anyInt())).thenAnswer(this::read);
        when(store.pollEvents(eq(TestEvents.SCOPE), anyLong(), anyInt())).thenAnswer(this::read);
    }

    private List<Event> read(InvocationOnMock invocation) {
        if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new CoordinationUnavailableException("store down on purpose", null);
        }
        if (errorsToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new AssertionError("store bug on purpose");
        }
        long after = invocation.getArgument(1);
        int limit = invocation.getArgument(2);
        return events.stream().filter(e -> e.sequence() > after && !hidden.contains(e.sequence()))
                .limit(limit).toList();
    }

    /** Appends the events with these sequences, both included. */
    void append(long from, long to) {
        events.addAll(TestEvents.events(from, to));
    }
}
