package ai.ginko.examples.bench;

import java.util.List;

/** The library's delivery promise, checked: every event exactly once, in the order it was logged. */
final class DeliveryCheck {

    private DeliveryCheck() {
    }

    /**
     * @throws BenchmarkFailure naming the first event lost, repeated or out of order
     */
    static void verify(List<Delivery> deliveries, int expected) {
        for (int i = 0; i < deliveries.size(); i++) {
            Delivery delivery = deliveries.get(i);
            if (delivery.index() != i) {
                throw new BenchmarkFailure("delivery #" + i + " was event " + delivery.index() + ", expected event "
                        + i + ": events were lost, repeated or reordered");
            }
            if (i > 0 && delivery.sequence() != deliveries.get(i - 1).sequence() + 1) {
                throw new BenchmarkFailure("delivery #" + i + " has sequence " + delivery.sequence()
                        + " after " + deliveries.get(i - 1).sequence() + ": sequences must follow each other");
            }
        }
        if (deliveries.size() != expected) {
            throw new BenchmarkFailure("received " + deliveries.size() + " events, expected exactly " + expected);
        }
    }

    static long[] latencies(List<Delivery> deliveries) {
        return deliveries.stream().mapToLong(Delivery::latencyNanos).toArray();
    }
}
