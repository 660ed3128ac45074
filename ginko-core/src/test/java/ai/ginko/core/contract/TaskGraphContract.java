package ai.ginko.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.DefinedTasks;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.TaskDependencies;
import ai.ginko.core.TaskFilter;
import ai.ginko.core.TaskGraph;
import ai.ginko.core.TaskStatus;
import ai.ginko.core.TaskView;
import ai.ginko.core.Waves;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The task graph: definitions (idempotent, all or nothing, no cycles, no unknown dependencies), readiness,
 * capability filter, ready order, waves and dependencies.
 */
public abstract class TaskGraphContract extends ContractTestSupport {

    private static final int CONCURRENT_DEFINE_ROUNDS = 10;
    private static final int CONCURRENT_COMPLETE_ROUNDS = 10;

    @Test
    void defineCreatesTasksWithTheirDependencies() {
        TaskGraph tasks = client().tasks();

        DefinedTasks defined = tasks.define(List.of(task("TASK-1"), task("TASK-2", "TASK-1")));

        assertThat(defined.created()).containsExactly("TASK-1", "TASK-2");
        assertThat(defined.updated()).isEmpty();
        assertThat(defined.unchanged()).isEmpty();
        assertThat(client().tasks().all()).extracting(TaskView::id, TaskView::status, TaskView::waitingOn)
                .containsExactly(tuple("TASK-1", TaskStatus.READY, List.of()),
                        tuple("TASK-2", TaskStatus.WAITING, List.of("TASK-1")));
    }

    @Test
    void aDefinedTaskKeepsEveryFieldOfItsDefinition() {
        TaskDefinition full = TaskDefinition.builder("TASK-7", "Event agent attribution").priority(1)
                .capabilities(List.of("java", "neo4j")).dependsOn(List.of("TASK-10", "TASK-2")).estimate("Small")
                .description("Add agent_id to all events.\n" + TaskClaimContract.class.getName()).build();
        client().tasks().define(List.of(task("TASK-2"), task("TASK-10"), full));

        TaskView stored = client().tasks().task("TASK-7").orElseThrow();

        assertThat(stored.definition()).isEqualTo(full);
        assertThat(stored.definition().dependsOn()).containsExactly("TASK-2", "TASK-10");
    }

    @Test
    void definingTheSameTasksAgainChangesNothingAndLogsNothing() {
        CoordinationClient client = client();
        List<TaskDefinition> batch = List.of(task("TASK-1"), task("TASK-2", "TASK-1"));
        client.tasks().define(batch);
        long sequence = client.latestSequence();

        DefinedTasks again = client.tasks().define(batch);

        assertThat(again.unchanged()).containsExactly("TASK-1", "TASK-2");
        assertThat(again.created()).isEmpty();
        assertThat(again.event()).isEmpty();
        assertThat(client.latestSequence()).isEqualTo(sequence);
    }

    @Test
    void aDefinitionIsLoggedAsOneTaskEvent() {
        CoordinationClient client = client();
        client.tasks().define(task("TASK-1"));

        DefinedTasks defined = client.tasks().define(List.of(
                TaskDefinition.builder("TASK-1", "renamed").build(), task("TASK-2")));

        Event event = defined.event().orElseThrow();
        assertThat(event.category()).isEqualTo(EventCategory.TASK);
        assertThat(event.metadata()).containsEntry("action", "defined")
                .containsEntry("tasks", List.of("TASK-2", "TASK-1")).containsEntry("created", 1L)
                .containsEntry("updated", 1L);
        assertThat(event.agentId()).isEmpty();
        assertThat(event.userId()).isEqualTo(USER_ID);
        assertThat(client().eventsSince(event.sequence() - 1, 10)).containsExactly(event);
    }

