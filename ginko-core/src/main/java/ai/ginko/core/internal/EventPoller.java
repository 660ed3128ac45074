package ai.ginko.core.internal;

import ai.ginko.core.ClientMetrics;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.Scope;
import ai.ginko.core.spi.CoordinationStore;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One per client: reads the events after the last one it saw, every poll interval or at once when woken, and hands
 * each gap-free batch to every registered {@link PollSink}. However many sinks there are, it costs one query per
 * interval; with none it sends no query at all.
 *
 * <p>Runs on a single virtual thread, started with the first sink. When the last sink leaves it forgets its
 * position, and on the next start it begins after the smallest {@link PollSink#requiredStart()} or the newest
 * sequence, whichever is smaller. That is what makes a long-poll sound: a waiter registers before it reads the
 * store, so every event after its sequence is either in that read or in a batch handed to it afterwards.
 */
public final class EventPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventPoller.class);
    private static final int PAGE = CoordinationClient.MAX_LIMIT;

    private final CoordinationStore store;
    private final Scope scope;
    private final Duration interval;
    private final Duration burstInterval;
    private final Set<PollSink> sinks = ConcurrentHashMap.newKeySet();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signal = lock.newCondition();
    private final FailureLog failures;
    private final ClientMetrics metrics;
    private boolean woken;
    private boolean closed;
    private @Nullable Thread thread;
    private volatile long position = -1;
    private final AtomicLong queries = new AtomicLong();
    /** When the last poll that found new events started; read and written by the polling thread only. */
    private long lastFoundNanos;

    public EventPoller(CoordinationStore store, Scope scope, Duration interval) {
        this(store, scope, interval, Duration.ZERO);
    }

    /**
     * @param burstInterval the interval to poll at for one {@code interval} after a poll found new events; zero
     *                      polls at {@code interval} always
     */
    public EventPoller(CoordinationStore store, Scope scope, Duration interval, Duration burstInterval) {
        this(store, scope, interval, burstInterval, ClientMetrics.NONE);
    }

    /** A poller that tells {@code metrics} of every poll that found events and of every failed poll. */
    public EventPoller(CoordinationStore store, Scope scope, Duration interval, Duration burstInterval,
            ClientMetrics metrics) {
        this.metrics = GuardedMetrics.of(metrics);
        this.store = store;
        this.scope = scope;
        this.interval = interval;
        this.burstInterval = burstInterval;
        this.lastFoundNanos = System.nanoTime() - interval.toNanos();
        this.failures = new FailureLog(LOG, "Polling events of " + scope, interval);
    }

    void register(PollSink sink) {
        sinks.add(sink);
        lock.lock();
        try {
            if (closed) {
                sinks.remove(sink);
                throw new IllegalStateException("client is closed");
            }
            if (thread == null) {
                thread = Thread.ofVirtual().name("ginko-poller-" + scope).start(this::run);
            }
            woken = true;
            signal.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void unregister(PollSink sink) {
        sinks.remove(sink);
    }

    /** Polls at once instead of at the next tick; called after a local append commits. */
    public void wake() {
        lock.lock();
        try {
            woken = true;
            signal.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** How many queries the poller has sent; for the benchmark's idle-cost figure. */
    public long queries() {
        return queries.get();
    }

    private void run() {
        long lastStart = System.nanoTime();
        while (awaitTurn(lastStart + nextInterval(lastStart).toNanos())) {
            lastStart = System.nanoTime();
            try {
                if (pollOnce()) {
                    lastFoundNanos = lastStart;
                }
                failures.succeeded();
            } catch (Throwable e) {
                // close() interrupts a query in flight; that is the end of polling, not a failure to report. Errors
                // too: the poller serves every subscription of the client, so only a fatal one (thrown again by
                // failed()) may end it.
                if (isClosed()) {
                    return;
                }
                Duration backoff = failures.failed(e);
                metrics.pollFailed(e);
                if (!Threads.sleep(backoff)) {
                    return;
                }
            }
        }
    }

    /**
     * The burst interval while the last poll that found events started less than an interval ago: agents' events
     * come in bursts, so the next ones are likely close behind. Otherwise, and always when bursts are off, the
     * interval; an idle poller never polls faster.
     */
    private Duration nextInterval(long lastStart) {
        boolean inBurst = !burstInterval.isZero() && lastStart - lastFoundNanos < interval.toNanos();
        return inBurst ? burstInterval : interval;
    }

    /**
     * Waits for the next tick or a wake-up, idling without queries while there is no sink. Ticks are counted from
     * the start of one poll to the start of the next, so that the query's own time does not stretch the period.
     */
    private boolean awaitTurn(long nextStart) {
        lock.lock();
        try {
            long nanos = nextStart - System.nanoTime();
            while (!closed && (sinks.isEmpty() || (!woken && nanos > 0))) {
                if (sinks.isEmpty()) {
                    position = -1;
                    signal.await();
                } else {
                    nanos = signal.awaitNanos(nanos);
                }
            }
            woken = false;
            return !closed;
        } catch (InterruptedException e) {
            return false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Reads the events after the position and cuts the read at its first gap ({@link ContiguousRun} says why that
     * is sound). One query whether or not anything is new: a query that checked the project's counter first would
     * cost as much when nothing is new (see {@code Neo4jStore.pollEvents}) and a second query when something is.
     *
     * @return whether it handed on new events
     */
    private boolean pollOnce() {
        boolean found = false;
        if (position < 0) {
            long latest = store.latestSequence(scope);
            queries.incrementAndGet();
            position = Math.min(latest, sinks.stream().mapToLong(PollSink::requiredStart).min().orElse(latest));
        }
        List<Event> batch;
        do {
            batch = ContiguousRun.after(position, store.pollEvents(scope, position, PAGE));
            queries.incrementAndGet();
            if (!batch.isEmpty()) {
                found = true;
                position = batch.getLast().sequence();
                metrics.polled(batch);
                for (PollSink sink : sinks) {
                    sink.accept(batch);
                }
            }
        } while (batch.size() == PAGE);
        return found;
    }

    private boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        @Nullable Thread running;
        lock.lock();
        try {
            closed = true;
            signal.signalAll();
            running = thread;
        } finally {
            lock.unlock();
        }
        Threads.stop(running);
    }
}
