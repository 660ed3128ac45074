package ai.ginko.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ai.ginko.core.AgentDeregisteredException;
import ai.ginko.core.AgentSession;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.ClaimOutcome;
import ai.ginko.core.ClaimResult;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskNotHeldException;
import ai.ginko.core.TaskState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Task claims: atomic among concurrent claimers, held until completed or released, taken over from the offline. */
public abstract class TaskClaimContract extends ContractTestSupport {

    private static final int CLAIMERS = 50;
    private static final int PROCESSES = 5;
    /**
     * Agents that send no heartbeats count as offline this long after their last sign of life. Long enough that a
     * loaded machine finishes a round of claims well within it after the winner's claim commits; a false takeover
     * would show as a second winner.
     */
    private static final Duration IDLE_OFFLINE_AFTER = Duration.ofSeconds(2);
    private static final int IDLE_PROCESSES = 4;
    private static final int IDLE_RACERS = 8;
    private static final int IDLE_ROUNDS = 20;

    @RepeatedTest(5)
    void exactlyOneOfFiftyConcurrentClaimersWins(RepetitionInfo repetition) throws Exception {
        List<CoordinationClient> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(client());
        }
        List<AgentSession> agents = new ArrayList<>();
        for (int i = 0; i < CLAIMERS; i++) {
            agents.add(processes.get(i % PROCESSES).startAgent(agentNamed("claimer-" + i)));
        }
        String taskId = "TASK-race-" + repetition.getCurrentRepetition();

        List<ClaimResult> results = claimAllAtOnce(agents, taskId);

