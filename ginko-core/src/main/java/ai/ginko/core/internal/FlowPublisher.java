package ai.ginko.core.internal;

import ai.ginko.core.Event;
import ai.ginko.core.EventFilter;
import ai.ginko.core.Subscription;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Flow.Publisher} view of subscriptions. Each Flow subscriber gets its own {@link Subscription}, whose
 * delivery thread waits for demand before each {@code onNext}; the subscription's buffer absorbs the wait and,
 * when full, falls back to catching up from the store, so no event is lost while demand is low.
 */
final class FlowPublisher implements Flow.Publisher<Event> {

    private final DefaultCoordinationClient client;
    private final long afterSequence;
    private final EventFilter filter;

    FlowPublisher(DefaultCoordinationClient client, long afterSequence, EventFilter filter) {
        this.client = client;
        this.afterSequence = afterSequence;
        this.filter = filter;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super Event> subscriber) {
        Checks.notNull(subscriber, "subscriber");
        Demand demand = new Demand(subscriber);
        subscriber.onSubscribe(demand);
        demand.attach(client.subscribe(afterSequence, filter, demand::deliver));
    }

    private static final class Demand implements Flow.Subscription {
        private final Flow.Subscriber<? super Event> subscriber;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition requested = lock.newCondition();
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private long outstanding;
        private volatile @Nullable Subscription subscription;

        Demand(Flow.Subscriber<? super Event> subscriber) {
            this.subscriber = subscriber;
        }

        void attach(Subscription attached) {
            subscription = attached;
            if (cancelled.get()) {
                attached.close();
            }
        }

        void deliver(Event event) {
            lock.lock();
            try {
                while (outstanding == 0 && !cancelled.get()) {
                    requested.await();
                }
                if (cancelled.get()) {
                    return;
                }
                outstanding--;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                lock.unlock();
            }
            subscriber.onNext(event);
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                cancel();
                subscriber.onError(new IllegalArgumentException("request must be positive (rule 3.9), was " + n));
                return;
            }
            lock.lock();
            try {
                outstanding = outstanding + n < 0 ? Long.MAX_VALUE : outstanding + n;
                requested.signalAll();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void cancel() {
            if (cancelled.compareAndSet(false, true)) {
                lock.lock();
                try {
                    requested.signalAll();
                } finally {
                    lock.unlock();
                }
                Subscription attached = subscription;
                if (attached != null) {
                    attached.close();
                }
            }
        }
    }
}