    @Test
    void aTitleAndPriorityCanChangeEvenOnceCompleted() {
        CoordinationClient client = client();
        client.tasks().define(task("TASK-1"));
        AgentSession agent = client.startAgent(agentNamed("Finisher"));
        agent.claim("TASK-1");
        agent.complete("TASK-1");

        DefinedTasks redefined = client.tasks().define(
                TaskDefinition.builder("TASK-1", "Better title").priority(0).build());

        assertThat(redefined.updated()).containsExactly("TASK-1");
        TaskView task = client().tasks().task("TASK-1").orElseThrow();
        assertThat(task.definition().title()).isEqualTo("Better title");
        assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED);
    }

    @Test
    void aCycleWithinOneBatchIsRefusedNamingIt() {
        CoordinationClient client = client();

        assertThatThrownBy(() -> client.tasks().define(List.of(task("TASK-3", "TASK-5"), task("TASK-5", "TASK-3"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dependsOn: the definitions would close a cycle: TASK-3 -> TASK-5 -> TASK-3");
        assertThat(client.tasks().all()).isEmpty();
        assertThat(client.latestSequence()).isZero();
    }

    @Test
    void aDefinitionClosingACycleThroughDefinedTasksIsRefusedAndWritesNothing() {
        CoordinationClient client = client();
        client.tasks().define(List.of(task("TASK-1"), task("TASK-2", "TASK-1"), task("TASK-3", "TASK-2")));
        List<TaskView> before = client.tasks().all();
        long sequence = client.latestSequence();

        assertThatThrownBy(() -> client.tasks().define(List.of(task("TASK-4"), task("TASK-1", "TASK-3"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dependsOn: the definitions would close a cycle: "
                        + "TASK-1 -> TASK-3 -> TASK-2 -> TASK-1");
        assertThat(client.tasks().all()).isEqualTo(before);
        assertThat(client.latestSequence()).isEqualTo(sequence);
    }

    @Test
    void aTaskThatDependsOnItselfIsACycle() {
        assertThatThrownBy(() -> client().tasks().define(task("TASK-1", "TASK-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dependsOn: the definitions would close a cycle: TASK-1 -> TASK-1");
    }

    @Test
    void anUnknownDependencyIsRefusedAndNothingOfTheBatchIsWritten() {
        CoordinationClient client = client();

        assertThatThrownBy(() -> client.tasks().define(List.of(task("TASK-1"), task("TASK-2", "TASK-9"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dependsOn: TASK-2 depends on TASK-9, which is not defined; "
                        + "define it first or in the same call");
        assertThat(client.tasks().all()).isEmpty();
        assertThat(client.latestSequence()).isZero();
    }

    @Test
    void aTaskOnlyClaimedByIdIsNotADefinedDependency() {
        CoordinationClient client = client();
        client.startAgent(agentNamed("Claimer")).claim("TASK-9");

        assertThatThrownBy(() -> client.tasks().define(task("TASK-2", "TASK-9")))
                .hasMessageStartingWith("dependsOn: TASK-2 depends on TASK-9, which is not defined");
    }

    @Test
    void aDependencyMayBeDefinedLaterInTheSameBatch() {
        DefinedTasks defined = client().tasks().define(List.of(task("TASK-2", "TASK-1"), task("TASK-1")));

        assertThat(defined.created()).containsExactly("TASK-2", "TASK-1");
    }

    @Test
    void theDependenciesOfAClaimedTaskCannotChange() {
        CoordinationClient client = client();
        client.tasks().define(List.of(task("TASK-1"), task("TASK-2")));
        AgentSession agent = client.startAgent(agentNamed("Holder"));
        agent.claim("TASK-2");

        assertThatThrownBy(() -> client.tasks().define(task("TASK-2", "TASK-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dependsOn: the dependencies of TASK-2 cannot change: it is claimed by "
                        + agent.agentId());
        assertThat(client.tasks().task("TASK-2").orElseThrow().definition().dependsOn()).isEmpty();
    }

    @Test
    void theDependenciesOfACompletedTaskCannotChange() {
        CoordinationClient client = client();
        client.tasks().define(List.of(task("TASK-1"), task("TASK-2", "TASK-1")));
        AgentSession agent = client.startAgent(agentNamed("Finisher"));
        agent.claim("TASK-1");
        agent.complete("TASK-1");

        assertThatThrownBy(() -> client.tasks().define(task("TASK-1", "TASK-2")))
                .hasMessage("dependsOn: the dependencies of TASK-1 cannot change: it is completed");
    }

    @Test
    void theDependenciesOfAnOpenUnclaimedTaskCanChange() {
        CoordinationClient client = client();
        client.tasks().define(List.of(task("TASK-1"), task("TASK-2"), task("TASK-3", "TASK-1")));

        DefinedTasks redefined = client.tasks().define(task("TASK-3", "TASK-2"));

        assertThat(redefined.updated()).containsExactly("TASK-3");
        assertThat(client.tasks().dependencies("TASK-1").orElseThrow().waitedOnBy()).isEmpty();
        assertThat(client.tasks().dependencies("TASK-2").orElseThrow().waitedOnBy()).extracting(TaskView::id)
                .containsExactly("TASK-3");
    }

    @Test
    void concurrentDefinitionsNeverCloseACycleTogether() throws Exception {
        List<CoordinationClient> processes = List.of(client(), client());
        for (int round = 0; round < CONCURRENT_DEFINE_ROUNDS; round++) {
            String a = "A-" + round;
            String b = "B-" + round;
            processes.getFirst().tasks().define(List.of(task(a), task(b)));
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> outcomes = new ArrayList<>();
            try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    return processes.get(0).tasks().define(task(a, b));
                }));
                outcomes.add(threads.submit(() -> {
                    start.await();
                    return processes.get(1).tasks().define(task(b, a));
                }));
                start.countDown();
                int refused = 0;
                for (Future<?> outcome : outcomes) {
                    try {
                        outcome.get(30, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class)
                                .hasMessageContaining("would close a cycle");
                        refused++;
                    }
                }
                assertThat(refused).as("refused definitions of round %d", round).isEqualTo(1);
            }
            long edges = processes.getFirst().tasks().all().stream()
                    .filter(t -> t.id().equals(a) || t.id().equals(b))
                    .mapToLong(t -> t.definition().dependsOn().size()).sum();
            assertThat(edges).as("edges of round %d", round).isEqualTo(1);
        }
    }

    /**
     * Two clients complete the last two open dependencies of a task at the same moment: each completion judges the
     * task, and whichever judges second must see the other's completion (in the Neo4j store both lock the task
     * before judging it; without that each could read the other's dependency still open).
     */
    @Test
    void concurrentCompletionsOfATasksLastTwoDependenciesMakeItReady() throws Exception {
        List<CoordinationClient> processes = List.of(client(), client());
        List<AgentSession> finishers = List.of(processes.get(0).startAgent(agentNamed("First")),
                processes.get(1).startAgent(agentNamed("Second")));
        for (int round = 0; round < CONCURRENT_COMPLETE_ROUNDS; round++) {
            List<String> dependencies = List.of("A-" + round, "B-" + round);
            String dependent = "T-" + round;
            processes.getFirst().tasks().define(List.of(task(dependencies.get(0)), task(dependencies.get(1)),
                    task(dependent, dependencies.get(0), dependencies.get(1))));
            for (int i = 0; i < 2; i++) {
                finishers.get(i).claim(dependencies.get(i));
            }
            CountDownLatch start = new CountDownLatch(1);
            try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
                List<Future<?>> completions = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    AgentSession finisher = finishers.get(i);
                    String dependency = dependencies.get(i);
                    completions.add(threads.submit(() -> {
                        start.await();
                        return finisher.complete(dependency);
                    }));
                }
                start.countDown();
                for (Future<?> completion : completions) {
                    completion.get(30, TimeUnit.SECONDS);
                }
            }
            assertThat(ids(client().tasks().ready(TaskFilter.any(), 10))).as("ready after round %d", round)
                    .containsExactly(dependent);
            finishers.getFirst().claim(dependent);
            finishers.getFirst().complete(dependent);
        }
    }

    @Test
    void readyListsTheTasksWhoseDependenciesAreAllCompleted() {
        CoordinationClient client = client();
        client.tasks().define(List.of(task("TASK-1"), task("TASK-2"), task("TASK-3", "TASK-1", "TASK-2")));
        AgentSession agent = client.startAgent(agentNamed("Worker"));
        assertThat(ids(client.tasks().ready(TaskFilter.any(), 10))).containsExactly("TASK-1", "TASK-2");

        agent.claim("TASK-1");
        agent.complete("TASK-1");
        assertThat(ids(client.tasks().ready(TaskFilter.any(), 10))).containsExactly("TASK-2");

        agent.claim("TASK-2");
        agent.complete("TASK-2");
        assertThat(ids(client().tasks().ready(TaskFilter.any(), 10))).containsExactly("TASK-3");
    }

    @Test
    void aTaskHeldByAnOnlineAgentIsNotReadyAndOneWhoseHolderIsOfflineIs() {
        CoordinationClient client = client();
        client.tasks().define(List.of(task("TASK-1"), task("TASK-2")));
        client.startAgent(agentNamed("Online")).claim("TASK-1");
        String crashed = client.registerAgent(agentNamed("Crashed")).id();
        client.attachAgent(crashed).claim("TASK-2");
        assertThat(client.tasks().ready(TaskFilter.any(), 10)).isEmpty();

        client.deregisterAgent(crashed);

        assertThat(client.tasks().ready(TaskFilter.any(), 10)).singleElement().satisfies(task -> {
            assertThat(task.id()).isEqualTo("TASK-2");
            assertThat(task.status()).isEqualTo(TaskStatus.READY);
            assertThat(task.holder()).contains(crashed);
        });
    }

    @Test
    void aReleasedTaskIsReadyAgain() {
        CoordinationClient client = client();
        client.tasks().define(task("TASK-1"));
        AgentSession agent = client.startAgent(agentNamed("Quitter"));
        agent.claim("TASK-1");

        agent.release("TASK-1");

        assertThat(ids(client.tasks().ready(TaskFilter.any(), 10))).containsExactly("TASK-1");
    }

    @Test
    void readyOffersOnlyTasksWhoseRequiredCapabilitiesTheGivenOnesCover() {
        CoordinationClient client = client();
        client.tasks().define(List.of(
                TaskDefinition.builder("JAVA", "java work").capabilities(List.of("java")).build(),
                TaskDefinition.builder("BOTH", "java and neo4j").capabilities(List.of("java", "neo4j")).build(),
                task("ANY")));

        assertThat(ids(client.tasks().ready(List.of(), 10))).containsExactly("ANY");
        assertThat(ids(client.tasks().ready(List.of("java"), 10))).containsExactly("ANY", "JAVA");
        assertThat(ids(client.tasks().ready(List.of("neo4j", "java", "go"), 10)))
                .containsExactly("ANY", "BOTH", "JAVA");
        assertThat(ids(client.tasks().ready(TaskFilter.any(), 10))).containsExactly("ANY", "BOTH", "JAVA");
        assertThat(ids(client.tasks().ready(TaskFilter.any().excluding(List.of("BOTH")), 10)))
                .containsExactly("ANY", "JAVA");
    }

    @Test
    void readyTasksComeByPriorityThenAgeThenId() throws Exception {
        CoordinationClient client = client();
        client.tasks().define(List.of(prioritized("OLD-LOW", 3), prioritized("OLD-NORMAL", 2)));
        Thread.sleep(20);
        client.tasks().define(List.of(prioritized("NEW-URGENT", 0), prioritized("NEW-NORMAL-B", 2),
                prioritized("NEW-NORMAL-A", 2)));

        assertThat(ids(client.tasks().ready(TaskFilter.any(), 10)))
                .containsExactly("NEW-URGENT", "OLD-NORMAL", "NEW-NORMAL-A", "NEW-NORMAL-B", "OLD-LOW");
        assertThat(ids(client.tasks().ready(TaskFilter.any(), 2))).containsExactly("NEW-URGENT", "OLD-NORMAL");
    }

    @Test
    void readyGoesPastMoreTasksInProgressThanOneSeekReads() {
        CoordinationClient client = client();
        List<TaskDefinition> batch = new ArrayList<>();
        for (int n = 1; n <= 40; n++) {
            batch.add(task("T-" + n));
        }
        client.tasks().define(batch);
        AgentSession busy = client.startAgent(agentNamed("Busy"));
        for (int n = 1; n <= 30; n++) {
            busy.claim("T-" + n);
        }

        assertThat(ids(client.tasks().ready(TaskFilter.any(), 5))).containsExactly("T-31", "T-32", "T-33", "T-34",
                "T-35");
    }

    @Test
    void aTaskGainingAnOpenDependencyIsNoLongerReadyAndLosingItMakesItReadyAgain() {
        CoordinationClient client = client();
        client.tasks().define(List.of(task("TASK-1"), task("TASK-2")));

        client.tasks().define(task("TASK-2", "TASK-1"));
        assertThat(ids(client.tasks().ready(TaskFilter.any(), 10))).containsExactly("TASK-1");

        client.tasks().define(task("TASK-2"));
        assertThat(ids(client.tasks().ready(TaskFilter.any(), 10))).containsExactly("TASK-1", "TASK-2");
    }

    @Test
    void aChangedPriorityMovesAReadyTaskInReadyOrder() {
        CoordinationClient client = client();
        client.tasks().define(List.of(prioritized("TASK-1", 2), prioritized("TASK-2", 2)));

        client.tasks().define(prioritized("TASK-2", 0));

        assertThat(ids(client.tasks().ready(TaskFilter.any(), 10))).containsExactly("TASK-2", "TASK-1");
    }

    @Test
    void aCompletionReadiesATaskOnlyWithItsLastOpenDependency() {
        CoordinationClient client = client();
        client.tasks().define(List.of(task("TASK-1"), task("TASK-2"), task("TASK-3", "TASK-1", "TASK-2"),
                task("TASK-4", "TASK-1")));
        AgentSession agent = client.startAgent(agentNamed("Worker"));

        agent.claim("TASK-1");
        agent.complete("TASK-1");

        assertThat(ids(client.tasks().ready(TaskFilter.any(), 10))).containsExactly("TASK-2", "TASK-4");
    }

    @Test
    void aTaskOnlyEverClaimedByIdIsNotWork() {
        CoordinationClient client = client();
        AgentSession agent = client.startAgent(agentNamed("Claimer"));
        agent.claim("TASK-9");
        agent.release("TASK-9");

        assertThat(client.tasks().ready(TaskFilter.any(), 10)).isEmpty();
        assertThat(client.tasks().all()).isEmpty();
        assertThat(client.tasks().task("TASK-9")).isEmpty();
    }

    @Test
    void aTaskClaimedByIdThenDefinedShowsItsClaim() {
        CoordinationClient client = client();
        AgentSession agent = client.startAgent(agentNamed("Early"));
        agent.claim("TASK-1");

        client.tasks().define(task("TASK-1"));

        TaskView task = client.tasks().task("TASK-1").orElseThrow();
        assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(task.holder()).contains(agent.agentId());
    }

    @Test
    void wavesAreTheTopologicalLayersOfTheOpenTasks() {
        CoordinationClient client = client();
        client.tasks().define(List.of(task("A"), task("B", "A"), task("C", "A"), task("D", "B", "C"), task("E")));
        Waves before = client.tasks().waves();
        assertThat(before.waves()).extracting(TaskGraphContract::ids)
                .containsExactly(List.of("A", "E"), List.of("B", "C"), List.of("D"));
        assertThat(before.waveOf("D")).hasValue(3);

        AgentSession agent = client.startAgent(agentNamed("Worker"));
        agent.claim("A");
        agent.complete("A");

        Waves after = client().tasks().waves();
        assertThat(after.waves()).extracting(TaskGraphContract::ids)
                .containsExactly(List.of("B", "C", "E"), List.of("D"));
        assertThat(after.waveOf("A")).isEmpty();
        assertThat(after.count()).isEqualTo(2);
    }

    @Test
    void wavesOfAProjectWithNothingOpenAreEmpty() {
        assertThat(client().tasks().waves().count()).isZero();
    }

    @Test
    void dependenciesNameWhatATaskWaitsOnAndWhatWaitsOnIt() {
        CoordinationClient client = client();
        client.tasks().define(List.of(task("A"), task("B"), task("C", "A", "B"), task("D", "C"), task("E", "C")));
        AgentSession agent = client.startAgent(agentNamed("Worker"));
        agent.claim("A");
        agent.complete("A");

        TaskDependencies dependencies = client.tasks().dependencies("C").orElseThrow();

        assertThat(dependencies.task().waitingOn()).containsExactly("B");
        assertThat(ids(dependencies.waitingOn())).containsExactly("B");
        assertThat(ids(dependencies.waitedOnBy())).containsExactly("D", "E");
        assertThat(client.tasks().dependencies("NOPE")).isEmpty();
    }

    @Test
    void allShowsEachTasksStatusAndHolderInIdOrder() {
        CoordinationClient client = client();
        client.tasks().define(List.of(task("TASK-10"), task("TASK-2"), task("TASK-1"), task("TASK-3", "TASK-10")));
        AgentSession agent = client.startAgent(agentNamed("Worker"));
        agent.claim("TASK-1");
        agent.complete("TASK-1");
        agent.claim("TASK-2");

        assertThat(client().tasks().all()).extracting(TaskView::id, TaskView::status, TaskView::holder)
                .containsExactly(
                        tuple("TASK-1", TaskStatus.COMPLETED, Optional.empty()),
                        tuple("TASK-2", TaskStatus.IN_PROGRESS, Optional.of(agent.agentId())),
                        tuple("TASK-3", TaskStatus.WAITING, Optional.empty()),
                        tuple("TASK-10", TaskStatus.READY, Optional.empty()));
    }

    @Test
    void theGraphOfAnotherOrganizationIsNeverSeen() {
        CoordinationClient ours = client();
        CoordinationClient theirs = clientIn(freshScope());
        ours.tasks().define(task("TASK-1"));
        theirs.tasks().define(task("TASK-2"));

        assertThat(ids(ours.tasks().all())).containsExactly("TASK-1");
        assertThat(ids(theirs.tasks().ready(TaskFilter.any(), 10))).containsExactly("TASK-2");
        assertThatThrownBy(() -> theirs.tasks().define(task("TASK-3", "TASK-1")))
                .hasMessageStartingWith("dependsOn: TASK-3 depends on TASK-1, which is not defined");
    }

    static TaskDefinition task(String id, String... dependsOn) {
        return TaskDefinition.builder(id, "Title of " + id).dependsOn(List.of(dependsOn)).build();
    }

    private static TaskDefinition prioritized(String id, int priority) {
        return TaskDefinition.builder(id, "Title of " + id).priority(priority).build();
    }

    static List<String> ids(List<TaskView> tasks) {
        return tasks.stream().map(TaskView::id).toList();
    }
}
