package ai.ginko.core.internal;

import ai.ginko.core.CursorListener;
import ai.ginko.core.CursorPosition;
import ai.ginko.core.Scope;
import ai.ginko.core.Subscription;
import ai.ginko.core.spi.CoordinationStore;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cursor subscription: its own virtual thread reads the scope's cursors every poll interval and passes on those
 * that changed since the previous read. Cursors are few (one per agent or user) and their subscribers rare (a
 * dashboard), so each subscription reads for itself rather than sharing the event poller.
 */
final class CursorWatch implements Subscription {

    private static final Logger LOG = LoggerFactory.getLogger(CursorWatch.class);

    private final CoordinationStore store;
    private final Scope scope;
    private final Duration interval;
    private final CursorListener listener;
    private final Map<String, CursorPosition> known = new HashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final FailureLog failures;
    private final ListenerFailures listenerFailures;
    private final Runnable onClose;
    private final AtomicLong delivered = new AtomicLong();
    private @Nullable Thread thread;

    CursorWatch(CoordinationStore store, Scope scope, Duration interval, CursorListener listener, Runnable onClose) {
        this.store = store;
        this.scope = scope;
        this.interval = interval;
        this.listener = listener;
        this.onClose = onClose;
        this.failures = new FailureLog(LOG, "Watching cursors of " + scope, interval);
        this.listenerFailures = new ListenerFailures(LOG, "The cursor listener of a subscription to " + scope);
    }

    /** Takes the current cursors as the baseline (so that only later writes are delivered), then starts. */
    void start() {
        store.cursors(scope).forEach(c -> known.put(c.ownerId(), c));
        thread = Thread.ofVirtual().name("ginko-cursor-watch-" + scope).start(this::run);
    }

    private void run() {
        try {
            while (!closed.get()) {
                TimeUnit.NANOSECONDS.sleep(interval.toNanos());
                try {
                    readOnce();
                    failures.succeeded();
                } catch (Throwable e) {
                    TimeUnit.NANOSECONDS.sleep(failures.failed(e).toNanos());
                }
            }
        } catch (InterruptedException e) {
            // close() interrupts the thread: nothing more to deliver.
        }
    }

    private void readOnce() {
        for (CursorPosition cursor : store.cursors(scope)) {
            if (!cursor.equals(known.put(cursor.ownerId(), cursor)) && !closed.get()) {
                try {
                    listener.onCursor(cursor);
                } catch (Throwable e) {
                    listenerFailures.failed(e, "the cursor of " + cursor.ownerId(), "delivery goes on");
                }
                delivered.incrementAndGet();
            }
        }
    }

    /** For cursor subscriptions: how many cursor changes were delivered. */
    @Override
    public long position() {
        return delivered.get();
    }

    @Override
    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            onClose.run();
            Threads.stop(thread);
        }
    }
}
