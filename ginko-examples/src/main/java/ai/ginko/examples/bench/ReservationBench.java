package ai.ginko.examples.bench;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.PathHold;
import ai.ginko.core.ReservationRequest;
import ai.ginko.core.ReservationResult;
import ai.ginko.core.ReservationSelector;
import ai.ginko.core.Scope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * {@code --reservations}: the reservation section, run on its own beside the floor of the same run. With
 * {@value #ACTIVE} active reservations in the project ({@value #HOLDERS} agents, {@value #PER_HOLDER} patterns
 * each), one agent reserves and releases a fresh pattern {@value #ROUNDS} times (every request is decided against
 * all of them under the project's reservation lock), and a client asks who holds {@value #PATHS} concrete paths
 * {@value #ROUNDS} times (one read of the active reservations, matched in the client). Every check must find its
 * holders, or the run fails.
 */
final class ReservationBench {

    static final String OPTION = "--reservations";
    static final int ACTIVE = 1000;
    static final int HOLDERS = 10;
    static final int PER_HOLDER = ACTIVE / HOLDERS;
    static final int PATHS = 100;
    static final int ROUNDS = 200;
    private static final int WARMUP = 50;

    private ReservationBench() {
    }

    /** Runs the section alone; with {@code --json} among {@code args}, ends stdout with one JSON line. */
    static int runAlone(List<String> args) {
        String organization = "bench-" + UUID.randomUUID();
        try (BenchDatabase database = BenchDatabase.start(System.getenv())) {
            Benchmark.progress("Neo4j: " + database.description() + ", scope organization " + organization);
            Benchmark.progress("Floor: a trivial read and a trivial write transaction ...");
            FloorResult floor = Floor.measure(database.uri(), organization);
            ClientFactory clients = new ClientFactory(database.uri(), Duration.ofMillis(100), Duration.ZERO, true);
            Benchmark.progress("Reservations: %d active, reserve x %d, check of %d paths x %d ..."
                    .formatted(ACTIVE, ROUNDS, PATHS, ROUNDS));
            Map<String, Object> figures = run(clients, Scope.of(organization, "reservations"), floor);
            figures.forEach((key, value) -> System.out.printf(Locale.ROOT, "%-40s %s%n", key, value));
            if (args.contains("--json")) {
                System.out.println(new ObjectMapper().writeValueAsString(Map.of("reservations", figures)));
            }
            return 0;
        } catch (BenchmarkFailure e) {
            System.err.println("BENCHMARK FAILED: " + e.getMessage());
            return 1;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of numbers always serialize", e);
        }
    }

    private static Map<String, Object> run(ClientFactory clients, Scope scope, FloorResult floor) {
        try (CoordinationClient client = clients.open(scope, "bench")) {
            List<AgentSession> holders = IntStream.range(0, HOLDERS)
                    .mapToObj(h -> client.startAgent(AgentRegistration.named("holder-" + h))).toList();
            for (int h = 0; h < HOLDERS; h++) {
                int holder = h;
                List<String> patterns = IntStream.range(0, PER_HOLDER)
                        .mapToObj(p -> "module-" + holder + "/package-" + p + "/**").toList();
                require(holders.get(h).reservations().reserve(ReservationRequest.of(patterns)).granted(),
                        "the set-up grants of " + ACTIVE + " reservations");
            }
            AgentSession reserver = client.startAgent(AgentRegistration.named("reserver"));
            Samples reserves = new Samples(ROUNDS);
            for (int round = -WARMUP; round < ROUNDS; round++) {
                ReservationRequest request = ReservationRequest.of(List.of("fresh/round-" + round + "/**"));
                long start = System.nanoTime();
                ReservationResult result = reserver.reservations().reserve(request);
                long elapsed = System.nanoTime() - start;
                require(result.granted(), "a fresh pattern's grant");
                reserver.reservations().release(ReservationSelector.all());
                if (round >= 0) {
                    reserves.accept(elapsed);
                }
            }
            List<String> paths = IntStream.range(0, PATHS)
                    .mapToObj(i -> "module-" + (i % HOLDERS) + "/package-" + i + "/src/File" + i + ".java").toList();
            Samples checks = new Samples(ROUNDS);
            for (int round = -WARMUP; round < ROUNDS; round++) {
                long start = System.nanoTime();
                List<PathHold> holds = client.holders(paths);
                long elapsed = System.nanoTime() - start;
                require(holds.size() == PATHS, "every checked path has its one holder, found " + holds.size());
                if (round >= 0) {
                    checks.accept(elapsed);
                }
            }
            holders.forEach(AgentSession::close);
            reserver.close();
            LatencySummary reserve = reserves.summary();
            LatencySummary check = checks.summary();
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("write_floor_ms", round(floor.writeMs()));
            figures.put("read_floor_ms", round(floor.readMs()));
            figures.put("active_reservations", ACTIVE);
            figures.put("reserve_p50_ms", round(reserve.p50Ms()));
            figures.put("reserve_p99_ms", round(reserve.p99Ms()));
            figures.put("reserve_p50_to_write_floor", round(reserve.p50Ms() / floor.writeMs()));
            figures.put("check_100_paths_p50_ms", round(check.p50Ms()));
            figures.put("check_100_paths_p99_ms", round(check.p99Ms()));
            figures.put("check_p50_to_read_floor", round(check.p50Ms() / floor.readMs()));
            return figures;
        }
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new BenchmarkFailure("reservations: failed: " + what);
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** Whether the arguments ask for this section. */
    static boolean selected(String[] args) {
        return Arrays.asList(args).contains(OPTION);
    }
}
