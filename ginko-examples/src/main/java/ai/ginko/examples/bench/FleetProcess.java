package ai.ginko.examples.bench;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventFilter;
import ai.ginko.neo4j.Neo4jCoordination;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * A fleet of agents in one JVM: N clients, each with its own driver, each subscribed to the scope, as N agent
 * processes on one machine would be. Says {@code ready} once all are subscribed; counts the queries its stores
 * send and the CPU it uses in two windows, each from one line of the parent to the next: idle (from {@code idle}
 * to {@code go}) and active (from {@code go} to {@code writer done}); then waits until every client has every
 * event, checks that each got each exactly once and in order, and reports a {@link FleetReport}.
 */
public final class FleetProcess {

    static final String READY = "ready";
    static final String CLIENTS = "clients=";
    /** How long events may still trickle in after the writer has finished. */
    private static final Duration DRAIN = Duration.ofSeconds(60);
    /** Opening, warming and subscribing each client. */
    private static final Duration START_PER_CLIENT = Duration.ofSeconds(2);

    private FleetProcess() {
    }

    public static void main(String[] args) {
        RunSpec spec = RunSpec.parse(args);
        int clients = clients(args);
        ChildGuard.run("fleet", timeLimit(spec, clients), () -> {
            run(spec, clients);
            return null;
        });
    }

    static Duration timeLimit(RunSpec spec, int clients) {
        return spec.timeLimit().plus(START_PER_CLIENT.multipliedBy(clients)).plus(DRAIN);
    }

    private static int clients(String... args) {
        for (String arg : args) {
            if (arg.startsWith(CLIENTS)) {
                return Integer.parseInt(arg.substring(CLIENTS.length()));
            }
        }
        throw new IllegalArgumentException("missing " + CLIENTS + "N");
    }

    private static void run(RunSpec spec, int size) throws Exception {
        ClientFactory factory = spec.clients(System.getenv(Neo4jCoordination.URI_ENV));
        int expected = Math.toIntExact(spec.events());
        List<CoordinationClient> clients = new ArrayList<>();
        List<LatencyRecorder> recorders = new ArrayList<>();
        FleetWindow idle;
        FleetWindow active;
        try {
            for (int i = 0; i < size; i++) {
                clients.add(factory.open(spec.scope(), "bench-fleet-" + i));
            }
            warmUp(clients);
            long after = clients.getFirst().latestSequence();
            for (CoordinationClient client : clients) {
                LatencyRecorder recorder = new LatencyRecorder(expected);
                recorders.add(recorder);
                client.subscribe(after, EventFilter.all(), recorder);
            }
            new ChildMessage(READY).sendTo(System.out);
            ChildGuard.awaitParent();
            FleetWindow.Start idleStart = FleetWindow.start(clients);
            ChildGuard.awaitParent();
            idle = idleStart.end();
            FleetWindow.Start activeStart = FleetWindow.start(clients);
            ChildGuard.awaitParent();
            active = activeStart.end();
            awaitAll(recorders, spec.pollInterval().multipliedBy(3));
        } finally {
            clients.forEach(CoordinationClient::close);
        }
        List<long[]> latencies = new ArrayList<>();
        for (int i = 0; i < recorders.size(); i++) {
            try {
                List<Delivery> deliveries = recorders.get(i).deliveries();
                DeliveryCheck.verify(deliveries, expected);
                latencies.add(DeliveryCheck.latencies(deliveries));
            } catch (BenchmarkFailure e) {
                throw new BenchmarkFailure("fleet client " + i + " of " + size + ": " + e.getMessage());
            }
        }
        LatencySummary latency = LatencySummary.of(latencies.stream().flatMapToLong(LongStream::of).toArray());
        new FleetReport(size, expected, latency, idle, active).toMessage().sendTo(System.out);
    }

    /** Each client's driver connects and each query is planned before anything is measured. */
    private static void warmUp(List<CoordinationClient> clients) {
        Warmup.read(clients.getFirst());
        for (CoordinationClient client : clients) {
            client.latestSequence();
            client.eventsSince(0, CoordinationClient.MAX_LIMIT);
        }
    }

    /** Waits for every recorder within one deadline, then a little longer so that a repeated event shows. */
    private static void awaitAll(List<LatencyRecorder> recorders, Duration settle) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        for (LatencyRecorder recorder : recorders) {
            recorder.awaitAll(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), Duration.ZERO);
        }
        Thread.sleep(settle.toMillis());
    }
}
