package ai.ginko.examples.bench;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventLogger;
import ai.ginko.core.Scope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Concurrent writers logging to one scope as fast as they can, each with its own client (as separate agent
 * processes would) or all through one shared client (as the threads of one agent would). Every append of a scope
 * takes the next sequence under one lock, so this measures how well appends that contend for it go through.
 */
final class AppendThroughput {

    static final int WRITERS = 8;
    static final int EVENTS_PER_WRITER = 250;
    private static final Duration TIME_LIMIT = Duration.ofMinutes(5);

    private AppendThroughput() {
    }

    /** @param sharedClient whether all writers share one client instead of having one each */
    static AppendResult run(ClientFactory clients, Scope scope, boolean sharedClient) throws InterruptedException {
        List<CoordinationClient> opened = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int w = 0; w < (sharedClient ? 1 : WRITERS); w++) {
                opened.add(clients.open(scope, "bench-appender-" + w));
            }
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                EventLogger logger = opened.get(sharedClient ? 0 : w).logger();
                long firstIndex = (long) w * EVENTS_PER_WRITER;
                writers.add(threads.submit(() -> logAll(logger, firstIndex, start)));
            }
            long began = System.nanoTime();
            start.countDown();
            awaitAll(writers);
            double seconds = (System.nanoTime() - began) / 1e9;
            int events = WRITERS * EVENTS_PER_WRITER;
            checkGapFree(opened.getFirst(), events);
            return new AppendResult(WRITERS, opened.size(), events, seconds, events / seconds);
        } finally {
            // A log() blocked on the database ignores interrupts; closing its client ends it, so the threads can stop.
            threads.shutdownNow();
            opened.forEach(CoordinationClient::close);
            threads.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private static Void logAll(EventLogger logger, long firstIndex, CountDownLatch start)
            throws InterruptedException {
        start.await();
        for (long i = firstIndex; i < firstIndex + EVENTS_PER_WRITER; i++) {
            logger.log(BenchEvents.create(i, BenchEvents.epochNanosNow()));
        }
        return null;
    }

    private static void awaitAll(List<Future<?>> writers) throws InterruptedException {
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        try {
            for (Future<?> writer : writers) {
                writer.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException e) {
            throw new BenchmarkFailure("a writer failed", e.getCause());
        } catch (TimeoutException e) {
            throw new BenchmarkFailure("the writers did not finish within " + TIME_LIMIT.toMinutes() + " min");
        }
    }

    /** Every append committed, and numbered without a gap: the scope's latest sequence is the count. */
    private static void checkGapFree(CoordinationClient client, int events) {
        long latest = client.latestSequence();
        if (latest != events) {
            throw new BenchmarkFailure("after " + events + " appends the latest sequence is " + latest);
        }
    }
}
