package ai.ginko.examples.bench;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventFilter;
import ai.ginko.neo4j.Neo4jCoordination;
import java.time.Duration;
import java.util.List;

/**
 * The reading agent of the cross-process measure, in its own JVM. Warms up, subscribes from the scope's latest
 * sequence, says {@code ready}, stamps every event on arrival, and once the parent says the writer is done (a line
 * on stdin) and everything has arrived, reports each {@link Delivery} and {@code done}.
 */
public final class ReaderProcess {

    static final String READY = "ready";
    static final String DONE = "done";
    /** How long events may still trickle in after the writer has finished. */
    private static final Duration DRAIN = Duration.ofSeconds(30);

    private ReaderProcess() {
    }

    public static void main(String[] args) {
        RunSpec spec = RunSpec.parse(args);
        ChildGuard.run("reader", spec.timeLimit(), () -> {
            read(spec);
            return null;
        });
    }

    private static void read(RunSpec spec) throws Exception {
        LatencyRecorder recorder = new LatencyRecorder(Math.toIntExact(spec.events()));
        boolean complete;
        // Closing the client ends the subscription, and waits for a listener call still under way.
        try (CoordinationClient client = spec.clients(System.getenv(Neo4jCoordination.URI_ENV))
                .open(spec.scope(), "bench-reader")) {
            Warmup.read(client);
            client.subscribe(client.latestSequence(), EventFilter.all(), recorder);
            new ChildMessage(READY).sendTo(System.out);
            ChildGuard.awaitParent();
            complete = recorder.awaitAll(DRAIN, spec.pollInterval().multipliedBy(3));
        }
        List<Delivery> deliveries = recorder.deliveries();
        deliveries.forEach(delivery -> System.out.println(delivery.toMessage().format()));
        new ChildMessage(DONE, deliveries.size(), complete).sendTo(System.out);
    }
}
