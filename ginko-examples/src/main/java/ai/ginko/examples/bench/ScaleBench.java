package ai.ginko.examples.bench;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.ClaimedTask;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Scope;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.TaskFilter;
import ai.ginko.core.TaskGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scale section ({@code --only scale} runs it alone): how the task graph and the agent list cost as a project
 * grows.
 *
 * <ul>
 *   <li><b>claimNext and ready by open tasks</b>: for each of {@link #OPEN_TASKS} a project with that many ready
 *       tasks (defined in batches of 500); one agent calls {@code claimNext} and completes what it got (the
 *       completion is not timed, so the open tasks stay about the same), and {@code ready(10)} is called as often;
 *       the figures are their p50s. Flat means the p50 at 10,000 is within 1.3 times the p50 at 100.
 *   <li><b>claimNext throughput</b>: {@value TaskGraphBench#WORKERS} workers, each with its own client, take
 *       {@value TaskGraphBench#CONTENDED_TASKS} tasks and complete each, in a project that has 10,000 other open
 *       tasks of lower priority.
 *   <li><b>agents</b>: a project with {@value #AGENTS} registered agents, {@value #ONLINE_AGENTS} of them online;
 *       the figure is the p50 of {@code agents()}, what {@code ginko agent status} and the dashboard read.
 * </ul>
 */
final class ScaleBench {

    static final List<Integer> OPEN_TASKS = List.of(100, 1_000, 10_000);
    static final int AGENTS = 1_000;
    static final int ONLINE_AGENTS = 100;
    private static final int CALLS = 100;
    private static final int WARMUP_CALLS = 30;
    private static final int DEFINE_BATCH = 500;
    /** Below the default priority: the background tasks of the throughput run never come first. */
    private static final int BACKLOG = 4;
    private static final String ELSEWHERE = "elsewhere";

    private ScaleBench() {
    }

    static ScaleResult run(ClientFactory clients, String organization) throws InterruptedException {
        Map<Integer, Double> claimNext = new LinkedHashMap<>();
        Map<Integer, Double> ready = new LinkedHashMap<>();
        for (int open : OPEN_TASKS) {
            Benchmark.progress("Scale: claimNext and ready(10) with %,d open tasks ...".formatted(open));
            Scope scope = Scope.of(organization, "scale-" + open);
            try (CoordinationClient client = clients.open(scope, "bench-scale");
                    AgentSession agent = client.startAgent(AgentRegistration.named("bench-scale"))) {
                define(client.tasks(), "T-", open + WARMUP_CALLS + CALLS);
                claimNext.put(open, claimNextP50(agent));
                ready.put(open, readyP50(client.tasks()));
            }
        }
        Benchmark.progress("Scale: %d workers on %d tasks among 10,000 open ...".formatted(TaskGraphBench.WORKERS,
                TaskGraphBench.CONTENDED_TASKS));
        Scope busy = Scope.of(organization, "scale-throughput");
        try (CoordinationClient client = clients.open(busy, "bench-scale")) {
            List<TaskDefinition> backlog = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                backlog.add(TaskDefinition.builder("BACKLOG-" + i, "backlog " + i).priority(BACKLOG)
                        .capabilities(List.of(ELSEWHERE)).build());
            }
            defineAll(client.tasks(), backlog);
        }
        // The workers take the tasks that need no capability: the backlog stays open, behind them in ready order.
        double tasksPerSecond = TaskGraphBench.contendedClaimNext(clients, busy, TaskFilter.capabilities(List.of()))
                .tasksPerSecond();
        Benchmark.progress("Scale: agents() with %,d agents, %d online ...".formatted(AGENTS, ONLINE_AGENTS));
        return new ScaleResult(claimNext, ready, tasksPerSecond, agentsP50(clients, Scope.of(organization, "agents")));
    }

    private static void define(TaskGraph tasks, String prefix, int count) {
        List<TaskDefinition> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            all.add(TaskDefinition.of(prefix + i, "benchmark task " + i));
        }
        defineAll(tasks, all);
    }

    private static void defineAll(TaskGraph tasks, List<TaskDefinition> all) {
        for (int from = 0; from < all.size(); from += DEFINE_BATCH) {
            tasks.define(all.subList(from, Math.min(all.size(), from + DEFINE_BATCH)));
        }
    }

    private static double claimNextP50(AgentSession agent) {
        Samples samples = new Samples(CALLS);
        for (int i = -WARMUP_CALLS; i < CALLS; i++) {
            long start = System.nanoTime();
            ClaimedTask task = agent.claimNext(TaskFilter.any()).orElseThrow(
                    () -> new BenchmarkFailure("claimNext found nothing among the open tasks"));
            long took = System.nanoTime() - start;
            agent.complete(task.id());
            if (i >= 0) {
                samples.accept(took);
            }
        }
        return samples.summary().p50Ms();
    }

    private static double readyP50(TaskGraph tasks) {
        Samples samples = new Samples(CALLS);
        for (int i = -WARMUP_CALLS; i < CALLS; i++) {
            long start = System.nanoTime();
            if (tasks.ready(TaskFilter.any(), 10).size() != 10) {
                throw new BenchmarkFailure("ready(10) found fewer than 10 of the open tasks");
            }
            if (i >= 0) {
                samples.accept(System.nanoTime() - start);
            }
        }
        return samples.summary().p50Ms();
    }

    /** Registers the agents, deregisters all but the online ones (offline at once), then times agents(). */
    private static double agentsP50(ClientFactory clients, Scope scope) {
        try (CoordinationClient client = clients.open(scope, "bench-agents")) {
            for (int i = 0; i < AGENTS; i++) {
                String id = client.registerAgent(AgentRegistration.named("agent-" + i)).id();
                if (i >= ONLINE_AGENTS) {
                    client.deregisterAgent(id);
                }
            }
            Samples samples = new Samples(CALLS);
            for (int i = -WARMUP_CALLS; i < CALLS; i++) {
                long start = System.nanoTime();
                if (client.agents().size() != AGENTS) {
                    throw new BenchmarkFailure("agents() did not list all " + AGENTS + " agents");
                }
                if (i >= 0) {
                    samples.accept(System.nanoTime() - start);
                }
            }
            return samples.summary().p50Ms();
        }
    }
}
