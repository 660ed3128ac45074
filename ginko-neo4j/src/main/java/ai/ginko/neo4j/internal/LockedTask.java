package ai.ginko.neo4j.internal;

import ai.ginko.core.AgentDeregisteredException;
import ai.ginko.core.Scope;
import ai.ginko.core.TaskAssignment;
import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskNotHeldException;
import ai.ginko.core.TaskState;
import ai.ginko.core.UnknownAgentException;
import ai.ginko.core.spi.TaskAction;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * A task write-locked by {@link Cypher#LOCK_TASK} in the current transaction, with what the decisions about it
 * need: its claim, and its holder's liveness at the database's time.
 */
final class LockedTask {

    private final Node task;
    private final Value holderHeartbeat;
    private final boolean holderDeregistered;
    private final Instant now;

    private LockedTask(Record record) {
        this.task = record.get("t").asNode();
        this.holderHeartbeat = record.get("holderHeartbeat");
        this.holderDeregistered = record.get("holderDeregistered").asBoolean();
        this.now = GraphMapper.instant(record, "now");
    }

    /**
     * Locks the task for the acting agent, which counts as alive from now on.
     *
     * @throws UnknownAgentException      when the agent is not registered (the transaction rolls back)
     * @throws AgentDeregisteredException when it was deregistered
     */
    static LockedTask lock(TransactionContext tx, Scope scope, TaskAction action) {
        Record record = tx.run(Cypher.LOCK_TASK, Params.of(scope, "taskId", action.taskId(),
                "agentId", action.agentId())).single();
        if (!record.get("agentKnown").asBoolean()) {
            throw new UnknownAgentException(action.agentId(), scope);
        }
        if (!record.get("active").asBoolean()) {
            throw new AgentDeregisteredException(action.agentId(), scope);
        }
        return new LockedTask(record);
    }

    /** The task's claim: present while claimed or once completed, absent when new or released. */
    Optional<TaskClaim> claim() {
        return TaskRows.claim(task);
    }

    /** The task's assignment, while one stands. */
    Optional<TaskAssignment> assignment() {
        return TaskRows.assignment(task);
    }

    /** Whether the holder is offline at the database's time: deregistered, gone, or silent too long. */
    boolean holderOffline(Duration offlineAfter) {
        return !TaskRows.online(holderHeartbeat, holderDeregistered, now, offlineAfter);
    }

    /** The claim, which this agent must hold and not have completed; throws naming the holder otherwise. */
    TaskClaim requireHeldBy(String agentId) {
        Optional<TaskClaim> current = claim();
        if (current.filter(c -> c.state() == TaskState.CLAIMED && c.agentId().equals(agentId)).isEmpty()) {
            throw new TaskNotHeldException(task.get("task_id").asString(), agentId, current);
        }
        return current.get();
    }
}
