package ai.ginko.core.internal;

import ai.ginko.core.ClientMetrics;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventFilter;
import ai.ginko.core.EventListener;
import ai.ginko.core.Scope;
import ai.ginko.core.Subscription;
import ai.ginko.core.spi.CoordinationStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscription: a bounded buffer filled by the {@link EventPoller} and drained by the subscription's own
 * virtual thread, which calls the listener. Whatever the listener throws is logged and delivery goes on (only a
 * {@linkplain FatalErrors fatal} error ends the thread). When the thread ends, for whatever reason, it runs the
 * channel's ending last, after its last delivery: a {@link java.util.concurrent.Flow} subscriber's
 * {@code onComplete} is signalled there, serially with its {@code onNext}s.
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
    private final ListenerFailures listenerFailures;
    private final Runnable onClose;
    private final Consumer<Optional<Throwable>> ending;
    private final ClientMetrics metrics;
    private volatile long position;
    private volatile @Nullable Thread thread;

    /**
     * @param onClose run once when the channel closes, to unregister it
     * @param ending  run once on the channel's thread when the thread ends, after its last delivery, with the fatal
     *                error that ended it if one did; if the channel is closed before it starts, {@link #start()}
     *                still runs it
     * @param metrics told of each delivery and of each time the buffer overflows
     */
    SubscriberChannel(CoordinationStore store, Scope scope, long afterSequence, EventFilter filter,
            EventListener listener, int bufferSize, Duration retryBase, Runnable onClose,
            Consumer<Optional<Throwable>> ending, ClientMetrics metrics) {
        this.store = store;
        this.scope = scope;
        this.position = afterSequence;
        this.filter = filter;
        this.listener = listener;
        this.buffer = new ArrayBlockingQueue<>(bufferSize);
        this.failures = new FailureLog(LOG, "Catching up a subscription of " + scope, retryBase);
        this.listenerFailures = new ListenerFailures(LOG, "The listener of a subscription to " + scope);
        this.onClose = onClose;
        this.ending = ending;
        this.metrics = GuardedMetrics.of(metrics);
    }

    void start() {
        thread = Thread.ofVirtual().name("ginko-subscriber-" + scope).start(this::run);
    }

    @Override
    public void accept(List<Event> batch) {
        for (Event event : batch) {
            if (!buffer.offer(event)) {
                // Counted once per falling behind: the flag stays set until the catch-up that clears it.
                if (!overflowed.getAndSet(true)) {
                    metrics.subscriberOverflowed();
                }
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
        Optional<Throwable> fatal = Optional.empty();
        try {
            catchUp();
            while (!closed.get()) {
                if (overflowed.getAndSet(false)) {
                    catchUp();
                }
                handle(buffer.take());
            }
        } catch (InterruptedException e) {
            // stop() interrupts the thread: nothing more to deliver.
        } catch (Throwable e) {
            // Only a fatal error gets here: deliver() and catchUp() contain every other one.
            fatal = Optional.of(e);
            throw e;
        } finally {
            stop();
            // The interrupt was the library's own wake-up call; the ending must not inherit it.
            Thread.interrupted();
            ending.accept(fatal);
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
            } catch (Throwable e) {
                // stop() interrupts a read in flight; that is the end of the subscription, not a failure to report.
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

    /**
     * Passes the event to the listener if the filter takes it. The position moves first, so that a listener (or
     * anyone it tells) that reads the position sees at least the event it was given; the event is handed over
     * once whether the listener returns or throws.
     */
    private void deliver(Event event) {
        if (closed.get()) {
            return;
        }
        position = event.sequence();
        if (filter.test(event)) {
            metrics.delivered(event);
            try {
                listener.onEvent(event);
            } catch (Throwable e) {
                listenerFailures.failed(e, "event " + event.id() + " (sequence " + event.sequence() + ")",
                        "delivery goes on");
            }
        }
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public boolean isClosed() {
        return closed.get();
    }

    /** Stops the subscription and waits (up to five seconds) for a delivery in progress to end. */
    @Override
    public void close() {
        stop();
        Threads.join(thread);
    }

    /**
     * Stops the subscription without waiting: a delivery in progress finishes, then the thread runs the ending and
     * ends. For a caller that must return promptly, such as a Flow subscriber's {@code cancel}.
     */
    void stop() {
        if (closed.compareAndSet(false, true)) {
            onClose.run();
            Thread running = thread;
            if (running != null && running != Thread.currentThread()) {
                running.interrupt();
            }
        }
    }
}
