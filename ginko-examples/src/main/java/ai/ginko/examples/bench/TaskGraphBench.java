package ai.ginko.examples.bench;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.ClaimedTask;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import ai.ginko.core.Scope;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.TaskFilter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The task graph's two figures, each beside its floor measured in the same run:
 *
 * <ul>
 *   <li><b>claimNext under contention</b>: {@value #WORKERS} workers, each with its own client (as separate
 *       processes), take {@value #CONTENDED_TASKS} ready tasks with {@code claimNext} and complete each, until none
 *       is left; the figure is the duration of the {@code claimNext} calls that got a task. Floor: an uncontended
 *       {@code claim(taskId)} by one agent, one write transaction.
 *   <li><b>Ready delay</b>: a worker waits in {@code claimNext(filter, timeout)} in one client while an agent of
 *       another client completes the dependency of the only task it could take; the figure is the time from just
 *       before {@code complete} to the waiting worker's return with the dependent task. Floor: the time until a
 *       subscriber of the waiting worker's client receives the completion event (the poll delay every waiter
 *       depends on).
 * </ul>
 */
final class TaskGraphBench {

    static final int WORKERS = 8;
    static final int CONTENDED_TASKS = 400;
    static final int FLOOR_CLAIMS = 200;
    static final int READY_ROUNDS = 100;
    private static final int WARMUP_TASKS = 40;
    private static final Duration TIME_LIMIT = Duration.ofMinutes(5);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private TaskGraphBench() {
    }

    static TaskGraphResult run(ClientFactory clients, Scope scope) throws InterruptedException {
        LatencySummary floor = claimFloor(clients, scope);
        Contended contended = contendedClaimNext(clients, scope, TaskFilter.any());
        ReadyDelay ready = readyDelay(clients, scope);
        return new TaskGraphResult(floor, contended.latency(), WORKERS, CONTENDED_TASKS, contended.tasksPerSecond(),
                ready.claim(), ready.event(), READY_ROUNDS);
    }

    private static LatencySummary claimFloor(ClientFactory clients, Scope scope) {
        Samples claims = new Samples(FLOOR_CLAIMS);
        try (CoordinationClient client = clients.open(scope, "bench-floor");
                AgentSession agent = client.startAgent(AgentRegistration.named("bench-floor"))) {
            for (int i = -WARMUP_TASKS; i < FLOOR_CLAIMS; i++) {
                long start = System.nanoTime();
                agent.claim("FLOOR-" + i);
                if (i >= 0) {
                    claims.accept(System.nanoTime() - start);
                }
            }
        }
        return claims.summary();
    }

    record Contended(LatencySummary latency, double tasksPerSecond) {
    }

    /** The contended run; the workers take what the filter accepts (other tasks of the project stay open). */
    static Contended contendedClaimNext(ClientFactory clients, Scope scope, TaskFilter filter)
            throws InterruptedException {
        List<CoordinationClient> opened = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(WORKERS);
        try {
            List<AgentSession> workers = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                CoordinationClient client = clients.open(scope, "bench-worker-" + w);
                opened.add(client);
                workers.add(client.startAgent(AgentRegistration.named("bench-worker-" + w)));
            }
            define(opened.getFirst(), "WARM-", WARMUP_TASKS);
            runWorkers(threads, workers, new ConcurrentLinkedQueue<>(), filter);
            define(opened.getFirst(), "CONTENDED-", CONTENDED_TASKS);
            Queue<Long> latencies = new ConcurrentLinkedQueue<>();
            long began = System.nanoTime();
            runWorkers(threads, workers, latencies, filter);
            double seconds = (System.nanoTime() - began) / 1e9;
            if (latencies.size() != CONTENDED_TASKS) {
                throw new BenchmarkFailure("the workers claimed " + latencies.size() + " tasks, not "
                        + CONTENDED_TASKS + ": a task was handed out twice or lost");
            }
            return new Contended(LatencySummary.of(latencies.stream().mapToLong(Long::longValue).toArray()),
                    CONTENDED_TASKS / seconds);
        } finally {
            threads.shutdownNow();
            opened.forEach(CoordinationClient::close);
            threads.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private static void define(CoordinationClient client, String prefix, int count) {
        List<TaskDefinition> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add(TaskDefinition.of(prefix + i, "benchmark task " + i));
        }
        client.tasks().define(tasks);
    }

