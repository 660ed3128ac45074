package ai.ginko.examples.bench;

import ai.ginko.core.EventLogger;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Logs benchmark events at a steady rate from one thread.
 *
 * <p>Event {@code i} is due at {@code start + i / rate}, whatever happened before it: a slow log delays the next
 * events until the writer has caught up, rather than stretching the whole run, so the rate holds on average and
 * the latency of the events sent late is still measured.
 */
final class PacedWriter {

    private final EventLogger logger;
    private final double periodNanos;
    private volatile long logged;

    PacedWriter(EventLogger logger, double ratePerSecond) {
        this.logger = logger;
        this.periodNanos = 1e9 / ratePerSecond;
    }

    /**
     * Logs events {@code 0 … count-1} and returns the nanoseconds it took.
     *
     * @param logCallNanos receives how long each {@code log} call took
     */
    long run(long count, LongConsumer logCallNanos) throws InterruptedException {
        return run(count, Long.MAX_VALUE, logCallNanos);
    }

    /** Logs events until {@code duration} has passed and returns how many it logged. */
    long runFor(Duration duration, LongConsumer logCallNanos) throws InterruptedException {
        run(Long.MAX_VALUE, System.nanoTime() + duration.toNanos(), logCallNanos);
        return logged;
    }

    private long run(long count, long stopNanoTime, LongConsumer logCallNanos) throws InterruptedException {
        long start = System.nanoTime();
        for (long i = 0; i < count; i++) {
            long due = start + (long) (i * periodNanos);
            if (due - stopNanoTime >= 0) {
                break;
            }
            sleepUntil(due);
            long callStart = System.nanoTime();
            // Taken right before log(): the measured latency is the library's, not the pacing's.
            logger.log(BenchEvents.create(i, BenchEvents.epochNanosNow()));
            logCallNanos.accept(System.nanoTime() - callStart);
            logged = i + 1;
        }
        return System.nanoTime() - start;
    }

    /** Events logged so far; readable from any thread while {@link #run} goes on. */
    long logged() {
        return logged;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long remaining = nanoTime - System.nanoTime();
        if (remaining > 0) {
            TimeUnit.NANOSECONDS.sleep(remaining);
        }
    }
}
