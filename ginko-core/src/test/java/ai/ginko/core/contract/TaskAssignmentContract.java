package ai.ginko.core.contract;

import static ai.ginko.core.contract.TaskGraphContract.ids;
import static ai.ginko.core.contract.TaskGraphContract.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.AgentDeregisteredException;
import ai.ginko.core.AgentSession;
import ai.ginko.core.ClaimedTask;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import ai.ginko.core.TaskAssignment;
import ai.ginko.core.TaskFilter;
import ai.ginko.core.TaskNotAssignableException;
import ai.ginko.core.TaskNotAssignedException;
import ai.ginko.core.TaskStatus;
import ai.ginko.core.TaskView;
import ai.ginko.core.UnknownAgentException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A supervisor assigns a task; the assignee gets the event, and accepts by claiming or rejects with a reason. */
public abstract class TaskAssignmentContract extends ContractTestSupport {

    private CoordinationClient supervisor;
    private AgentSession assignee;
    private AgentSession other;

    @BeforeEach
    void twoAgentsAndATask() {
        supervisor = client();
        supervisor.tasks().define(List.of(task("TASK-1"), task("TASK-2")));
        assignee = client().startAgent(agentNamed("Assignee"));
        other = client().startAgent(agentNamed("Other"));
    }

    @Test
    void anAssignedTaskIsReadyForTheAssigneeAlone() {
        TaskAssignment assignment = supervisor.tasks().assign("TASK-2", assignee.agentId(), "yours, please");

        assertThat(assignment.agentId()).isEqualTo(assignee.agentId());
        assertThat(assignment.note()).contains("yours, please");
        assertThat(ids(supervisor.tasks().ready(TaskFilter.any(), 10))).containsExactly("TASK-1");
        assertThat(ids(supervisor.tasks().readyFor(assignee.agentId(), TaskFilter.any(), 10)))
                .containsExactly("TASK-2", "TASK-1");
        assertThat(ids(supervisor.tasks().readyFor(other.agentId(), TaskFilter.any(), 10)))
                .containsExactly("TASK-1");
        TaskView view = supervisor.tasks().task("TASK-2").orElseThrow();
        assertThat(view.status()).isEqualTo(TaskStatus.ASSIGNED);
        assertThat(view.assignment()).contains(assignment);
    }

