package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A defined task as it stands: its definition, its status, who holds it or is assigned to it, and what it still
 * waits on. A snapshot; read again for news.
 *
 * @param definition the task as last defined
 * @param status     where it stands (see {@link TaskStatus} for the rule)
 * @param claim      its claim: present while claimed (also by an agent that went offline) and once completed
 * @param assignment its assignment, while one stands
 * @param waitingOn  the tasks it depends on that are not completed yet, in id order
 * @param definedAt  when it was first defined, by the database's clock; older tasks of one priority come first
 */
public record TaskView(
        TaskDefinition definition,
        TaskStatus status,
        Optional<TaskClaim> claim,
        Optional<TaskAssignment> assignment,
        List<String> waitingOn,
        Instant definedAt) {

    public TaskView {
        Checks.notNull(definition, "definition");
        Checks.notNull(status, "status");
        Checks.notNull(claim, "claim");
        Checks.notNull(assignment, "assignment");
        waitingOn = Checks.idList(waitingOn, "waitingOn");
        Checks.notNull(definedAt, "definedAt");
    }

    public String id() {
        return definition.id();
    }

    /** The agent holding the task now (online or not); empty when nobody does or once it is completed. */
    public Optional<String> holder() {
        return claim.filter(c -> c.state() == TaskState.CLAIMED).map(TaskClaim::agentId);
    }
}
