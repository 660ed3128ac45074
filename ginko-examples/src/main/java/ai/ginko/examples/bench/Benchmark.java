package ai.ginko.examples.bench;

import ai.ginko.core.Scope;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Measures Ginko over Neo4j: event latency between two agent processes and within one JVM, append throughput of
 * concurrent writers, the query rate of an idle client with many subscribers and, with {@code --fleet}, delivery
 * to fleets of agents; each beside the floor (a trivial read and write on the same database) measured in the same
 * run. With {@code --soak-minutes} it measures heap and threads over a long run instead. See
 * {@link BenchOptions#USAGE}.
 *
 * <p>Progress goes to stderr; stdout has the results only (the table, then with {@code --json} one JSON line),
 * so that scripts can take its last line. Exit code 0 on success, 1 when a measure failed, 2 on bad options.
 */
public final class Benchmark {

    /** The same-JVM measure runs alongside the embedded database, so it is kept short. */
    private static final int SAME_JVM_EVENTS = 500;

    private Benchmark() {
    }

    public static void main(String[] args) {
        if (ReservationBench.selected(args)) {
            System.exit(ReservationBench.runAlone(List.of(args)));
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        System.exit(runReportingFailure(options));
    }

    private static int runReportingFailure(BenchOptions options) {
        try {
            run(options);
            return 0;
        } catch (BenchmarkFailure e) {
            System.err.println("BENCHMARK FAILED: " + e.getMessage());
            if (e.getCause() != null) {
                e.getCause().printStackTrace();
            }
            return 1;
        } catch (InterruptedException e) {
            System.err.println("BENCHMARK INTERRUPTED");
            return 1;
        }
    }

    private static void run(BenchOptions options) throws InterruptedException {
        // A fresh organization per run: nothing an earlier run left in the database can affect this one.
        String organization = "bench-" + UUID.randomUUID();
        MachineInfo machine = MachineInfo.current();
        progress("Getting Neo4j ready: the server in GINKO_NEO4J_URI, else an embedded one ...");
        try (BenchDatabase database = BenchDatabase.start(System.getenv())) {
            progress("Neo4j: " + database.description() + ", scope organization " + organization);
            if (options.soakMinutes() > 0) {
                soak(options, organization, database.uri());
                return;
            }
            if (options.scaleOnly()) {
                scaleOnly(options, machine, organization, database);
                return;
            }
            if (options.hookCalls() > 0) {
                HookLatency.Result hooks = HookLatency.run(database.uri(), organization, options.hookCalls());
                System.out.print(hooks.table());
                if (options.json()) {
                    System.out.println(hooks.json());
                }
                return;
            }
            BenchResults results = measure(options, machine, organization, database);
            System.out.print(ResultTable.format(results));
            if (options.json()) {
                System.out.println(ResultJson.format(results));
            }
            System.out.flush();
        }
    }

    private static BenchResults measure(BenchOptions options, MachineInfo machine, String organization,
            BenchDatabase database)
            throws InterruptedException {
        ClientFactory clients = new ClientFactory(database.uri(), options.pollInterval(), options.burstPollInterval(),
                options.realtimeCursor());
        progress("Floor: a trivial read and a trivial write transaction ...");
        FloorResult floor = Floor.measure(database.uri(), organization);
        progress("Cross-process latency: %d events at %s/s ...".formatted(options.events(), options.rate()));
        LatencyResult crossProcess = CrossProcessLatency.run(spec(options, organization, "cross-process",
                options.events()), database.uri());
        int sameJvmEvents = Math.min(SAME_JVM_EVENTS, options.events());
        progress("Same-JVM latency: %d events ...".formatted(sameJvmEvents));
        LatencyResult sameJvm = SameJvmLatency.run(clients, Scope.of(organization, "same-jvm"), sameJvmEvents,
                options.rate());
        progress("Append throughput: %d writers x %d events ...".formatted(AppendThroughput.WRITERS,
                AppendThroughput.EVENTS_PER_WRITER));
        AppendResult append = AppendThroughput.run(clients, Scope.of(organization, "append"), false);
        progress("Append throughput: %d threads sharing one client x %d events ...".formatted(
                AppendThroughput.WRITERS, AppendThroughput.EVENTS_PER_WRITER));
        AppendResult appendShared = AppendThroughput.run(clients, Scope.of(organization, "append-shared"), true);
        progress("Idle query rate: %d subscribers ...".formatted(IdleQueryRate.SUBSCRIBERS));
        IdleResult idle = IdleQueryRate.run(clients, Scope.of(organization, "idle"));
        List<FleetResult> fleet = FleetLatency.run(options, organization, database.uri(), database.embedded());
        progress("Task graph: claimNext with %d contending workers, completion to a waiting claim ..."
                .formatted(TaskGraphBench.WORKERS));
        TaskGraphResult taskGraph = TaskGraphBench.run(clients, Scope.of(organization, "task-graph"));
        ScaleResult scale = ScaleBench.run(clients, organization);
        Optional<MessageBenchResult> messages = options.messages()
                ? Optional.of(MessageBench.run(spec(options, organization, "messages", options.events()), clients,
                        organization, database.uri()))
                : Optional.empty();
        return new BenchResults(machine, database.description(), options, floor, crossProcess,
                sameJvmEvents, sameJvm, append, appendShared, idle, fleet, taskGraph, scale, messages);
    }

    /** {@code --only scale}: the floor, then the scale section, in a table and (with --json) one JSON line. */
    private static void scaleOnly(BenchOptions options, MachineInfo machine, String organization,
            BenchDatabase database) throws InterruptedException {
        ClientFactory clients = new ClientFactory(database.uri(), options.pollInterval(), options.burstPollInterval(),
                options.realtimeCursor());
        progress("Floor: a trivial read and a trivial write transaction ...");
        FloorResult floor = Floor.measure(database.uri(), organization);
        ScaleResult scale = ScaleBench.run(clients, organization);
        System.out.printf("Floor p50: read %.2f ms, write %.2f ms%n", floor.readMs(), floor.writeMs());
        scale.lines().forEach(System.out::println);
        if (options.json()) {
            System.out.println(ResultJson.formatScale(machine, database.description(), floor, scale));
        }
        System.out.flush();
    }

    private static void soak(BenchOptions options, String organization, String uri) throws InterruptedException {
        // As many events as the rate gives in the soak's minutes: the spec's logging time is then the soak's length.
        long events = Math.round(options.rate() * 60 * options.soakMinutes());
        progress("Soak: %d min at up to %s/s ...".formatted(options.soakMinutes(), options.rate()));
        SoakRun.run(spec(options, organization, "soak", events), uri);
        progress("Soak passed: every subscriber got every event, in order.");
    }

    private static RunSpec spec(BenchOptions options, String organization, String project, long events) {
        return new RunSpec(Scope.of(organization, project), options.pollInterval(), options.burstPollInterval(),
                options.realtimeCursor(),
                events, options.rate());
    }

    static void progress(String message) {
        System.err.println("[bench] " + message);
    }
}
