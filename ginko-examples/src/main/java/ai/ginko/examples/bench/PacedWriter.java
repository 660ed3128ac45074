package ai.ginko.examples.bench;

import ai.ginko.core.EventLogger;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/**
 * Logs benchmark events at a steady rate, open loop.
 *
 * <p>Event {@code i} is logged at {@code start + i / rate}, on a virtual thread of its own, whatever the earlier
 * calls are doing: as the threads of an agent process log independently of each other. A slow {@code log()} then
 * delays only its own event, not the ones due after it, so the rate asked is the rate offered, and the latency of
 * every event is measured from its own call (a writer that waited for each call would leave out exactly the
 * events a slow call held back). Calls that overlap are what the client's group commit batches.
 */
final class PacedWriter {

    private final Send send;
    private final double periodNanos;
    private final AtomicLong logged = new AtomicLong();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    /** Sends item {@code index} of a paced run: a benchmark event, or a benchmark message. */
    @FunctionalInterface
    interface Send {
        void send(long index);
    }

    PacedWriter(EventLogger logger, double ratePerSecond) {
        // The send time is taken right before log(): the measured latency is the library's, not the pacing's.
        this((Send) index -> logger.log(BenchEvents.create(index, BenchEvents.epochNanosNow())), ratePerSecond);
    }

    PacedWriter(Send send, double ratePerSecond) {
        this.send = send;
        this.periodNanos = 1e9 / ratePerSecond;
    }

    /**
     * Logs events {@code 0 … count-1} and returns the nanoseconds from the first call to the last one's return.
     *
     * @param logCallNanos receives how long each {@code log} call took; called from many threads
     */
    long run(long count, LongConsumer logCallNanos) throws InterruptedException {
        return run(count, Long.MAX_VALUE, logCallNanos);
    }

    /** Logs events until {@code duration} has passed and returns how many it logged. */
    long runFor(Duration duration, LongConsumer logCallNanos) throws InterruptedException {
        run(Long.MAX_VALUE, System.nanoTime() + duration.toNanos(), logCallNanos);
        return logged.get();
    }

    private long run(long count, long stopNanoTime, LongConsumer logCallNanos) throws InterruptedException {
        long start = System.nanoTime();
        try (ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < count && failure.get() == null; i++) {
                long due = start + (long) (i * periodNanos);
                if (due - stopNanoTime >= 0) {
                    break;
                }
                sleepUntil(due);
                long index = i;
                calls.execute(() -> log(index, logCallNanos));
            }
        }
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw new BenchmarkFailure("a log() call failed", failed);
        }
        return System.nanoTime() - start;
    }

    private void log(long index, LongConsumer logCallNanos) {
        try {
            long callStart = System.nanoTime();
            send.send(index);
            logCallNanos.accept(System.nanoTime() - callStart);
            logged.incrementAndGet();
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    /** Events logged so far; readable from any thread while {@link #run} goes on. */
    long logged() {
        return logged.get();
    }

    /** Sleeps until {@code System.nanoTime()} reaches {@code nanoTime}; returns at once when it has. */
    static void sleepUntil(long nanoTime) throws InterruptedException {
        long remaining = nanoTime - System.nanoTime();
        if (remaining > 0) {
            TimeUnit.NANOSECONDS.sleep(remaining);
        }
    }
}
