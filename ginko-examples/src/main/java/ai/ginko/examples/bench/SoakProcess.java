package ai.ginko.examples.bench;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventFilter;
import ai.ginko.neo4j.Neo4jCoordination;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The soak, in its own JVM so that its heap and threads are the library's alone (the embedded Neo4j lives in the
 * parent): steady logging with a few subscribers, sampling heap and threads at the start, every minute and at the
 * end, then checking that every subscriber got every event in order.
 */
public final class SoakProcess {

    static final String DONE = "done";
    private static final int SUBSCRIBERS = 3;
    private static final Duration DRAIN = Duration.ofSeconds(60);

    private SoakProcess() {
    }

    public static void main(String[] args) {
        RunSpec spec = RunSpec.parse(args);
        ChildGuard.run("soak", timeLimit(spec), () -> {
            soak(spec);
            return null;
        });
    }

    /** The soak logs for {@link RunSpec#loggingTime()}, then gives the subscribers up to a minute to catch up. */
    static Duration timeLimit(RunSpec spec) {
        return spec.loggingTime().plus(DRAIN).plusMinutes(5);
    }

    // The minute reports are progress output only; the end report and the checks below decide the outcome.
    @SuppressWarnings("FutureReturnValueIgnored")
    private static void soak(RunSpec spec) throws InterruptedException {
        ClientFactory clients = spec.clients(System.getenv(Neo4jCoordination.URI_ENV));
        try (CoordinationClient writerClient = clients.open(spec.scope(), "bench-soak-writer");
                CoordinationClient readerClient = clients.open(spec.scope(), "bench-soak-reader")) {
            List<SequenceCounter> counters = subscribe(readerClient);
            PacedWriter writer = new PacedWriter(writerClient.logger(), spec.rate());
            report("start", writer, counters);
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("soak-sampler").factory());
            AtomicInteger minute = new AtomicInteger();
            sampler.scheduleAtFixedRate(() -> report("minute " + minute.incrementAndGet(), writer, counters),
                    1, 1, TimeUnit.MINUTES);
            long logged;
            try {
                // Log-call times are not kept: a list growing for the whole soak would look like a leak.
                logged = writer.runFor(spec.loggingTime(), nanos -> { });
            } finally {
                sampler.shutdownNow();
            }
            awaitDelivered(counters, logged);
            report("end", writer, counters);
            check(counters, logged);
        }
        new ChildMessage(DONE).sendTo(System.out);
    }

    private static List<SequenceCounter> subscribe(CoordinationClient client) {
        long after = client.latestSequence();
        List<SequenceCounter> counters = new ArrayList<>();
        for (int i = 0; i < SUBSCRIBERS; i++) {
            SequenceCounter counter = new SequenceCounter(after);
            client.subscribe(after, EventFilter.all(), counter);
            counters.add(counter);
        }
        return counters;
    }

    private static void report(String when, PacedWriter writer, List<SequenceCounter> counters) {
        String delivered = counters.stream().map(c -> Long.toString(c.delivered())).collect(Collectors.joining("/"));
        System.out.printf("[%s] %s; logged %d, delivered %s%n", when, RuntimeSample.afterGc().describe(),
                writer.logged(), delivered);
        System.out.flush();
    }

    private static void awaitDelivered(List<SequenceCounter> counters, long events) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (counters.stream().anyMatch(c -> c.delivered() < events) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private static void check(List<SequenceCounter> counters, long events) {
        for (SequenceCounter counter : counters) {
            if (counter.delivered() != events || counter.violations() > 0) {
                throw new BenchmarkFailure("a subscriber got " + counter.delivered() + " of " + events
                        + " events, with " + counter.violations() + " out of order");
            }
        }
    }
}
