package ai.ginko.examples.bench;

import ai.ginko.neo4j.Neo4jCoordination;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The headline measure: a writer JVM logs, a reader JVM subscribes, as two agents on one machine would. The
 * writer warms up first; then the reader subscribes, after the warm-up events; then the writer logs the measured
 * events, every one of which must reach the reader exactly once and in order.
 */
final class CrossProcessLatency {

    /** JVM start, driver connection and schema check of a child. */
    private static final Duration START_LIMIT = Duration.ofMinutes(2);
    private static final Duration REPORT_LIMIT = Duration.ofMinutes(1);

    private CrossProcessLatency() {
    }

    @SuppressWarnings("ClosingStandardOutputStreams") // ChildJvm copies to System.err and never closes it
    static LatencyResult run(RunSpec spec, String uri) throws InterruptedException {
        Map<String, String> environment = Map.of(Neo4jCoordination.URI_ENV, uri);
        try (ChildJvm writer = ChildJvm.start("writer", WriterProcess.class, spec.toArgs(), environment,
                System.err)) {
            writer.next(Instant.now().plus(START_LIMIT)).expect(WriterProcess.WARM);
            try (ChildJvm reader = ChildJvm.start("reader", ReaderProcess.class, spec.toArgs(), environment,
                    System.err)) {
                reader.next(Instant.now().plus(START_LIMIT)).expect(ReaderProcess.READY);
                WriterReport report = runWriter(writer, spec);
                reader.tell("writer done");
                List<Delivery> deliveries = collect(reader, Instant.now().plus(REPORT_LIMIT));
                reader.awaitSuccess(Instant.now().plus(REPORT_LIMIT));
                DeliveryCheck.verify(deliveries, Math.toIntExact(spec.events()));
                return new LatencyResult(LatencySummary.of(DeliveryCheck.latencies(deliveries)), report.logCall(),
                        report.ratePerSecond(), report.writeTransactionsPerLog(), report.writeFloorMs());
            }
        }
    }

    /** Lets the warm writer go, and waits for it to finish. */
    static WriterReport runWriter(ChildJvm writer, RunSpec spec) throws InterruptedException {
        writer.tell("go");
        Instant deadline = Instant.now().plus(spec.timeLimit());
        WriterReport report = WriterReport.from(writer.next(deadline));
        writer.awaitSuccess(deadline);
        return report;
    }

    private static List<Delivery> collect(ChildJvm reader, Instant deadline) throws InterruptedException {
        List<Delivery> deliveries = new ArrayList<>();
        ChildMessage message = reader.next(deadline);
        while (!message.kind().equals(ReaderProcess.DONE)) {
            deliveries.add(Delivery.from(message));
            message = reader.next(deadline);
        }
        return deliveries;
    }
}
