package ai.ginko.examples.bench;

import java.util.Arrays;

/**
 * Percentiles of a set of latencies, in milliseconds.
 *
 * <p>Nearest-rank percentiles: the p-th percentile is a latency that was actually measured (the smallest one with
 * at least p% of the samples at or below it), never an interpolation between two of them.
 */
record LatencySummary(int count, double p50Ms, double p90Ms, double p99Ms, double maxMs) {

    static LatencySummary of(long[] latencyNanos) {
        if (latencyNanos.length == 0) {
            throw new IllegalArgumentException("no latencies to summarize");
        }
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        return new LatencySummary(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 90)),
                millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]));
    }

    /** The nearest-rank percentile of ascending values; integer arithmetic, so 99% of 100 is exactly rank 99. */
    static long percentile(long[] ascending, int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percent must be between 1 and 100, was " + percent);
        }
        long rank = ((long) percent * ascending.length + 99) / 100;
        return ascending[(int) rank - 1];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
