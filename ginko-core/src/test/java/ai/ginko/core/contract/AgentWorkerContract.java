package ai.ginko.core.contract;

import static ai.ginko.core.contract.TaskGraphContract.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.AgentWorker;
import ai.ginko.core.ClaimedTask;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.Severity;
import ai.ginko.core.TaskBlockedException;
import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.TaskFilter;
import ai.ginko.core.TaskHandler;
import ai.ginko.core.TaskStatus;
import ai.ginko.core.TaskView;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The worker loop: claims ready work, runs the handler, records its outcome, and stops gracefully. */
public abstract class AgentWorkerContract extends ContractTestSupport {

    private final List<AgentWorker> workers = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopWorkers() {
        workers.forEach(AgentWorker::close);
    }

    private AgentWorker start(CoordinationClient client, AgentSession agent, TaskHandler handler) {
        AgentWorker worker = AgentWorker.builder(client, agent).handler(handler).stopTimeout(Duration.ofSeconds(2))
                .start();
        workers.add(worker);
        return worker;
    }

    @Test
    void aWorkerCompletesEveryTaskItsHandlerFinishesInDependencyOrder() throws Exception {
        CoordinationClient client = client();
        List<String> worked = new CopyOnWriteArrayList<>();
        start(client, client.startAgent(agentNamed("Worker")), task -> worked.add(task.id()));

        client().tasks().define(List.of(task("TASK-3", "TASK-2"), task("TASK-2", "TASK-1"), task("TASK-1")));

        awaitTrue(VISIBLE, "every task is completed", () -> allCompleted(client));
        assertThat(worked).containsExactly("TASK-1", "TASK-2", "TASK-3");
    }

    @Test
    void aWorkerTakesOnlyWhatItsAgentsCapabilitiesCoverByDefault() throws Exception {
        CoordinationClient client = client();
        client.tasks().define(List.of(
                TaskDefinition.builder("GO", "go work").capabilities(List.of("go")).build(),
                TaskDefinition.builder("JAVA", "java work").capabilities(List.of("java")).build()));
        AgentSession javanese = client.startAgent(AgentRegistration.named("Javanese")
                .withCapabilities(List.of("java")));

        start(client, javanese, task -> { });

        awaitTrue(VISIBLE, "JAVA is completed", () -> status(client, "JAVA") == TaskStatus.COMPLETED);
        Thread.sleep(QUIET.toMillis());
        assertThat(status(client, "GO")).isEqualTo(TaskStatus.READY);
    }

    @Test
    void aFailingHandlerHasItsTaskReleasedForOthers() throws Exception {
        CoordinationClient client = client();
        client.tasks().define(task("TASK-1"));
        AtomicInteger attempts = new AtomicInteger();
        AgentSession clumsy = client.startAgent(agentNamed("Clumsy"));
        start(client, clumsy, task -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("no luck");
        });

        awaitTrue(VISIBLE, "the task was released", () -> client.eventsSince(0, 100).stream()
                .anyMatch(e -> "released".equals(e.metadata().get("action"))));
        Thread.sleep(QUIET.toMillis());

        assertThat(attempts).as("not retried within the retry delay").hasValue(1);
        ClaimedTask retaken = client().startAgent(agentNamed("Able")).claimNext(TaskFilter.any()).orElseThrow();
        assertThat(retaken.id()).isEqualTo("TASK-1");
    }

    @Test
    void aBlockedTaskStaysClaimedWithABlockerAndRunsAgainOnceItIsResolved() throws Exception {
        CoordinationClient client = client();
        client.tasks().define(task("TASK-1"));
        AgentSession agent = client.startAgent(agentNamed("Blocked"));
        AtomicInteger attempts = new AtomicInteger();
        start(client, agent, task -> {
            if (attempts.incrementAndGet() == 1) {
                throw new TaskBlockedException("Payment API answers 429", "API rate limit", Severity.HIGH);
            }
        });
        awaitTrue(VISIBLE, "a blocker was logged", () -> !client.activeBlockers().isEmpty());
        Event blocker = client.activeBlockers().getFirst();
        assertThat(blocker.description()).isEqualTo("Payment API answers 429");
        assertThat(blocker.taskId()).contains("TASK-1");
        assertThat(blocker.blocker().orElseThrow().blockingTasks()).containsExactly("TASK-1");
        assertThat(client.claimOf("TASK-1")).get().extracting(TaskClaim::agentId).isEqualTo(agent.agentId());
        assertThat(client().startAgent(agentNamed("Other")).claimNext(TaskFilter.any())).isEmpty();

        client.logger().resolveBlocker(blocker.id(), "quota reset");

        awaitTrue(VISIBLE, "the task is completed", () -> status(client, "TASK-1") == TaskStatus.COMPLETED);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void closingAWaitingWorkerStopsItAtOnce() throws Exception {
        CoordinationClient client = client();
        AgentWorker worker = start(client, client.startAgent(agentNamed("Idle")), task -> { });
        Thread.sleep(QUIET.toMillis());
        long start = System.nanoTime();

        worker.close();

        assertThat(worker.running()).isFalse();
        // Far below the minute a waiting claimNext would otherwise last, with room for a loaded CI machine.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(VISIBLE);
    }

    @Test
    void closingLetsARunningHandlerFinishAndRecordsItsOutcome() throws Exception {
        CoordinationClient client = client();
        client.tasks().define(task("TASK-1"));
        CountDownLatch started = new CountDownLatch(1);
        AgentWorker worker = start(client, client.startAgent(agentNamed("Diligent")), task -> {
            started.countDown();
            Thread.sleep(QUIET.toMillis());
        });
        assertThat(started.await(VISIBLE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

        worker.close();

        assertThat(status(client, "TASK-1")).isEqualTo(TaskStatus.COMPLETED);
    }

    @Test
    void aHandlerStillRunningAfterTheStopTimeoutIsInterruptedAndItsTaskReleased() throws Exception {
        CoordinationClient client = client();
        client.tasks().define(task("TASK-1"));
        CountDownLatch started = new CountDownLatch(1);
        AgentWorker worker = AgentWorker.builder(client, client.startAgent(agentNamed("Slow")))
                .stopTimeout(Duration.ofMillis(200))
                .handler(task -> {
                    started.countDown();
                    Thread.sleep(Duration.ofMinutes(1).toMillis());
                }).start();
        workers.add(worker);
        assertThat(started.await(VISIBLE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

        worker.close();

        assertThat(worker.running()).isFalse();
        assertThat(client.claimOf("TASK-1")).isEmpty();
        assertThat(status(client, "TASK-1")).isEqualTo(TaskStatus.READY);
    }

    @Test
    void aWorkerNeedsAHandlerAndALibrarySession() {
        CoordinationClient client = client();
        AgentSession agent = client.startAgent(agentNamed("Worker"));

        assertThatThrownBy(() -> AgentWorker.builder(client, agent).start())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("handler must be set");
        assertThatThrownBy(() -> AgentWorker.builder(client, agent).stopTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("stopTimeout");
        assertThatThrownBy(() -> AgentWorker.builder(client, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("session must not be null");
    }

    private static boolean allCompleted(CoordinationClient client) {
        List<TaskView> all = client.tasks().all();
        return !all.isEmpty() && all.stream().allMatch(t -> t.status() == TaskStatus.COMPLETED);
    }

    private static TaskStatus status(CoordinationClient client, String taskId) {
        return client.tasks().task(taskId).map(TaskView::status).orElseThrow();
    }
}
