package ai.ginko.examples.bench;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventFilter;
import ai.ginko.core.Scope;
import java.time.Duration;
import java.util.List;

/**
 * Writer and reader as two clients (two drivers) in this JVM: the cross-process measure without process
 * boundaries, for comparison. The writer's {@code log} does not wake the reader's poller (they are separate
 * clients), so the reader still finds events by polling.
 */
final class SameJvmLatency {

    private static final Duration DRAIN = Duration.ofSeconds(30);

    private SameJvmLatency() {
    }

    static LatencyResult run(ClientFactory clients, Scope scope, int events, double rate)
            throws InterruptedException {
        LatencyRecorder recorder = new LatencyRecorder(events);
        Samples logCalls = new Samples(events);
        double writerRate;
        double writesPerLog;
        // Closing the reader client ends the subscription, and waits for a listener call still under way.
        try (CoordinationClient reader = clients.open(scope, "bench-reader");
                CoordinationClient writer = clients.open(scope, "bench-writer")) {
            Warmup.write(writer.logger(), rate);
            Warmup.read(reader);
            reader.subscribe(reader.latestSequence(), EventFilter.all(), recorder);
            long writesBefore = StoreCounters.of(writer).writeTransactions();
            writerRate = events / (new PacedWriter(writer.logger(), rate).run(events, logCalls) / 1e9);
            writesPerLog = (double) (StoreCounters.of(writer).writeTransactions() - writesBefore) / events;
            recorder.awaitAll(DRAIN, clients.pollInterval().multipliedBy(3));
        }
        List<Delivery> deliveries = recorder.deliveries();
        DeliveryCheck.verify(deliveries, events);
        return new LatencyResult(LatencySummary.of(DeliveryCheck.latencies(deliveries)), logCalls.summary(),
                writerRate, writesPerLog, Double.NaN);
    }
}
