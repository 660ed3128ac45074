package ai.ginko.neo4j.taskgraph;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.AgentWorker;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import ai.ginko.core.Subscription;
import ai.ginko.core.TaskDefinition;
import ai.ginko.neo4j.ChildJvm;
import ai.ginko.neo4j.EmbeddedNeo4j;
import ai.ginko.neo4j.TestLoad;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A random DAG of tasks (fixed seed) worked to the end by 8 {@link AgentWorker}s in 2 processes (this JVM and a
 * child JVM): every task is completed exactly once, claimed exactly once, and the event log shows no task claimed
 * before all its dependencies were completed. The build works 200 tasks, {@code -Dginko.test.load=full} 500 (see
 * {@link TestLoad}): the same 8 workers race for each wave's ready tasks either way.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class TaskGraphDagTest {

    private static final int TASKS = TestLoad.of(200, 500);
    private static final long SEED = 20_261_125L;
    private static final int WORKERS_PER_PROCESS = 4;
    private static final String PROJECT = "dag";
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /** As the contract tests poll: a worker waiting for work wakes about this long after a completion readied it. */
    static final Duration POLL_INTERVAL = Duration.ofMillis(25);

    private final String organization = "org-" + UUID.randomUUID();
    private Process child;

    @AfterEach
    void stopChild() throws InterruptedException {
        if (child != null) {
            ChildJvm.kill(child);
        }
    }

    @Test
    void eightWorkersInTwoProcessesCompleteEveryTaskOnceNeverBeforeItsDependencies() throws Exception {
        List<TaskDefinition> dag = RandomDag.of(TASKS, SEED);
        try (CoordinationClient client = EmbeddedNeo4j.clientBuilder().scope(organization, PROJECT)
                .userId("dag-test").pollInterval(POLL_INTERVAL).build()) {
            child = ChildJvm.start(DagWorkerProcess.class, List.of(), DagWorkerProcess.READY,
                    EmbeddedNeo4j.boltUri().toString(), organization, PROJECT,
                    Integer.toString(WORKERS_PER_PROCESS), "child-");
            List<AgentSession> agents = new ArrayList<>();
            List<AgentWorker> workers = new ArrayList<>();
            for (int i = 0; i < WORKERS_PER_PROCESS; i++) {
                AgentSession agent = client.startAgent(AgentRegistration.named("parent-" + i));
                agents.add(agent);
                workers.add(AgentWorker.builder(client, agent).handler(DagWork::perform).start());
            }
            long start = System.nanoTime();

            CountDownLatch completions = new CountDownLatch(TASKS);
            Subscription completed = countCompletions(client, completions);
            client.tasks().define(dag);
            assertThat(completions.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS))
                    .as("all tasks completed within %s", PATIENCE).isTrue();
            completed.close();

            System.out.printf("%d tasks worked by %d workers in 2 processes in %d ms%n", TASKS,
                    2 * WORKERS_PER_PROCESS, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            workers.forEach(AgentWorker::close);
            agents.forEach(AgentSession::close);
            stopChildGracefully();
            assertTheLogShowsEachTaskClaimedAndCompletedOnceAfterItsDependencies(dag, allEvents(client), agents);
        }
    }

    /** Counts the completions as the client's poller delivers them: no extra query while the workers run. */
    private static Subscription countCompletions(CoordinationClient client, CountDownLatch completions) {
        return client.subscribe(0, EventFilter.categories(EventCategory.TASK), event -> {
            if ("completed".equals(event.metadata().get("action"))) {
                completions.countDown();
            }
        });
    }

    private void stopChildGracefully() throws IOException, InterruptedException {
        child.getOutputStream().close();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child stopped its workers and exited").isTrue();
        assertThat(child.exitValue()).isZero();
    }

    private static List<Event> allEvents(CoordinationClient client) {
        List<Event> events = new ArrayList<>();
        List<Event> page;
        do {
            page = client.eventsSince(events.isEmpty() ? 0 : events.getLast().sequence(), CoordinationClient.MAX_LIMIT);
            events.addAll(page);
        } while (!page.isEmpty());
        assertThat(events.getLast().sequence()).isEqualTo(client.latestSequence());
        return events;
    }

    private static void assertTheLogShowsEachTaskClaimedAndCompletedOnceAfterItsDependencies(
            List<TaskDefinition> dag, List<Event> events, List<AgentSession> parentAgents) {
        Map<String, List<Event>> claims = byTask(events, "claimed", "taken_over");
        Map<String, List<Event>> completions = byTask(events, "completed");
        assertThat(byTask(events, "released")).as("releases").isEmpty();
        int edges = 0;
        for (TaskDefinition task : dag) {
            assertThat(claims.get(task.id())).as("claims of %s", task.id()).hasSize(1);
            assertThat(completions.get(task.id())).as("completions of %s", task.id()).hasSize(1);
            long claimedAt = claims.get(task.id()).getFirst().sequence();
            for (String dependency : task.dependsOn()) {
                assertThat(claimedAt).as("%s claimed after its dependency %s was completed", task.id(), dependency)
                        .isGreaterThan(completions.get(dependency).getFirst().sequence());
                edges++;
            }
        }
        assertThat(claims).hasSize(TASKS);
        assertThat(completions).hasSize(TASKS);
        List<String> parents = parentAgents.stream().map(AgentSession::agentId).toList();
        Map<Boolean, Long> byProcess = completions.values().stream().map(List::getFirst)
                .collect(Collectors.partitioningBy(e -> parents.contains(e.agentId().orElseThrow()),
                        Collectors.counting()));
        System.out.printf("%d dependencies checked; completed by this process: %d, by the child: %d%n", edges,
                byProcess.get(true), byProcess.get(false));
        assertThat(byProcess.get(true)).as("tasks completed in this process").isPositive();
        assertThat(byProcess.get(false)).as("tasks completed in the child process").isPositive();
    }

    private static Map<String, List<Event>> byTask(List<Event> events, String... actions) {
        List<String> wanted = List.of(actions);
        Map<String, List<Event>> byTask = new HashMap<>();
        for (Event event : events) {
            if (event.category() == EventCategory.TASK && event.metadata().get("action") instanceof String action
                    && wanted.contains(action)) {
                byTask.computeIfAbsent(event.taskId().orElseThrow(), id -> new ArrayList<>()).add(event);
            }
        }
        return byTask;
    }
}
