package ai.ginko.examples.bench;

import ai.ginko.core.Event;
import ai.ginko.core.EventListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A subscription listener that stamps each benchmark event on arrival. It keeps every delivery, including any
 * beyond the expected count, so that a repeated event shows up in {@link DeliveryCheck}.
 */
final class LatencyRecorder implements EventListener {

    private final List<Delivery> deliveries;
    private final CountDownLatch all;

    LatencyRecorder(int expected) {
        this.deliveries = new ArrayList<>(expected);
        this.all = new CountDownLatch(expected);
    }

    @Override
    public void onEvent(Event event) {
        // First thing: anything done before the stamp would count as latency.
        long now = BenchEvents.epochNanosNow();
        record(new Delivery(BenchEvents.index(event), event.sequence(), now - BenchEvents.sentAt(event)));
    }

    private synchronized void record(Delivery delivery) {
        deliveries.add(delivery);
        all.countDown();
    }

    /**
     * Waits until the expected count has arrived, then {@code settle} longer, so that an event delivered twice
     * (the second time a poll or two later) is caught too.
     *
     * @return whether the expected count arrived within {@code timeout}
     */
    boolean awaitAll(Duration timeout, Duration settle) throws InterruptedException {
        boolean complete = all.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (complete) {
            TimeUnit.NANOSECONDS.sleep(settle.toNanos());
        }
        return complete;
    }

    synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }
}
