package ai.ginko.examples.bench;

import java.util.BitSet;
import java.util.List;

/**
 * The library's delivery promise, checked: every event exactly once, in sequence order (the order in which the log
 * took them), with no sequence skipped. The writer issues events concurrently, so sequence order need not be the
 * order of the writer's indexes; each index must arrive once.
 */
final class DeliveryCheck {

    private DeliveryCheck() {
    }

    /**
     * @throws BenchmarkFailure naming the first event lost, repeated or out of order
     */
    static void verify(List<Delivery> deliveries, int expected) {
        BitSet seen = new BitSet(expected);
        for (int i = 0; i < deliveries.size(); i++) {
            Delivery delivery = deliveries.get(i);
            if (delivery.index() < 0 || delivery.index() >= expected) {
                throw new BenchmarkFailure("delivery #" + i + " was event " + delivery.index()
                        + ", which was never logged");
            }
            if (seen.get((int) delivery.index())) {
                throw new BenchmarkFailure("delivery #" + i + " repeated event " + delivery.index());
            }
            seen.set((int) delivery.index());
            if (i > 0 && delivery.sequence() != deliveries.get(i - 1).sequence() + 1) {
                throw new BenchmarkFailure("delivery #" + i + " has sequence " + delivery.sequence()
                        + " after " + deliveries.get(i - 1).sequence() + ": sequences must follow each other");
            }
        }
        if (deliveries.size() != expected) {
            throw new BenchmarkFailure("received " + deliveries.size() + " events, expected exactly " + expected
                    + (seen.nextClearBit(0) < expected ? "; event " + seen.nextClearBit(0) + " never came" : ""));
        }
    }

    static long[] latencies(List<Delivery> deliveries) {
        return deliveries.stream().mapToLong(Delivery::latencyNanos).toArray();
    }
}
