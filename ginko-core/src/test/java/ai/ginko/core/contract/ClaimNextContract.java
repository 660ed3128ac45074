package ai.ginko.core.contract;

import static ai.ginko.core.contract.TaskGraphContract.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.AgentDeregisteredException;
import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.ClaimOutcome;
import ai.ginko.core.ClaimedTask;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.TaskFilter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code claimNext}: the best ready task, exactly once across processes, never before its dependencies are
 * completed; and the waiting variant, woken by the event that readies a task.
 */
public abstract class ClaimNextContract extends ContractTestSupport {

    private static final int RACERS = 8;
    private static final int RACE_ROUNDS = 100;
    private static final int PROCESSES = 4;
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void claimNextClaimsTheMostUrgentReadyTask() {
        CoordinationClient client = client();
        client.tasks().define(List.of(task("TASK-1"), TaskDefinition.builder("TASK-2", "urgent").priority(0).build(),
                task("TASK-3", "TASK-1")));
        AgentSession agent = client.startAgent(agentNamed("Worker"));

        ClaimedTask claimed = agent.claimNext(TaskFilter.any()).orElseThrow();

        assertThat(claimed.id()).isEqualTo("TASK-2");
        assertThat(claimed.definition().title()).isEqualTo("urgent");
        assertThat(claimed.claim().outcome()).isEqualTo(ClaimOutcome.CLAIMED);
        assertThat(client().claimOf("TASK-2").orElseThrow().agentId()).isEqualTo(agent.agentId());
        assertThat(agent.claimNext(TaskFilter.any()).orElseThrow().id()).isEqualTo("TASK-1");
    }

    @Test
    void claimNextIsLoggedAsAClaimWithTheSessionsCursor() {
        CoordinationClient client = client();
        client.tasks().define(task("TASK-1"));
        AgentSession agent = client.startAgent(agentNamed("Worker"));

        agent.claimNext(TaskFilter.any());

        Event event = client.eventsSince(client.latestSequence() - 1, 1).getFirst();
        assertThat(event.description()).isEqualTo("claimed TASK-1");
        assertThat(event.agentId()).contains(agent.agentId());
        assertThat(client().cursorOf(agent.agentId()).orElseThrow().currentTask()).contains("TASK-1");
    }

    @Test
    void nothingIsHandedOutWhileItsDependenciesAreOpen() {
        CoordinationClient client = client();
        client.tasks().define(List.of(task("TASK-1"), task("TASK-2", "TASK-1")));
        AgentSession first = client.startAgent(agentNamed("First"));
        AgentSession second = client().startAgent(agentNamed("Second"));
        assertThat(first.claimNext(TaskFilter.any()).orElseThrow().id()).isEqualTo("TASK-1");
        long sequence = client.latestSequence();

        assertThat(second.claimNext(TaskFilter.any())).isEmpty();

        assertThat(client.latestSequence()).as("nothing logged").isEqualTo(sequence);
        first.complete("TASK-1");
        assertThat(second.claimNext(TaskFilter.any()).orElseThrow().id()).isEqualTo("TASK-2");
    }

    @Test
    void claimNextTakesOnlyWhatTheFilterAccepts() {
        CoordinationClient client = client();
        client.tasks().define(List.of(
                TaskDefinition.builder("GO", "go work").capabilities(List.of("go")).priority(0).build(),
                TaskDefinition.builder("JAVA", "java work").capabilities(List.of("java")).build()));
        AgentSession agent = client.startAgent(agentNamed("Javanese"));

        assertThat(agent.claimNext(TaskFilter.capabilities(List.of("java"))).orElseThrow().id()).isEqualTo("JAVA");
        assertThat(agent.claimNext(TaskFilter.capabilities(List.of("java")))).isEmpty();
    }

    @Test
    void claimNextPassesOverATaskAnotherAgentHolds() {
        CoordinationClient client = client();
        client.tasks().define(List.of(TaskDefinition.builder("TASK-1", "first").priority(0).build(),
                task("TASK-2")));
        client.startAgent(agentNamed("Holder")).claim("TASK-1");

        assertThat(client().startAgent(agentNamed("Next")).claimNext(TaskFilter.any()).orElseThrow().id())
                .isEqualTo("TASK-2");
    }

