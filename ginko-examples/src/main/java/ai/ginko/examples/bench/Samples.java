package ai.ginko.examples.bench;

import java.util.Arrays;
import java.util.function.LongConsumer;

/** Durations in nanoseconds, collected from any number of threads, to be summarized once collection is over. */
final class Samples implements LongConsumer {

    private long[] values;
    private int size;

    Samples(int expected) {
        this.values = new long[Math.max(expected, 16)];
    }

    @Override
    public synchronized void accept(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized LatencySummary summary() {
        return LatencySummary.of(Arrays.copyOf(values, size));
    }
}
