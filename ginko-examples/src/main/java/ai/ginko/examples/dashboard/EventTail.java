package ai.ginko.examples.dashboard;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventFilter;
import ai.ginko.core.Subscription;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The recent events of one project, kept in memory for every long-poll and event stream of the bridge: one
 * subscription of the project's client (whose one poller reads the store once per poll interval, however many
 * requests wait) fills a bounded tail, and requests read and wait on the tail instead of the store. So the bridge's
 * store reads per second do not grow with its clients.
 *
 * <p>The tail holds the events after {@code floor} up to {@code newest}, all of them, in order: the subscription
 * delivers each event once and in order, and the oldest are dropped only past {@link #CAPACITY}. A request for
 * events after a position older than the floor (a client resuming from far back, or one that fell behind) reads
 * one page from the store instead, and continues from the tail once it has caught up. The starting point, the
 * newest sequence when the tail is made, is the one store read the tail itself costs.
 *
 * <p>Thread-safe. A waiting request blocks its own (virtual) thread on a lock condition, not a monitor, so that
 * waiting threads do not pin their carriers on JDK 21.
 */
final class EventTail implements AutoCloseable {

    /** Events kept: more than a long-poll or stream page, so that a client a few pages behind stays off the store. */
    static final int CAPACITY = 4096;

    private final CoordinationClient client;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final Deque<Event> events = new ArrayDeque<>();
    private final Subscription subscription;
    private long floor;
    private long newest;
    private boolean closed;

    EventTail(CoordinationClient client) {
        this.client = client;
        this.floor = client.latestSequence();
        this.newest = floor;
        this.subscription = client.subscribe(floor, EventFilter.all(), this::append);
    }

    /** The newest sequence the bridge knows of (no store read). */
    long newest() {
        lock.lock();
        try {
            return newest;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Up to {@code limit} events after {@code after}, in order: at once when there are any, else waiting up to
     * {@code timeout} for the first (an empty list then). A position older than the tail is answered from the store,
     * one page, at once.
     *
     * @throws IllegalStateException when the project's client closed (the server is stopping)
     */
    List<Event> poll(long after, Duration timeout, int limit) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                if (closed) {
                    throw new IllegalStateException("client is closed");
                }
                if (after < floor) {
                    break;
                }
                if (newest > after) {
                    return from(after, limit);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return List.of();
                }
                arrived.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
        return client.eventsSince(after, limit);
    }

    /** With the lock held: the kept events after {@code after}, which the tail holds all of. */
    private List<Event> from(long after, int limit) {
        List<Event> page = new ArrayList<>(Math.min(limit, events.size()));
        for (Event event : events) {
            if (event.sequence() > after) {
                page.add(event);
                if (page.size() == limit) {
                    break;
                }
            }
        }
        return page;
    }

    private void append(Event event) {
        lock.lock();
        try {
            events.addLast(event);
            newest = event.sequence();
            if (events.size() > CAPACITY) {
                floor = events.removeFirst().sequence();
            }
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Ends every wait (they throw, as a closed client's poll does) and the subscription. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
        subscription.close();
    }
}
