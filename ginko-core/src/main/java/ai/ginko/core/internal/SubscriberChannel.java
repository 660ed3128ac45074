package ai.ginko.core.internal;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventFilter;
import ai.ginko.core.EventListener;
import ai.ginko.core.Scope;
import ai.ginko.core.Subscription;
import ai.ginko.core.spi.CoordinationStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscription: a bounded buffer filled by the {@link EventPoller} and drained by the subscription's own
 * virtual thread, which calls the listener.
 *
 * <p>Exactly once, in order: the channel keeps the sequence it has passed ({@link #position()}) and passes only
 * the next one. Whatever it did not get from the poller — the events before it subscribed, or those dropped when
 * its buffer was full because its listener was slow — shows up as a gap between its position and the next
 * buffered event, and it reads that range from the store (catch-up) before going on. The poller never blocks on a
 * slow channel, so one slow listener delays nobody else.
 */
final class SubscriberChannel implements PollSink, Subscription {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriberChannel.class);

    private final CoordinationStore store;
    private final Scope scope;
    private final EventFilter filter;
    private final EventListener listener;
    private final BlockingQueue<Event> buffer;
    private final AtomicBoolean overflowed = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final FailureLog failures;
    private final Runnable onClose;
    private volatile long position;
    private @Nullable Thread thread;

    SubscriberChannel(CoordinationStore store, Scope scope, long afterSequence, EventFilter filter,
            EventListener listener, int bufferSize, Duration retryBase, Runnable onClose) {
        this.store = store;
        this.scope = scope;
        this.position = afterSequence;
        this.filter = filter;
        this.listener = listener;
        this.buffer = new ArrayBlockingQueue<>(bufferSize);
        this.failures = new FailureLog(LOG, "Catching up a subscription of " + scope, retryBase);
        this.onClose = onClose;
    }

    void start() {
        thread = Thread.ofVirtual().name("ginko-subscriber-" + scope).start(this::run);
    }

    @Override
    public void accept(List<Event> batch) {
        for (Event event : batch) {
            if (!buffer.offer(event)) {
                overflowed.set(true);
                return;
            }
        }
    }

    /**
     * Its position: a gap shows only once a later event arrives, so events committed between the catch-up's last
     * read and a (re)starting poller's first one would otherwise wait for the next event, however long that takes.
     */
    @Override
    public long requiredStart() {
        return position;
    }

    private void run() {
        try {
            catchUp();
            while (!closed.get()) {
                if (overflowed.getAndSet(false)) {
                    catchUp();
                }
                handle(buffer.take());
            }
        } catch (InterruptedException e) {
            // close() interrupts the thread: nothing more to deliver.
        }
    }

    private void handle(Event event) throws InterruptedException {
        if (event.sequence() > position + 1) {
            catchUp();
        }
        if (event.sequence() == position + 1) {
            deliver(event);
        }
    }

    /** Reads from the store until it has nothing newer than the position, retrying with backoff on failure. */
    private void catchUp() throws InterruptedException {
        while (!closed.get()) {
            List<Event> page;
            try {
                page = ContiguousRun.after(position, store.eventsAfter(scope, position, CoordinationClient.MAX_LIMIT));
                failures.succeeded();
            } catch (RuntimeException e) {
                // close() interrupts a read in flight; that is the end of the subscription, not a failure to report.
                if (closed.get()) {
                    return;
                }
                TimeUnit.NANOSECONDS.sleep(failures.failed(e).toNanos());
                continue;
            }
            for (Event event : page) {
                deliver(event);
            }
            if (page.size() < CoordinationClient.MAX_LIMIT) {
                return;
            }
        }
    }

    private void deliver(Event event) {
        if (closed.get()) {
            return;
        }
        if (filter.test(event)) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("Listener of a subscription to {} threw on event {} (sequence {}); delivery goes on",
                        scope, event.id(), event.sequence(), e);
            }
        }
        position = event.sequence();
    }

    @Override
    public long position() {
        return position;
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
