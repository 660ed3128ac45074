package ai.ginko.core.internal;

import ai.ginko.core.Event;
import ai.ginko.core.EventFilter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Flow;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Flow.Publisher} view of subscriptions. Each Flow subscriber gets its own {@link SubscriberChannel},
 * whose delivery thread waits for demand before each {@code onNext}; the channel's buffer absorbs the wait and,
 * when full, falls back to catching up from the store, so no event is lost while demand is low.
 *
 * <p>Why the signals are serial (rule 1.3): {@code onSubscribe} runs on the subscribing thread before the channel's
 * thread starts, and every later signal ({@code onNext}, then one {@code onComplete} or {@code onError}) runs on
 * that one thread, the terminal one as the channel's ending, after its last delivery. {@code request} and
 * {@code cancel} never signal by themselves: they record what they want and stop the channel without waiting for
 * it (rules 3.4 and 3.5), and its thread signals. The only signal from another thread is the {@code onError} of a
 * subscription to a closed client, which has no channel and follows {@code onSubscribe} on the subscribing thread.
 *
 * <p>The feed has no end of its own: it completes when its client closes. Verified by the Reactive Streams TCK
 * ({@code FlowPublisherTck} in the contract suite).
 */
final class FlowPublisher implements Flow.Publisher<Event> {

    private static final Logger LOG = LoggerFactory.getLogger(FlowPublisher.class);

    private final DefaultCoordinationClient client;
    private final long afterSequence;
    private final EventFilter filter;

    FlowPublisher(DefaultCoordinationClient client, long afterSequence, EventFilter filter) {
        this.client = client;
        this.afterSequence = afterSequence;
        this.filter = filter;
    }

    /**
     * Rule 1.9: a null subscriber is refused with a {@link NullPointerException} (not the library's usual
     * {@link IllegalArgumentException}: the specification requires this one); any other subscriber gets
     * {@code onSubscribe}, and subscribing never throws.
     */
    @Override
    public void subscribe(Flow.Subscriber<? super Event> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber must not be null (Reactive Streams rule 1.9)");
        Demand demand = new Demand(subscriber);
        SubscriberChannel channel;
        try {
            channel = client.openChannel(afterSequence, filter, demand::deliver, demand::ended);
        } catch (IllegalStateException closed) {
            if (demand.subscribed()) {
                demand.ended(Optional.of(closed));
            }
            return;
        }
        demand.attach(channel);
        if (demand.subscribed()) {
            channel.start();
        } else {
            channel.close();
        }
    }

    /** The {@link Flow.Subscription} of one subscriber: its outstanding demand and how it ends. */
    private static final class Demand implements Flow.Subscription {
        private final Flow.Subscriber<? super Event> subscriber;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition requested = lock.newCondition();
        private long outstanding;
        private boolean cancelled;
        private Optional<Throwable> refusal = Optional.empty();
        private boolean ended;
        private Runnable stopChannel = () -> { };

        Demand(Flow.Subscriber<? super Event> subscriber) {
            this.subscriber = subscriber;
        }

        /** Before {@code onSubscribe}: from then on, a cancel or a refused request stops this channel. */
        void attach(SubscriberChannel channel) {
            lock.lock();
            try {
                stopChannel = channel::stop;
            } finally {
                lock.unlock();
            }
        }

        /** Signals {@code onSubscribe}; false when the subscriber broke rule 2.13 by throwing from it. */
        boolean subscribed() {
            try {
                subscriber.onSubscribe(this);
                return true;
            } catch (Throwable e) {
                FatalErrors.rethrowIfFatal(e);
                LOG.warn("A Flow subscriber threw from onSubscribe; its subscription is cancelled "
                        + "(Reactive Streams rule 2.13)", e);
                cancel();
                return false;
            }
        }

        /** On the channel's thread: waits for demand, then signals {@code onNext}. */
        void deliver(Event event) {
            lock.lock();
            try {
                while (outstanding == 0 && isLive()) {
                    requested.await();
                }
                if (!isLive()) {
                    return;
                }
                outstanding--;
            } catch (InterruptedException e) {
                // The channel stops by interrupting its thread: this event is not delivered, and nothing after it.
                Thread.currentThread().interrupt();
                return;
            } finally {
                lock.unlock();
            }
            try {
                subscriber.onNext(event);
            } catch (Throwable e) {
                // Rule 2.13: the subscription is cancelled, and this is the one place that says why.
                cancel();
                FatalErrors.rethrowIfFatal(e);
                LOG.warn("A Flow subscriber threw from onNext on event {} (sequence {}); its subscription is "
                        + "cancelled (Reactive Streams rule 2.13)", event.id(), event.sequence(), e);
            }
        }

        /**
         * The last signal, once: on the channel's thread when it ends, or on the subscribing thread when there is no
         * channel ({@code failure} is then why). Nothing after a cancel (rule 1.8); {@code onError} for a refused
         * request (rule 3.9) or a failure; {@code onComplete} otherwise, which is what closing the client means.
         */
        void ended(Optional<Throwable> failure) {
            Optional<Throwable> error;
            lock.lock();
            try {
                if (ended || cancelled) {
                    ended = true;
                    return;
                }
                ended = true;
                error = refusal.or(() -> failure);
            } finally {
                lock.unlock();
            }
            try {
                if (error.isPresent()) {
                    subscriber.onError(error.get());
                } else {
                    subscriber.onComplete();
                }
            } catch (Throwable e) {
                FatalErrors.rethrowIfFatal(e);
                LOG.warn("A Flow subscriber threw from its terminal signal (Reactive Streams rule 2.13)", e);
            }
        }

        @Override
        public void request(long n) {
            lock.lock();
            try {
                if (!isLive()) {
                    return;
                }
                if (n <= 0) {
                    refusal = Optional.of(new IllegalArgumentException(
                            "request must be positive (Reactive Streams rule 3.9), was " + n));
                    stopChannel.run();
                } else {
                    outstanding = outstanding + n < 0 ? Long.MAX_VALUE : outstanding + n;
                }
                requested.signalAll();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void cancel() {
            lock.lock();
            try {
                if (cancelled) {
                    return;
                }
                cancelled = true;
                stopChannel.run();
                requested.signalAll();
            } finally {
                lock.unlock();
            }
        }

        /** Neither cancelled nor refused: deliveries may go on. Called with the lock held. */
        private boolean isLive() {
            return !cancelled && refusal.isEmpty();
        }
    }
}
