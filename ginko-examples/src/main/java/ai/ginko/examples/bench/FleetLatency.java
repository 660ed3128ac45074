package ai.ginko.examples.bench;

import ai.ginko.core.Scope;
import ai.ginko.neo4j.Neo4jCoordination;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fleet curve: for each fleet size N, a fleet JVM of N clients (each with its own driver, subscribed to the
 * scope) first idles for a few seconds, then a writer JVM logs at {@link #RATE} events/s for a while and the fleet
 * receives them. Reports delivery latency, the queries per second the fleet sends, and the CPU each query costs
 * the fleet's JVM and (with the embedded database, which runs in this JVM) the database's, idle and active.
 */
final class FleetLatency {

    /** Events per second the writer logs: a busy team of agents. */
    static final int RATE = 20;
    private static final Duration START_LIMIT = Duration.ofMinutes(2);
    /** Every client subscribed, no event: what polling alone costs. */
    private static final Duration IDLE = Duration.ofSeconds(5);

    private FleetLatency() {
    }

    /**
     * @param embedded whether the database runs in this JVM, so that this JVM's CPU time is the database's
     */
    static List<FleetResult> run(BenchOptions options, String organization, String uri, boolean embedded)
            throws InterruptedException {
        List<FleetResult> results = new ArrayList<>();
        for (int clients : options.fleet()) {
            Benchmark.progress("Fleet: %d clients, a writer at %d/s for %d s ...".formatted(clients, RATE,
                    options.fleetSeconds()));
            RunSpec spec = new RunSpec(Scope.of(organization, "fleet-" + clients), options.pollInterval(),
                    options.burstPollInterval(), options.realtimeCursor(), (long) RATE * options.fleetSeconds(), RATE);
            results.add(runOne(spec, clients, uri, embedded));
        }
        return results;
    }

    @SuppressWarnings("ClosingStandardOutputStreams") // ChildJvm copies to System.err and never closes it
    private static FleetResult runOne(RunSpec spec, int clients, String uri, boolean embedded)
            throws InterruptedException {
        Map<String, String> environment = Map.of(Neo4jCoordination.URI_ENV, uri);
        List<String> fleetArgs = new ArrayList<>(spec.toArgs());
        fleetArgs.add(FleetProcess.CLIENTS + clients);
        try (ChildJvm writer = ChildJvm.start("fleet writer", WriterProcess.class, spec.toArgs(), environment,
                System.err)) {
            writer.next(Instant.now().plus(START_LIMIT)).expect(WriterProcess.WARM);
            try (ChildJvm fleet = ChildJvm.start("fleet of " + clients, FleetProcess.class, fleetArgs, environment,
                    System.err)) {
                Instant limit = Instant.now().plus(FleetProcess.timeLimit(spec, clients));
                fleet.next(limit).expect(FleetProcess.READY);
                long idleStart = ProcessCpu.nanos();
                fleet.tell("idle");
                Thread.sleep(IDLE.toMillis());
                long activeStart = ProcessCpu.nanos();
                fleet.tell("go");
                WriterReport written = CrossProcessLatency.runWriter(writer, spec);
                fleet.tell("writer done");
                long activeEnd = ProcessCpu.nanos();
                FleetReport report = FleetReport.from(fleet.next(limit));
                fleet.awaitSuccess(limit);
                return new FleetResult(report, written.ratePerSecond(),
                        embedded ? (activeStart - idleStart) / 1e6 / report.idle().queries() : Double.NaN,
                        embedded ? (activeEnd - activeStart) / 1e6 / report.active().queries() : Double.NaN);
            }
        }
    }
}