    @Test
    void claimNextTakesOverTheTaskOfAnOfflineHolder() {
        CoordinationClient client = client();
        client.tasks().define(task("TASK-1"));
        String crashed = client.registerAgent(agentNamed("Crashed")).id();
        assertThat(client.attachAgent(crashed).claimNext(TaskFilter.any())).isPresent();
        client.deregisterAgent(crashed);

        ClaimedTask taken = client().startAgent(agentNamed("Successor")).claimNext(TaskFilter.any()).orElseThrow();

        assertThat(taken.id()).isEqualTo("TASK-1");
        assertThat(taken.claim().outcome()).isEqualTo(ClaimOutcome.TAKEN_OVER);
        assertThat(taken.claim().previousHolder()).contains(crashed);
    }

    @Test
    void claimNextWithNothingReadyIsASignOfLifeAndRefusesADeregisteredAgent() throws Exception {
        CoordinationClient client = client(settings -> settings.heartbeatInterval(Duration.ofMillis(100))
                .offlineAfter(Duration.ofMillis(300)));
        String idle = client.registerAgent(agentNamed("Idle")).id();
        AgentSession attached = client.attachAgent(idle);
        awaitTrue(VISIBLE, "the agent is offline",
                () -> client.agent(idle).orElseThrow().status() == AgentStatus.OFFLINE);

        assertThat(attached.claimNext(TaskFilter.any())).isEmpty();
        assertThat(client.agent(idle).orElseThrow().status()).isEqualTo(AgentStatus.IDLE);

        client.deregisterAgent(idle);
        assertThatThrownBy(() -> attached.claimNext(TaskFilter.any())).isInstanceOf(AgentDeregisteredException.class);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void eightRacingCallersOnOneReadyTaskHaveOneWinnerAHundredTimesOver() throws Exception {
        List<CoordinationClient> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(client());
        }
        List<AgentSession> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            racers.add(processes.get(i % PROCESSES).startAgent(agentNamed("racer-" + i)));
        }
        try (ExecutorService threads = Executors.newFixedThreadPool(RACERS)) {
            for (int round = 0; round < RACE_ROUNDS; round++) {
                String taskId = "RACE-" + round;
                processes.getFirst().tasks().define(task(taskId));
                List<Optional<ClaimedTask>> results = raceForNext(threads, racers);

                List<ClaimedTask> winners = results.stream().flatMap(Optional::stream).toList();
                assertThat(winners).as("winners of round %d", round).singleElement().satisfies(winner -> {
                    assertThat(winner.id()).isEqualTo(taskId);
                    assertThat(winner.claim().outcome()).isEqualTo(ClaimOutcome.CLAIMED);
                });
                racers.stream().filter(r -> r.agentId().equals(winners.getFirst().claim().holder())).findFirst()
                        .orElseThrow().complete(taskId);
            }
        }
        List<Event> claims = processes.getFirst().eventsSince(0, CoordinationClient.MAX_LIMIT).stream()
                .filter(e -> e.category() == EventCategory.TASK && "claimed".equals(e.metadata().get("action")))
                .toList();
        assertThat(claims).hasSize(RACE_ROUNDS);
    }

    private static List<Optional<ClaimedTask>> raceForNext(ExecutorService threads, List<AgentSession> racers)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<ClaimedTask>>> futures = new ArrayList<>();
        for (AgentSession racer : racers) {
            futures.add(threads.submit(() -> {
                start.await();
                return racer.claimNext(TaskFilter.any());
            }));
        }
        start.countDown();
        List<Optional<ClaimedTask>> results = new ArrayList<>();
        for (Future<Optional<ClaimedTask>> future : futures) {
            results.add(future.get(30, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void aWaitingClaimNextWakesSoonAfterTheCompletionThatReadiesItsTask() throws Exception {
        CoordinationClient client = client();
        client.tasks().define(List.of(task("TASK-1"), task("TASK-2", "TASK-1")));
        AgentSession first = client.startAgent(agentNamed("First"));
        assertThat(first.claimNext(TaskFilter.any())).isPresent();
        AgentSession waiter = client().startAgent(agentNamed("Waiter"));
        CompletableFuture<Optional<ClaimedTask>> waiting = waitForNext(waiter, TaskFilter.any());
        Thread.sleep(QUIET.toMillis());
        assertThat(waiting).as("nothing is ready yet").isNotDone();

        long completedAt = System.nanoTime();
        first.complete("TASK-1");
        ClaimedTask claimed = waiting.get(VISIBLE.toMillis(), TimeUnit.MILLISECONDS).orElseThrow();
        Duration delay = Duration.ofNanos(System.nanoTime() - completedAt);

        assertThat(claimed.id()).isEqualTo("TASK-2");
        assertThat(delay).isLessThan(PUSH);
    }

    @Test
    void aWaitingClaimNextWakesForANewDefinition() throws Exception {
        AgentSession waiter = client().startAgent(agentNamed("Waiter"));
        CompletableFuture<Optional<ClaimedTask>> waiting = waitForNext(waiter, TaskFilter.any());
        Thread.sleep(QUIET.toMillis());

        client().tasks().define(task("TASK-1"));

        assertThat(waiting.get(VISIBLE.toMillis(), TimeUnit.MILLISECONDS).orElseThrow().id()).isEqualTo("TASK-1");
    }

    @Test
    void waitingSessionsOfOneClientEachGetADifferentTask() throws Exception {
        CoordinationClient process = client();
        List<CompletableFuture<Optional<ClaimedTask>>> waiting = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            waiting.add(waitForNext(process.startAgent(agentNamed("Waiter-" + i)), TaskFilter.any()));
        }
        Thread.sleep(QUIET.toMillis());

        client().tasks().define(List.of(task("TASK-1"), task("TASK-2"), task("TASK-3")));

        Set<String> claimed = new HashSet<>();
        for (CompletableFuture<Optional<ClaimedTask>> future : waiting) {
            claimed.add(future.get(VISIBLE.toMillis(), TimeUnit.MILLISECONDS).orElseThrow().id());
        }
        assertThat(claimed).containsExactlyInAnyOrder("TASK-1", "TASK-2", "TASK-3");
    }

    @Test
    void aWaitingClaimNextTakesOverOnceTheHolderGoesOfflineWithoutAnEvent() throws Exception {
        CoordinationClient client = client(settings -> settings.heartbeatInterval(Duration.ofMillis(100))
                .offlineAfter(Duration.ofMillis(500)));
        client.tasks().define(task("TASK-1"));
        String stalled = client.registerAgent(agentNamed("Stalled")).id();
        client.attachAgent(stalled).claim("TASK-1");
        AgentSession waiter = client.startAgent(agentNamed("Waiter"));

        ClaimedTask taken = waiter.claimNext(TaskFilter.any(), WAIT).orElseThrow();

        assertThat(taken.claim().outcome()).isEqualTo(ClaimOutcome.TAKEN_OVER);
        assertThat(taken.claim().previousHolder()).contains(stalled);
    }

    @Test
    void aWaitingClaimNextReturnsEmptyAfterItsTimeout() throws Exception {
        AgentSession waiter = client().startAgent(agentNamed("Waiter"));
        long start = System.nanoTime();

        assertThat(waiter.claimNext(TaskFilter.any(), QUIET)).isEmpty();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(QUIET);
    }

    @Test
    void aZeroTimeoutDoesNotWait() throws Exception {
        AgentSession agent = client().startAgent(agentNamed("Hasty"));

        assertThat(agent.claimNext(TaskFilter.any(), Duration.ZERO)).isEmpty();
    }

    @Test
    void aWaitingClaimNextIsWokenWhenItsClientCloses() throws Exception {
        CoordinationClient process = client();
        CompletableFuture<Optional<ClaimedTask>> waiting = waitForNext(
                process.startAgent(new AgentRegistration("agent_waiting", "Waiter", List.of())), TaskFilter.any());
        Thread.sleep(QUIET.toMillis());

        process.close();

        assertThatThrownBy(() -> waiting.get(VISIBLE.toMillis(), TimeUnit.MILLISECONDS))
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    private static CompletableFuture<Optional<ClaimedTask>> waitForNext(AgentSession agent, TaskFilter filter) {
        CompletableFuture<Optional<ClaimedTask>> result = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                result.complete(agent.claimNext(filter, WAIT));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }
}