    @Test
    void theAssigneeAcceptsByClaimingAndAnotherAgentCannotGetTheTask() {
        supervisor.tasks().assign("TASK-2", assignee.agentId());

        assertThat(other.claimNext(TaskFilter.any()).orElseThrow().id()).isEqualTo("TASK-1");
        assertThat(other.claimNext(TaskFilter.any())).isEmpty();
        ClaimedTask accepted = assignee.claimNext(TaskFilter.any()).orElseThrow();

        assertThat(accepted.id()).isEqualTo("TASK-2");
        TaskView view = supervisor.tasks().task("TASK-2").orElseThrow();
        assertThat(view.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(view.assignment()).as("a claim ends the assignment").isEmpty();
    }

    @Test
    void anAssignmentIsATaskEventTheAssigneeReceivesThroughItsSubscription() throws Exception {
        EventRecorder mine = new EventRecorder();
        EventRecorder theirs = new EventRecorder();
        client().subscribe(0, EventFilter.assignmentsTo(assignee.agentId()), mine);
        client().subscribe(0, EventFilter.assignmentsTo(other.agentId()), theirs);

        supervisor.tasks().assign("TASK-2", assignee.agentId(), "yours");

        assertThat(mine.awaitCount(1, VISIBLE)).isTrue();
        Event event = mine.events().getFirst();
        assertThat(event.category()).isEqualTo(EventCategory.TASK);
        assertThat(event.taskId()).contains("TASK-2");
        assertThat(event.agentId()).as("logged by the supervisor's user").isEmpty();
        assertThat(event.metadata()).containsEntry("action", "assigned")
                .containsEntry("assignee", assignee.agentId()).containsEntry("note", "yours");
        Thread.sleep(QUIET.toMillis());
        assertThat(theirs.count()).isZero();
    }

    @Test
    void rejectingAnAssignmentMakesTheTaskReadyForOthersAndIsLogged() {
        supervisor.tasks().assign("TASK-2", assignee.agentId());
        other.claim("TASK-1");

        assignee.reject("TASK-2", "I lack the credentials");

        assertThat(other.claimNext(TaskFilter.any()).orElseThrow().id()).isEqualTo("TASK-2");
        Event rejection = supervisor.eventsSince(0, 100).stream()
                .filter(e -> "assignment_rejected".equals(e.metadata().get("action"))).findFirst().orElseThrow();
        assertThat(rejection.agentId()).contains(assignee.agentId());
        assertThat(rejection.taskId()).contains("TASK-2");
        assertThat(rejection.metadata()).containsEntry("reason", "I lack the credentials");
    }

    @Test
    void onlyTheAssigneeCanRejectAnAssignment() {
        supervisor.tasks().assign("TASK-2", assignee.agentId());
        long sequence = supervisor.latestSequence();

        assertThatThrownBy(() -> other.reject("TASK-2", "not mine"))
                .isInstanceOf(TaskNotAssignedException.class)
                .hasMessage("taskId: task 'TASK-2' is not assigned to agent '" + other.agentId() + "' (assigned to "
                        + assignee.agentId() + ")");
        assertThatThrownBy(() -> assignee.reject("TASK-1", "never assigned"))
                .isInstanceOf(TaskNotAssignedException.class).hasMessageEndingWith("(not assigned)");
        assertThat(supervisor.latestSequence()).isEqualTo(sequence);
    }

    @Test
    void aLaterAssignmentReplacesAnEarlierOne() {
        supervisor.tasks().assign("TASK-2", assignee.agentId());

        supervisor.tasks().assign("TASK-2", other.agentId());

        assertThat(supervisor.tasks().task("TASK-2").orElseThrow().assignment().map(TaskAssignment::agentId))
                .contains(other.agentId());
        assertThat(ids(supervisor.tasks().readyFor(assignee.agentId(), TaskFilter.any(), 10)))
                .containsExactly("TASK-1");
    }

    @Test
    void anAssignmentToAnAgentThatWentOfflineHoldsNothingBack() {
        supervisor.tasks().assign("TASK-2", assignee.agentId());

        supervisor.deregisterAgent(assignee.agentId());

        assertThat(ids(supervisor.tasks().ready(TaskFilter.any(), 10))).containsExactly("TASK-1", "TASK-2");
        assertThat(other.claimNext(TaskFilter.any().excluding(List.of("TASK-1"))).orElseThrow().id())
                .isEqualTo("TASK-2");
    }

    @Test
    void aWaitingAssigneeIsWokenByItsAssignment() throws Exception {
        other.claim("TASK-1");
        CompletableFuture<Optional<ClaimedTask>> waiting = new CompletableFuture<>();
        supervisor.tasks().assign("TASK-2", other.agentId());
        Thread.ofVirtual().start(() -> {
            try {
                waiting.complete(assignee.claimNext(TaskFilter.any(), Duration.ofSeconds(20)));
            } catch (Throwable e) {
                waiting.completeExceptionally(e);
            }
        });
        Thread.sleep(QUIET.toMillis());
        assertThat(waiting).isNotDone();

        supervisor.tasks().assign("TASK-2", assignee.agentId());

        assertThat(waiting.get(VISIBLE.toMillis(), TimeUnit.MILLISECONDS).orElseThrow().id()).isEqualTo("TASK-2");
    }

    @Test
    void aTaskThatIsNotDefinedCompletedOrHeldCannotBeAssigned() {
        AgentSession holder = client().startAgent(agentNamed("Holder"));
        holder.claim("TASK-1");
        supervisor.tasks().define(task("TASK-3"));
        holder.claim("TASK-3");
        holder.complete("TASK-3");
        long sequence = supervisor.latestSequence();

        assertThatThrownBy(() -> supervisor.tasks().assign("TASK-9", assignee.agentId()))
                .isInstanceOf(TaskNotAssignableException.class)
                .hasMessage("taskId: task 'TASK-9' cannot be assigned: it is not defined");
        assertThatThrownBy(() -> supervisor.tasks().assign("TASK-3", assignee.agentId()))
                .isInstanceOf(TaskNotAssignableException.class).hasMessageEndingWith("it is completed");
        assertThatThrownBy(() -> supervisor.tasks().assign("TASK-1", assignee.agentId()))
                .isInstanceOf(TaskNotAssignableException.class)
                .hasMessageEndingWith("it is held by " + holder.agentId());
        assertThat(supervisor.latestSequence()).isEqualTo(sequence);
    }

    @Test
    void theAssigneeMustBeARegisteredAgent() {
        assertThatThrownBy(() -> supervisor.tasks().assign("TASK-1", "agent_nobody"))
                .isInstanceOf(UnknownAgentException.class);
        supervisor.deregisterAgent(other.agentId());
        assertThatThrownBy(() -> supervisor.tasks().assign("TASK-1", other.agentId()))
                .isInstanceOf(AgentDeregisteredException.class);
        assertThat(supervisor.tasks().task("TASK-1").orElseThrow().assignment()).isEmpty();
    }
}
