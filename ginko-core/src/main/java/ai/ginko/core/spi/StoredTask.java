package ai.ginko.core.spi;

import ai.ginko.core.TaskAssignment;
import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A defined task as a {@link CoordinationStore} keeps it, with the liveness of the agents it names judged by the
 * store's clock at the time of the read. The client derives statuses and readiness from these (see
 * {@code TaskRules}), so that every store applies the same rules.
 *
 * @param definition     the task as last defined
 * @param definedAt      when it was first defined
 * @param claim          its claim: present while claimed and once completed, absent when never claimed or released
 * @param holderOnline   whether the claim's agent is online (meaningful while the task is claimed)
 * @param assignment     its assignment, while one stands
 * @param assigneeOnline whether the assignee is online (meaningful while assigned)
 */
public record StoredTask(TaskDefinition definition, Instant definedAt, Optional<TaskClaim> claim,
        boolean holderOnline, Optional<TaskAssignment> assignment, boolean assigneeOnline) {

    public StoredTask {
        Checks.notNull(definition, "definition");
        Checks.notNull(definedAt, "definedAt");
        Checks.notNull(claim, "claim");
        Checks.notNull(assignment, "assignment");
    }

    public String id() {
        return definition.id();
    }
}