    /** Every worker claims and completes tasks until none is ready; the durations of winning claims go to sink. */
    private static void runWorkers(ExecutorService threads, List<AgentSession> workers, Queue<Long> sink,
            TaskFilter filter) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (AgentSession worker : workers) {
            running.add(threads.submit(() -> {
                start.await();
                while (true) {
                    long began = System.nanoTime();
                    Optional<ClaimedTask> task = worker.claimNext(filter);
                    if (task.isEmpty()) {
                        return null;
                    }
                    sink.add(System.nanoTime() - began);
                    worker.complete(task.get().id());
                }
            }));
        }
        start.countDown();
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        try {
            for (Future<?> worker : running) {
                worker.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException e) {
            throw new BenchmarkFailure("a claimNext worker failed", e.getCause());
        } catch (TimeoutException e) {
            throw new BenchmarkFailure("the claimNext workers did not finish within " + TIME_LIMIT.toMinutes()
                    + " min");
        }
    }

    private record ReadyDelay(LatencySummary claim, LatencySummary event) {
    }

    private static ReadyDelay readyDelay(ClientFactory clients, Scope scope) throws InterruptedException {
        Samples claims = new Samples(READY_ROUNDS);
        Samples events = new Samples(READY_ROUNDS);
        Map<String, Long> completionArrivals = new ConcurrentHashMap<>();
        try (CoordinationClient finisherClient = clients.open(scope, "bench-finisher");
                CoordinationClient waiterClient = clients.open(scope, "bench-waiter");
                AgentSession finisher = finisherClient.startAgent(AgentRegistration.named("bench-finisher"));
                AgentSession waiter = waiterClient.startAgent(AgentRegistration.named("bench-waiter"))) {
            waiterClient.subscribe(waiterClient.latestSequence(), EventFilter.categories(EventCategory.TASK),
                    (Event event) -> {
                        long arrived = System.nanoTime();
                        if ("completed".equals(event.metadata().get("action"))) {
                            completionArrivals.put(event.taskId().orElseThrow(), arrived);
                        }
                    });
            for (int round = -WARMUP_TASKS / 4; round < READY_ROUNDS; round++) {
                String dependency = "DEP-" + round;
                String dependent = "NEXT-" + round;
                finisherClient.tasks().define(List.of(TaskDefinition.of(dependency, "dependency"),
                        TaskDefinition.builder(dependent, "dependent").dependsOn(List.of(dependency)).build()));
                finisher.claim(dependency);
                CompletableFuture<Long> claimedAt = waitForNext(waiter, dependent);
                // Out of step with the poll interval, so that completions land anywhere between two polls.
                Thread.sleep(ThreadLocalRandom.current().nextLong(150, 350));
                long completedAt = System.nanoTime();
                finisher.complete(dependency);
                long claimed = await(claimedAt);
                waiter.complete(dependent);
                if (round >= 0) {
                    claims.accept(claimed - completedAt);
                    events.accept(awaitArrival(completionArrivals, dependency) - completedAt);
                }
            }
        }
        return new ReadyDelay(claims.summary(), events.summary());
    }

    private static CompletableFuture<Long> waitForNext(AgentSession waiter, String expected) {
        CompletableFuture<Long> claimedAt = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                Optional<ClaimedTask> task = waiter.claimNext(TaskFilter.any(), WAIT);
                long now = System.nanoTime();
                if (task.map(ClaimedTask::id).filter(expected::equals).isEmpty()) {
                    claimedAt.completeExceptionally(new BenchmarkFailure("the waiting worker got "
                            + task.map(ClaimedTask::id).orElse("nothing") + " instead of " + expected));
                } else {
                    claimedAt.complete(now);
                }
            } catch (InterruptedException | RuntimeException e) {
                claimedAt.completeExceptionally(e);
            }
        });
        return claimedAt;
    }

    private static long await(CompletableFuture<Long> claimedAt) throws InterruptedException {
        try {
            return claimedAt.get(WAIT.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new BenchmarkFailure("the waiting worker failed", e.getCause());
        } catch (TimeoutException e) {
            throw new BenchmarkFailure("the waiting worker never returned");
        }
    }

    private static long awaitArrival(Map<String, Long> arrivals, String taskId) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!arrivals.containsKey(taskId)) {
            if (System.nanoTime() > deadline) {
                throw new BenchmarkFailure("the completion of " + taskId + " never reached the subscriber");
            }
            Thread.sleep(5);
        }
        return arrivals.get(taskId);
    }
}