        List<ClaimResult> winners = results.stream().filter(r -> r.outcome() == ClaimOutcome.CLAIMED).toList();
        assertThat(winners).hasSize(1);
        String winner = winners.getFirst().holder();
        assertThat(results).filteredOn(r -> r.outcome() != ClaimOutcome.CLAIMED).hasSize(CLAIMERS - 1)
                .allSatisfy(loser -> {
                    assertThat(loser.outcome()).isEqualTo(ClaimOutcome.HELD_BY_OTHER);
                    assertThat(loser.holder()).isEqualTo(winner);
                    assertThat(loser.acquired()).isFalse();
                });
        assertThat(client().claimOf(taskId)).get().extracting(TaskClaim::agentId).isEqualTo(winner);
        assertThat(taskEvents(client(), taskId)).singleElement()
                .satisfies(event -> assertThat(event.agentId()).contains(winner));
    }

    @Test
    void claimingAFreeTaskClaimsIt() {
        AgentSession agent = client().startAgent(agentNamed("Claimer"));

        ClaimResult result = agent.claim("TASK-1");

        assertThat(result.outcome()).isEqualTo(ClaimOutcome.CLAIMED);
        assertThat(result.acquired()).isTrue();
        assertThat(result.previousHolder()).isEmpty();
        assertThat(result.claim().taskId()).isEqualTo("TASK-1");
        assertThat(result.claim().agentId()).isEqualTo(agent.agentId());
        assertThat(result.claim().state()).isEqualTo(TaskState.CLAIMED);
        assertThat(client().claimOf("TASK-1")).contains(result.claim());
    }

    @Test
    void theHolderClaimingAgainGetsAlreadyHeld() {
        CoordinationClient client = client();
        AgentSession agent = client.startAgent(agentNamed("Claimer"));
        ClaimResult first = agent.claim("TASK-1");
        long sequence = client.latestSequence();

        ClaimResult again = agent.claim("TASK-1");

        assertThat(again.outcome()).isEqualTo(ClaimOutcome.ALREADY_HELD);
        assertThat(again.acquired()).isTrue();
        assertThat(again.claim()).isEqualTo(first.claim());
        assertThat(client.latestSequence()).as("nothing logged").isEqualTo(sequence);
    }

    @Test
    void anotherLiveAgentGetsHeldByOtherWithTheHolder() {
        CoordinationClient client = client();
        AgentSession holder = client.startAgent(agentNamed("Holder"));
        AgentSession other = client().startAgent(agentNamed("Other"));
        holder.claim("TASK-1");
        long sequence = client.latestSequence();

        ClaimResult result = other.claim("TASK-1");

        assertThat(result.outcome()).isEqualTo(ClaimOutcome.HELD_BY_OTHER);
        assertThat(result.holder()).isEqualTo(holder.agentId());
        assertThat(client.latestSequence()).as("nothing logged").isEqualTo(sequence);
    }

    @Test
    void completingATaskHeldByAnotherAgentFails() {
        CoordinationClient client = client();
        AgentSession holder = client.startAgent(agentNamed("Holder"));
        AgentSession other = client.startAgent(agentNamed("Other"));
        holder.claim("TASK-1");
        long sequence = client.latestSequence();

        assertThatThrownBy(() -> other.complete("TASK-1"))
                .isInstanceOfSatisfying(TaskNotHeldException.class, e -> assertThat(e.currentClaim()).get()
                        .extracting(TaskClaim::agentId).isEqualTo(holder.agentId()));
        assertThat(client.claimOf("TASK-1").orElseThrow().state()).isEqualTo(TaskState.CLAIMED);
        assertThat(client.latestSequence()).isEqualTo(sequence);
    }

    @Test
    void releasingATaskHeldByAnotherAgentFails() {
        CoordinationClient client = client();
        AgentSession holder = client.startAgent(agentNamed("Holder"));
        AgentSession other = client.startAgent(agentNamed("Other"));
        holder.claim("TASK-1");
        long sequence = client.latestSequence();

        assertThatThrownBy(() -> other.release("TASK-1")).isInstanceOf(TaskNotHeldException.class);
        assertThat(client.claimOf("TASK-1").orElseThrow().agentId()).isEqualTo(holder.agentId());
        assertThat(client.latestSequence()).isEqualTo(sequence);
    }

    @Test
    void completingAnUnclaimedTaskFails() {
        AgentSession agent = client().startAgent(agentNamed("Eager"));

        assertThatThrownBy(() -> agent.complete("TASK-1"))
                .isInstanceOfSatisfying(TaskNotHeldException.class, e -> assertThat(e.currentClaim()).isEmpty());
    }

    @Test
    void afterAReleaseAnotherAgentCanClaim() {
        CoordinationClient client = client();
        AgentSession first = client.startAgent(agentNamed("First"));
        AgentSession second = client().startAgent(agentNamed("Second"));
        first.claim("TASK-1");

        first.release("TASK-1");

        assertThat(client.claimOf("TASK-1")).isEmpty();
        ClaimResult result = second.claim("TASK-1");
        assertThat(result.outcome()).isEqualTo(ClaimOutcome.CLAIMED);
        assertThat(result.holder()).isEqualTo(second.agentId());
    }

    @Test
    void completeReturnsTheCompletedClaim() {
        AgentSession agent = client().startAgent(agentNamed("Finisher"));
        TaskClaim claimed = agent.claim("TASK-1").claim();

        TaskClaim completed = agent.complete("TASK-1");

        assertThat(completed.state()).isEqualTo(TaskState.COMPLETED);
        assertThat(completed.agentId()).isEqualTo(agent.agentId());
        assertThat(completed.claimedAt()).isEqualTo(claimed.claimedAt());
        assertThat(completed.updatedAt()).isAfterOrEqualTo(claimed.updatedAt());
        assertThat(client().claimOf("TASK-1")).contains(completed);
    }

    @Test
    void aCompletedTaskCannotBeClaimedAgain() {
        CoordinationClient client = client();
        AgentSession finisher = client.startAgent(agentNamed("Finisher"));
        AgentSession latecomer = client.startAgent(agentNamed("Latecomer"));
        finisher.claim("TASK-1");
        finisher.complete("TASK-1");

        ClaimResult result = latecomer.claim("TASK-1");

        assertThat(result.outcome()).isEqualTo(ClaimOutcome.COMPLETED);
        assertThat(result.acquired()).isFalse();
        assertThat(result.holder()).isEqualTo(finisher.agentId());
        assertThat(finisher.claim("TASK-1").outcome()).isEqualTo(ClaimOutcome.COMPLETED);
    }

    @Test
    void aClaimOfADeregisteredHolderIsTakenOver() {
        CoordinationClient client = client();
        String holderId = client.registerAgent(agentNamed("Crashed")).id();
        client.attachAgent(holderId).claim("TASK-9");
        AgentSession successor = client().startAgent(agentNamed("Successor"));
        client.deregisterAgent(holderId);

        ClaimResult result = successor.claim("TASK-9");

        assertThat(result.outcome()).isEqualTo(ClaimOutcome.TAKEN_OVER);
        assertThat(result.acquired()).isTrue();
        assertThat(result.previousHolder()).contains(holderId);
        assertThat(result.holder()).isEqualTo(successor.agentId());
        assertThat(client.claimOf("TASK-9").orElseThrow().agentId()).isEqualTo(successor.agentId());
    }

    @Test
    void aClaimOfAHolderWhoseHeartbeatsStoppedIsTakenOver() throws Exception {
        CoordinationClient client = client(settings -> settings
                .heartbeatInterval(Duration.ofMillis(100)).offlineAfter(Duration.ofMillis(300)));
        String holderId = client.registerAgent(agentNamed("Stalled")).id();
        client.attachAgent(holderId).claim("TASK-9");
        AgentSession successor = client.startAgent(agentNamed("Successor"));
        awaitTrue(VISIBLE, "the holder is offline",
                () -> client.agent(holderId).orElseThrow().status() == AgentStatus.OFFLINE);

        ClaimResult result = successor.claim("TASK-9");

        assertThat(result.outcome()).isEqualTo(ClaimOutcome.TAKEN_OVER);
        assertThat(result.previousHolder()).contains(holderId);
    }

    @Test
    void aTakeOverIsLoggedAsATaskEvent() {
        CoordinationClient client = client();
        String holderId = client.registerAgent(agentNamed("Crashed")).id();
        client.attachAgent(holderId).claim("TASK-9");
        AgentSession successor = client.startAgent(agentNamed("Successor"));
        client.deregisterAgent(holderId);
        long before = client.latestSequence();

        successor.claim("TASK-9");

        List<Event> logged = client().eventsSince(before, 100);
        assertThat(logged).singleElement().satisfies(event -> {
            assertThat(event.category()).isEqualTo(EventCategory.TASK);
            assertThat(event.taskId()).contains("TASK-9");
            assertThat(event.agentId()).contains(successor.agentId());
        });
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void idleAgentsRacingForATaskHaveExactlyOneWinnerTwentyTimesOver() throws Exception {
        List<CoordinationClient> processes = idleProcesses();
        List<List<AgentSession>> rounds = new ArrayList<>();
        for (int round = 0; round < IDLE_ROUNDS; round++) {
            rounds.add(idleAgents(processes, IDLE_RACERS, "idle-" + round + "-"));
        }
        awaitAllOffline(processes.getFirst(), rounds.stream().flatMap(List::stream).toList());

        for (int round = 0; round < IDLE_ROUNDS; round++) {
            String taskId = "TASK-idle-" + round;
            List<ClaimResult> results = claimAllAtOnce(rounds.get(round), taskId);

            List<ClaimResult> winners = results.stream().filter(ClaimResult::acquired).toList();
            assertThat(winners).as("winners of round %d", round).hasSize(1)
                    .allSatisfy(w -> assertThat(w.outcome()).isEqualTo(ClaimOutcome.CLAIMED));
            String winner = winners.getFirst().holder();
            assertThat(results).as("round %d", round).filteredOn(r -> !r.acquired()).hasSize(IDLE_RACERS - 1)
                    .allSatisfy(loser -> {
                        assertThat(loser.outcome()).isEqualTo(ClaimOutcome.HELD_BY_OTHER);
                        assertThat(loser.holder()).isEqualTo(winner);
                    });
            assertThat(taskEvents(processes.getFirst(), taskId)).as("round %d", round).hasSize(1);
        }
    }

    @Test
    void aHolderSilentPastTheThresholdIsTakenOverExactlyOnce() throws Exception {
        List<CoordinationClient> processes = idleProcesses();
        AgentSession holder = idleAgents(processes, 1, "silent-holder-").getFirst();
        List<AgentSession> successors = idleAgents(processes, IDLE_RACERS, "successor-");
        holder.claim("TASK-9");
        List<AgentSession> everyone = new ArrayList<>(successors);
        everyone.add(holder);
        awaitAllOffline(processes.getFirst(), everyone);

        List<ClaimResult> results = claimAllAtOnce(successors, "TASK-9");

        List<ClaimResult> winners = results.stream().filter(ClaimResult::acquired).toList();
        assertThat(winners).hasSize(1);
        ClaimResult takeover = winners.getFirst();
        assertThat(takeover.outcome()).isEqualTo(ClaimOutcome.TAKEN_OVER);
        assertThat(takeover.previousHolder()).contains(holder.agentId());
        assertThat(results).filteredOn(r -> !r.acquired()).hasSize(IDLE_RACERS - 1).allSatisfy(loser -> {
            assertThat(loser.outcome()).isEqualTo(ClaimOutcome.HELD_BY_OTHER);
            assertThat(loser.holder()).isEqualTo(takeover.holder());
        });
        assertThat(taskEvents(processes.getFirst(), "TASK-9")).extracting(Event::description).containsExactly(
                "claimed TASK-9", "took over TASK-9 from " + holder.agentId() + " (offline)");
    }

    @Test
    void aTakenOverHolderThatComesBackLearnsTheNewHolderAtItsNextAction() throws Exception {
        List<CoordinationClient> processes = idleProcesses();
        AgentSession holder = idleAgents(processes, 1, "stalled-").getFirst();
        holder.claim("TASK-9");
        awaitAllOffline(processes.getFirst(), List.of(holder));
        AgentSession successor = processes.getLast().startAgent(agentNamed("Successor"));
        successor.claim("TASK-9");

        assertThatThrownBy(() -> holder.complete("TASK-9"))
                .isInstanceOfSatisfying(TaskNotHeldException.class, e -> {
                    assertThat(e.currentClaim()).get().extracting(TaskClaim::agentId).isEqualTo(successor.agentId());
                    assertThat(e).hasMessageContaining("held by " + successor.agentId());
                });
        assertThatThrownBy(() -> holder.release("TASK-9")).isInstanceOf(TaskNotHeldException.class);
        assertThat(holder.claim("TASK-9").outcome()).isEqualTo(ClaimOutcome.HELD_BY_OTHER);
    }

    @Test
    void aDeregisteredHolderIsToldSoAtItsNextAction() {
        CoordinationClient client = client();
        String holderId = client.registerAgent(agentNamed("Crashed")).id();
        AgentSession holder = client.attachAgent(holderId);
        holder.claim("TASK-9");
        client.deregisterAgent(holderId);
        client.startAgent(agentNamed("Successor")).claim("TASK-9");

        assertThatThrownBy(() -> holder.complete("TASK-9")).isInstanceOf(AgentDeregisteredException.class);
    }

    @Test
    void aClaimMakesTheClaimerPresentWhateverItsOutcome() throws Exception {
        List<CoordinationClient> processes = idleProcesses();
        AgentSession holder = processes.getFirst().startAgent(agentNamed("Holder"));
        holder.claim("TASK-1");
        AgentSession idle = idleAgents(processes, 1, "late-").getFirst();
        awaitAllOffline(processes.getFirst(), List.of(idle));

        assertThat(idle.claim("TASK-1").outcome()).isEqualTo(ClaimOutcome.HELD_BY_OTHER);

        assertThat(processes.getFirst().agent(idle.agentId()).orElseThrow().status()).isEqualTo(AgentStatus.IDLE);
    }

    @Test
    void claimsAndCompletionsAreLoggedAsTaskEvents() {
        CoordinationClient client = client();
        AgentSession agent = client.startAgent(agentNamed("Logged"));

        agent.claim("TASK-1");
        agent.complete("TASK-1");

        assertThat(taskEvents(client(), "TASK-1")).hasSize(2).allSatisfy(event -> {
            assertThat(event.category()).isEqualTo(EventCategory.TASK);
            assertThat(event.agentId()).contains(agent.agentId());
            assertThat(event.userId()).isEqualTo(USER_ID);
        });
    }

    @Test
    void aReleaseIsLoggedAsATaskEvent() {
        CoordinationClient client = client();
        AgentSession agent = client.startAgent(agentNamed("Logged"));
        agent.claim("TASK-1");
        long before = client.latestSequence();

        agent.release("TASK-1");

        assertThat(client().eventsSince(before, 100)).singleElement().satisfies(event -> {
            assertThat(event.category()).isEqualTo(EventCategory.TASK);
            assertThat(event.taskId()).contains("TASK-1");
        });
    }

    @Test
    void claimsListsTheClaimsOfTheScopeByTask() {
        CoordinationClient client = client();
        AgentSession agent = client.startAgent(agentNamed("Busy"));
        agent.claim("TASK-3");
        agent.claim("TASK-1");
        agent.claim("TASK-2");
        agent.complete("TASK-2");

        assertThat(client().claims()).extracting(TaskClaim::taskId, TaskClaim::state).containsExactly(
                tuple("TASK-1", TaskState.CLAIMED),
                tuple("TASK-2", TaskState.COMPLETED),
                tuple("TASK-3", TaskState.CLAIMED));
    }

    @Test
    void claimOfAnUnclaimedTaskIsEmpty() {
        assertThat(client().claimOf("TASK-404")).isEmpty();
    }

    /** Clients whose agents count as offline after {@link #IDLE_OFFLINE_AFTER} without a sign of life. */
    private List<CoordinationClient> idleProcesses() {
        List<CoordinationClient> processes = new ArrayList<>();
        for (int i = 0; i < IDLE_PROCESSES; i++) {
            processes.add(client(settings -> settings
                    .heartbeatInterval(IDLE_OFFLINE_AFTER.dividedBy(4)).offlineAfter(IDLE_OFFLINE_AFTER)));
        }
        return processes;
    }

    /**
     * Agents registered without heartbeats, as {@code ginko agent register} leaves them, each acting through one of
     * the processes the way a command-line call does ({@code attachAgent}).
     */
    private static List<AgentSession> idleAgents(List<CoordinationClient> processes, int count, String prefix)
            throws Exception {
        List<Future<AgentSession>> registered = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(processes.size())) {
            for (int i = 0; i < count; i++) {
                CoordinationClient process = processes.get(i % processes.size());
                String name = prefix + i;
                registered.add(pool.submit(() -> process.attachAgent(process.registerAgent(agentNamed(name)).id())));
            }
            List<AgentSession> agents = new ArrayList<>();
            for (Future<AgentSession> agent : registered) {
                agents.add(agent.get());
            }
            return agents;
        }
    }

    private static void awaitAllOffline(CoordinationClient client, List<AgentSession> agents)
            throws InterruptedException {
        awaitTrue(IDLE_OFFLINE_AFTER.plus(VISIBLE), "every idle agent is offline", () -> agents.stream()
                .allMatch(a -> client.agent(a.agentId()).orElseThrow().status() == AgentStatus.OFFLINE));
    }

    private static List<ClaimResult> claimAllAtOnce(List<AgentSession> agents, String taskId) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ClaimResult>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(agents.size())) {
            for (AgentSession agent : agents) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return agent.claim(taskId);
                }));
            }
            start.countDown();
            List<ClaimResult> results = new ArrayList<>();
            for (Future<ClaimResult> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        }
    }

    private static List<Event> taskEvents(CoordinationClient client, String taskId) {
        return client.eventsSince(0, CoordinationClient.MAX_LIMIT).stream()
                .filter(e -> e.category() == EventCategory.TASK && e.taskId().filter(taskId::equals).isPresent())
                .toList();
    }
}
